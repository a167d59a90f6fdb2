// Shared helpers for the browser tests: Debian's Chromium driven by playwright-core.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const SPA_URL = (process.env.SPA_URL || 'http://localhost:5173').replace(/\/$/, '');
export const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 60_000);
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    // Without the background-networking flags Chromium floods the closed network with calls.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newPage(browser) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'vi-VN',
  });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT);
  return { context, page: await context.newPage() };
}

/** Fills the Keycloak 26 login form and waits until the browser is back on the SPA. */
export async function signIn(page, username, password = 'demo') {
  await page.waitForSelector('#username');
  if (!page.url().includes('/realms/tiepdan/')) {
    throw new Error(`expected the Keycloak login page, got ${page.url()}`);
  }
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([
    page.waitForURL((url) => url.href.startsWith(SPA_URL) && !url.searchParams.has('code')),
    page.click('#kc-login'),
  ]);
}

/** Opens `path` signed out, goes through Keycloak and waits for the page's heading. */
export async function openSignedIn(page, path, username) {
  await page.goto(`${SPA_URL}${path}`);
  await signIn(page, username);
  await page.locator('main h1').first().waitFor();
}

/** Waits until `text` is visible inside `scope` (a page or locator). */
export async function expectText(scope, text) {
  try {
    await scope.getByText(text, { exact: true }).first().waitFor({ state: 'visible' });
  } catch {
    throw new Error(`expected to see "${text}"`);
  }
}

export function expectEqual(actual, expected, what) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export async function screenshot(page, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  // Without animations disabled antd's fades leave the picture washed out.
  await page.screenshot({
    path: join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
    animations: 'disabled',
  });
}

/** The labels of the side navigation, in order. */
export const navLabels = (page) =>
  page.locator('nav .ant-menu-item .ant-menu-title-content').allInnerTexts();

/** An access token from the realm's test client (direct grant), for setting up and looking up data. */
export async function apiToken(username, password = 'demo') {
  const config = await (await fetch(`${SPA_URL}/config.json`)).json();
  const response = await fetch(`${config.oidcAuthority}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'tiepdan-cli',
      username,
      password,
    }),
  });
  if (!response.ok) throw new Error(`token for ${username}: HTTP ${response.status}`);
  return (await response.json()).access_token;
}

/** GET on the API (through the SPA's proxy) as `username`; throws on an error status. */
export async function apiGet(path, username) {
  const response = await fetch(`${SPA_URL}${path}`, {
    headers: { Authorization: `Bearer ${await apiToken(username)}` },
  });
  if (!response.ok) throw new Error(`GET ${path} as ${username}: HTTP ${response.status}`);
  return response.json();
}

/** Runs axe on the page; returns the serious and critical violations, logs every one. */
export async function axeProblems(page, label, log) {
  const { AxeBuilder } = await import('@axe-core/playwright');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const problems = [];
  for (const violation of violations) {
    const line = `${label}: [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes
      .map((node) => node.target.join(' '))
      .join(', ')})`;
    log(line);
    if (violation.impact === 'serious' || violation.impact === 'critical') problems.push(line);
  }
  return problems;
}

export function failOnAxe(problems) {
  if (problems.length > 0) {
    throw new Error(
      `${problems.length} serious/critical axe violations:\n  ${problems.join('\n  ')}`,
    );
  }
}
