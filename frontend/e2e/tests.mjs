// Browser tests against the running stack (Keycloak realm tiepdan, the API, the SPA).
import { AxeBuilder } from '@axe-core/playwright';
import {
  SPA_URL,
  expectEqual,
  expectText,
  navLabels,
  openSignedIn,
  screenshot,
  signIn,
} from './support.mjs';

export const tests = [
  {
    name: 'a signed-out official opening /profile signs in at Keycloak and lands on the profile',
    async run({ page }) {
      await page.goto(`${SPA_URL}/profile`);
      await page.waitForURL(/\/realms\/tiepdan\/protocol\/openid-connect\/auth/);
      await signIn(page, 'chutich.tranbien');
      expectEqual(new URL(page.url()).pathname, '/profile', 'page after sign-in');

      const main = page.locator('main');
      await expectText(main, 'Hồ sơ cá nhân');
      await expectText(main, 'Trần Văn Hùng');
      await expectText(main, 'chutich.tranbien');
      await expectText(main, 'UBND phường Trấn Biên');
      await expectText(main, 'DN-TRANBIEN');
      await expectText(main, 'Lãnh đạo, thủ trưởng đơn vị');
      await expectText(page.locator('header'), 'Trần Văn Hùng');
      expectEqual(await page.getAttribute('html', 'lang'), 'vi', '<html lang>');
      expectEqual(await page.title(), 'Hồ sơ cá nhân · TiếpDân', 'document title');
      await screenshot(page, 'profile-vi');

      await page.getByRole('menuitem', { name: 'Trang chủ' }).click();
      await expectText(main, 'Xin chào, Trần Văn Hùng');
      await screenshot(page, 'home-vi');
    },
  },
  {
    name: 'switching to English translates the page and is remembered after a reload',
    async run({ page }) {
      await openSignedIn(page, '/profile', 'chutich.tranbien');
      await page.getByText('English', { exact: true }).click();

      const main = page.locator('main');
      await expectText(main, 'My profile');
      await expectText(main, 'Unit code');
      await expectText(main, 'Unit leader');
      await expectText(main, 'UBND phường Trấn Biên');
      await expectText(page.locator('header'), 'Sign out');
      expectEqual(await navLabels(page), ['Home', 'My profile'], 'navigation');
      expectEqual(await page.getAttribute('html', 'lang'), 'en', '<html lang>');
      expectEqual(await page.title(), 'My profile · TiếpDân', 'document title');
      await screenshot(page, 'profile-en');

      await page.reload();
      await expectText(main, 'Unit leader');
      expectEqual(await page.getAttribute('html', 'lang'), 'en', '<html lang> after reload');
    },
  },
  {
    name: 'the profile and home pages have no serious or critical accessibility violations',
    async run({ page, log }) {
      await openSignedIn(page, '/profile', 'chutich.tranbien');
      await expectText(page.locator('main'), 'DN-TRANBIEN');
      const pages = [
        ['profile', '/profile', 'DN-TRANBIEN'],
        ['home', '/', 'Xin chào, Trần Văn Hùng'],
      ];
      const problems = [];
      for (const [label, path, marker] of pages) {
        if (new URL(page.url()).pathname !== path) {
          await page.goto(`${SPA_URL}${path}`);
        }
        await expectText(page.locator('main'), marker);
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        for (const violation of violations) {
          const line = `${label}: [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes
            .map((node) => node.target.join(' '))
            .join(', ')})`;
          log(line);
          if (violation.impact === 'serious' || violation.impact === 'critical')
            problems.push(line);
        }
      }
      if (problems.length > 0) {
        throw new Error(
          `${problems.length} serious/critical axe violations:\n  ${problems.join('\n  ')}`,
        );
      }
    },
  },
  {
    name: 'an inspector sees their own unit, roles and navigation, and signing out ends the session',
    async run({ page }) {
      await openSignedIn(page, '/profile', 'thanhtra');
      const main = page.locator('main');
      await expectText(main, 'Bùi Thanh Sơn');
      await expectText(main, 'DN-TTT');
      await expectText(main, 'Thanh tra tỉnh');
      expectEqual(await navLabels(page), ['Trang chủ', 'Hồ sơ cá nhân'], 'navigation');
      await screenshot(page, 'profile-inspector');

      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/realms\/tiepdan\/protocol\/openid-connect\/auth/);
      await page.waitForSelector('#username');
    },
  },
];
