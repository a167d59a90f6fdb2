// Runs the browser tests one after another, each in a fresh context (no shared session), and
// ends with "<n> passed, <m> failed"; the exit code is non-zero on any failure.
import { SPA_URL, launchBrowser, newPage, screenshot } from './support.mjs';
import { tests } from './tests.mjs';

const only = process.env.E2E_GREP;
const selected = only ? tests.filter((test) => test.name.includes(only)) : tests;

async function reachable(url) {
  try {
    const response = await fetch(url);
    return response.ok;
  } catch {
    return false;
  }
}

if (!(await reachable(`${SPA_URL}/config.json`))) {
  console.error(`The SPA does not answer at ${SPA_URL} (set SPA_URL, start it with npm run dev).`);
  console.log(`0 passed, ${selected.length} failed`);
  process.exit(1);
}

const browser = await launchBrowser();
let passed = 0;
let failed = 0;
try {
  for (const [index, test] of selected.entries()) {
    const started = Date.now();
    const { context, page } = await newPage(browser);
    const messages = [];
    page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
    // Content-Security-Policy refusals and failed API calls show up as console errors.
    page.on('console', (message) => {
      if (message.type() === 'error') messages.push(`console error: ${message.text()}`);
    });
    try {
      await test.run({ page, log: (line) => messages.push(line) });
      passed += 1;
      console.log(`✓ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed += 1;
      console.log(`✗ ${test.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      console.log(
        `    ${String(error?.message ?? error)
          .split('\n')
          .join('\n    ')}`,
      );
      console.log(`    at ${page.url()}`);
      await screenshot(page, `failure-${index + 1}`).catch(() => {});
    } finally {
      for (const message of messages) console.log(`    ${message}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
