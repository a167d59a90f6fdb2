// Browser tests against the running stack (Keycloak realm tiepdan, the API, the SPA).
import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import {
  SPA_URL,
  apiGet,
  apiToken,
  axeProblems,
  expectEqual,
  failOnAxe,
  expectText,
  navLabels,
  openSignedIn,
  screenshot,
  signIn,
} from './support.mjs';

/** Today in Việt Nam, as the API's dates (YYYY-MM-DD). */
const vietnamToday = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());

/** A write on the API (through the SPA's proxy) as `username`; returns the status and the JSON body. */
async function apiWrite(method, path, username, body) {
  const response = await fetch(`${SPA_URL}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${await apiToken(username)}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': crypto.randomUUID(),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/**
 * A session of DN-TRANBIEN today that visits may be recorded in (today may be a weekend): an open
 * one, else a planned one published, else an urgent one created and published.
 */
async function ensureSessionToday(username, log) {
  const date = vietnamToday();
  const list = await apiGet(`/api/v1/sessions?from=${date}&to=${date}&size=200`, username);
  const sessions = (Array.isArray(list) ? list : (list.items ?? [])).filter(
    (session) => session.unit?.code === 'DN-TRANBIEN' && session.date === date,
  );
  const open = sessions.find((session) =>
    ['PUBLISHED', 'HELD', 'HELD_NO_VISITORS'].includes(session.status),
  );
  if (open) return open;
  let planned = sessions.find((session) => session.status === 'PLANNED');
  if (!planned) {
    const { items } = await apiGet('/api/v1/org-units?code=DN-TRANBIEN', username);
    const unit = items.find((candidate) => candidate.code === 'DN-TRANBIEN');
    for (const [start, end] of [
      ['00:05', '00:35'],
      ['23:00', '23:30'],
      ['12:00', '12:30'],
    ]) {
      const created = await apiWrite('POST', '/api/v1/sessions', username, {
        unitId: unit.id,
        date,
        start,
        end,
        kind: 'URGENT',
        reason: 'Kiểm thử tự động: ghi sổ tiếp công dân',
        placeText: 'Trụ sở tiếp công dân phường Trấn Biên',
      });
      log(`urgent session ${start}–${end}: HTTP ${created.status}`);
      if (created.status === 201 || created.status === 200) {
        planned = created.body;
        break;
      }
    }
    if (!planned) throw new Error('could not create an urgent session for today');
  }
  const published = await apiWrite('POST', `/api/v1/sessions/${planned.id}/publish`, username, {
    version: planned.version ?? 0,
  });
  if (published.status >= 300) {
    throw new Error(`publishing session ${planned.id}: HTTP ${published.status}`);
  }
  return published.body;
}

/** Every cell text of every sheet of an XLSX file. */
async function xlsxTexts(path) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const texts = [];
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text ?? ''))));
  }
  return texts;
}

/** Picks the option whose text contains `text` in the open antd select dropdown. */
async function chooseOption(page, text) {
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();
  await option.waitFor();
  await option.click();
}

/**
 * A past report period of DN-TRANBIEN with no report yet and every form's cross-checks passing
 * (a submission with failing checks is refused with 422, which the screen shows but this test does
 * not want): the quarters and halves of this year and the last.
 */
async function reportablePeriod(log) {
  const leader = 'chutich.tranbien';
  const { items } = await apiGet('/api/v1/org-units?code=DN-TRANBIEN', leader);
  const unit = items.find((candidate) => candidate.code === 'DN-TRANBIEN');
  const existing = await apiGet(`/api/v1/reports/submissions?unit=${unit.id}&size=100`, leader);
  const taken = new Set((existing.items ?? []).map((row) => row.periodCode));
  const today = vietnamToday();
  const year = Number(today.slice(0, 4));
  for (const y of [year, year - 1]) {
    const periods = await apiGet(`/api/v1/reports/periods?year=${y}`, leader);
    const candidates = periods
      .filter((period) => ['Q1', 'Q2', 'Q3', 'Q4', 'H1', '9M'].includes(period.kind))
      .filter((period) => period.to < today && !taken.has(period.code))
      .reverse();
    for (const period of candidates) {
      let valid = true;
      for (const code of ['01-TCD', '01-XLD', '02-XLD', '03-XLD', '04-XLD', '01-KQGQ', '03-KQGQ']) {
        const form = await apiGet(
          `/api/v1/reports/forms/${code}?unit=${unit.id}&period=${period.code}`,
          leader,
        );
        if (!form.valid) {
          log(`${period.code}: ${code} fails its cross-checks`);
          valid = false;
          break;
        }
      }
      if (valid) return { unit, period, year: y };
    }
  }
  throw new Error('no past period of DN-TRANBIEN without a report and with passing cross-checks');
}

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
      expectEqual(
        await navLabels(page),
        [
          'Home',
          'Organisation',
          'Reception sessions',
          "Today's sessions",
          'Unit schedules',
          'Reception compliance',
          'Reception desk',
          'Reception book',
          'Petitions',
          'Cases',
          'Overdue',
          'Mass Mobilization dashboard',
          'Report forms',
          'Periodic reports',
          'Report periods',
          'Inspections',
          'Commendations and corrections',
          'Deadline rules',
          'My profile',
          'Reception directory',
          'Reception schedule',
        ],
        'navigation',
      );
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
      expectEqual(
        await navLabels(page),
        [
          'Trang chủ',
          'Cơ cấu tổ chức',
          'Buổi tiếp công dân',
          'Lịch tiếp của đơn vị',
          'Thực hiện lịch tiếp',
          'Sổ tiếp công dân',
          'Sổ đơn thư',
          'Hồ sơ vụ việc',
          'Quá hạn giải quyết',
          'Bảng điều khiển Dân vận',
          'Biểu mẫu báo cáo',
          'Báo cáo định kỳ',
          'Báo cáo chờ xem xét',
          'Tổng hợp toàn tỉnh',
          'Kỳ báo cáo và hạn nộp',
          'Kiểm tra đột xuất',
          'Khen thưởng, chấn chỉnh',
          'Quy tắc thời hạn',
          'Hồ sơ cá nhân',
          'Danh bạ tiếp công dân',
          'Lịch tiếp công dân',
        ],
        'navigation',
      );
      await screenshot(page, 'profile-inspector');

      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/realms\/tiepdan\/protocol\/openid-connect\/auth/);
      await page.waitForSelector('#username');
    },
  },
  {
    name: 'the public directory lists units, reception places and phones without signing in',
    async run({ page, log }) {
      await page.goto(`${SPA_URL}/danh-ba`);
      const main = page.locator('main');
      await main.locator('h1').waitFor();
      await expectText(main, 'Danh bạ tiếp công dân');
      await main.getByRole('heading', { name: 'UBND tỉnh Đồng Nai' }).waitFor();
      // Still on the SPA: no detour through the Keycloak login page.
      expectEqual(new URL(page.url()).pathname, '/danh-ba', 'page without sign-in');
      await page.getByRole('button', { name: 'Đăng nhập cán bộ' }).waitFor();
      expectEqual(await page.title(), 'Danh bạ tiếp công dân · TiếpDân', 'document title');
      if ((await main.locator('a[href^="tel:"]').count()) === 0) {
        throw new Error('expected at least one tel: link');
      }

      await page.getByRole('searchbox', { name: 'Tìm cơ quan, đơn vị' }).fill('phu ly');
      await page.keyboard.press('Enter');
      await main.getByRole('heading', { name: 'UBND xã Phú Lý' }).waitFor();
      await main
        .getByRole('heading', { name: 'UBND tỉnh Đồng Nai' })
        .waitFor({ state: 'detached' });
      await expectText(main, '1 cơ quan, đơn vị');
      await screenshot(page, 'directory-public');
      failOnAxe(await axeProblems(page, 'directory', log));
    },
  },
  {
    name: 'an admin imports units: the dry run reports a bad row, the fixed CSV applies and shows in the tree',
    async run({ page, log }) {
      const stamp = String(Date.now()).slice(-7);
      const codeA = `E2E-${stamp}-A`;
      const codeB = `E2E-${stamp}-B`;
      const nameA = `UBND xã Thử Nghiệm A ${stamp}`;
      const nameB = `UBND xã Thử Nghiệm B ${stamp}`;
      const header =
        'code,name,kind,level,parentCode,adminUnitCode,address,phone,receptionPlace,validFrom';
      const row = (code, name, parent) =>
        `${code},${name},COMMUNE_PEOPLES_COMMITTEE,COMMUNE,${parent},,"Ấp 1, xã Thử Nghiệm",0251 3822 111,"Ấp 2, xã Thử Nghiệm",2025-07-01`;
      const bad = `${header}\n${row(codeA, nameA, 'DN')}\n${row(codeB, nameB, `KHONGCO-${stamp}`)}\n`;
      const fixed = bad.replace(`KHONGCO-${stamp}`, 'DN');

      await openSignedIn(page, '/org-units/import', 'quantri');
      const main = page.locator('main');
      await expectText(main, 'Nhập đơn vị từ tệp CSV');
      const editor = page.getByLabel('Nội dung CSV (có thể sửa trực tiếp)');
      await editor.fill(bad);
      const apply = page.getByRole('button', { name: 'Áp dụng' });
      await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();

      const errors = page.getByRole('table', { name: 'Các dòng có lỗi' });
      await errors.waitFor();
      const badRow = errors.locator('tbody tr').filter({ hasText: 'parentCode' }).first();
      await badRow.waitFor();
      const cells = await badRow.locator('td').allInnerTexts();
      expectEqual(cells.slice(0, 2), ['3', 'parentCode'], 'line and column of the bad row');
      if (!cells[2]?.trim()) throw new Error('expected a reason for the bad row');
      log(`dry-run reason: ${cells[2]}`);
      if (await apply.isEnabled())
        throw new Error('Áp dụng must stay disabled after a failed check');
      await screenshot(page, 'import-report-error');
      const problems = await axeProblems(page, 'import (with report)', log);

      await editor.fill(fixed);
      await page.getByRole('button', { name: 'Kiểm tra (chạy thử)' }).click();
      await expectText(main, 'Dữ liệu hợp lệ, có thể áp dụng.');
      await apply.click();
      await expectText(main, 'Đã nhập xong');
      await expectText(main, 'Thêm mới 2 đơn vị, cập nhật 0 đơn vị.');
      await screenshot(page, 'import-applied');

      await main.getByRole('link', { name: 'Xem cây đơn vị' }).click();
      await page.getByRole('tree').waitFor();
      await page.getByRole('searchbox', { name: 'Tìm đơn vị' }).fill(stamp);
      const tree = page.getByRole('tree');
      await tree.getByText(nameA).waitFor();
      await tree.getByText(nameB).waitFor();
      await tree.getByText(nameB).click();
      await main.getByRole('heading', { level: 2, name: nameB }).waitFor();
      await expectText(main, codeB);
      await expectText(main, 'UBND tỉnh Đồng Nai (DN)');
      await main.getByText('Ấp 2, xã Thử Nghiệm').waitFor();
      await screenshot(page, 'org-unit-imported');
      failOnAxe(problems);
    },
  },
  {
    name: 'the unit tree and the unit page have no serious or critical accessibility violations',
    async run({ page, log }) {
      const { items } = await apiGet('/api/v1/org-units?code=DN-TRANBIEN', 'quantri');
      const tranBien = items.find((unit) => unit.code === 'DN-TRANBIEN');
      await openSignedIn(page, '/org-units', 'quantri');
      const main = page.locator('main');
      await page.getByRole('tree').getByText('UBND phường Trấn Biên').waitFor();
      await screenshot(page, 'org-tree-admin');
      const problems = await axeProblems(page, 'tree', log);

      await page.goto(`${SPA_URL}/org-units/${tranBien.id}`);
      await main.getByRole('heading', { level: 2, name: 'UBND phường Trấn Biên' }).waitFor();
      await main.getByRole('heading', { name: 'Cán bộ của đơn vị' }).waitFor();
      await page.getByRole('button', { name: 'Sửa', exact: true }).waitFor();
      await screenshot(page, 'org-unit-admin');
      problems.push(...(await axeProblems(page, 'unit page', log)));

      await page.getByRole('button', { name: 'Sửa', exact: true }).click();
      const nameField = page.getByRole('dialog').getByLabel('Tên đơn vị');
      await nameField.waitFor();
      expectEqual(await nameField.inputValue(), 'UBND phường Trấn Biên', 'edit form name');
      await screenshot(page, 'org-unit-edit-form');
      await page.getByRole('button', { name: 'Hủy' }).click();

      await page.getByRole('textbox', { name: 'Xem cơ cấu tại ngày' }).fill('01/06/2025');
      await page.keyboard.press('Enter');
      await page.waitForURL(/at=2025-06-01/);
      await expectText(main, 'Đang xem cơ cấu tại ngày 01/06/2025');
      await screenshot(page, 'org-tree-past');
      failOnAxe(problems);
    },
  },
  {
    name: 'a commune reception officer cannot see a sibling unit: not in his tree, its page is not found',
    async run({ page }) {
      const { items } = await apiGet('/api/v1/org-units?code=DN-TRANBIEN', 'quantri');
      const tranBien = items.find((unit) => unit.code === 'DN-TRANBIEN');
      if (!tranBien?.id) throw new Error('DN-TRANBIEN not found as admin');

      await openSignedIn(page, '/org-units', 'canbo.phuly');
      const tree = page.getByRole('tree');
      await tree.getByText('UBND xã Phú Lý').waitFor();
      if ((await tree.getByText('Trấn Biên').count()) > 0) {
        throw new Error('canbo.phuly must not see UBND phường Trấn Biên in his tree');
      }
      expectEqual(
        await navLabels(page),
        [
          'Trang chủ',
          'Cơ cấu tổ chức',
          'Buổi tiếp công dân',
          'Buổi tiếp hôm nay',
          'Lịch tiếp của đơn vị',
          'Bàn tiếp công dân',
          'Sổ tiếp công dân',
          'Sổ đơn thư',
          'Hồ sơ vụ việc',
          'Quá hạn giải quyết',
          'Biểu mẫu báo cáo',
          'Quy tắc thời hạn',
          'Hồ sơ cá nhân',
          'Danh bạ tiếp công dân',
          'Lịch tiếp công dân',
        ],
        'navigation',
      );
      await screenshot(page, 'org-tree-phuly');

      await page.goto(`${SPA_URL}/org-units/${tranBien.id}`);
      const main = page.locator('main');
      await expectText(main, 'Không tìm thấy đơn vị');
      if ((await main.getByText('UBND phường Trấn Biên').count()) > 0) {
        throw new Error('the not-found page must not reveal the unit');
      }
      await screenshot(page, 'org-unit-not-found');
    },
  },
  {
    name: 'the auditor filters the audit trail and verifies the hash chain',
    async run({ page, log }) {
      await openSignedIn(page, '/audit', 'kiemtra');
      const main = page.locator('main');
      await expectText(main, 'Nhật ký kiểm tra');
      await page.getByRole('button', { name: 'Kiểm tra tính toàn vẹn' }).click();
      await expectText(main, 'Nhật ký toàn vẹn');
      await page.getByLabel('Người thực hiện').fill('quantri');
      await page.getByRole('button', { name: 'Lọc', exact: true }).click();
      // The import above was made by quantri: its events are in the trail.
      await main.locator('.ant-table-row').filter({ hasText: 'quantri' }).first().waitFor();
      await expectText(main, 'Nhập dữ liệu');
      await screenshot(page, 'audit-verified');
      failOnAxe(await axeProblems(page, 'audit', log));
    },
  },
  {
    name: 'the public reception schedule shows a session of Trấn Biên this month and its iCalendar link, without signing in',
    async run({ page, log }) {
      await page.goto(`${SPA_URL}/lich-tiep-cong-dan`);
      const main = page.locator('main');
      await main.getByRole('heading', { level: 1, name: 'Lịch tiếp công dân' }).waitFor();
      expectEqual(new URL(page.url()).pathname, '/lich-tiep-cong-dan', 'page without sign-in');
      await page.getByRole('button', { name: 'Đăng nhập cán bộ' }).waitFor();
      await expectText(main, 'Đăng ký lịch tiếp của toàn tỉnh (iCalendar)');

      const unit = page.getByRole('combobox', { name: 'Chọn cơ quan, đơn vị' });
      await unit.click();
      await unit.fill('Trấn Biên');
      await page
        .locator('.ant-select-item-option', { hasText: 'UBND phường Trấn Biên' })
        .first()
        .click();
      const rows = main.locator('.public-schedule-table .ant-table-row');
      await rows.filter({ hasText: 'UBND phường Trấn Biên' }).first().waitFor();
      await expectText(main, '07:00–08:00');
      const ics = main.getByRole('link', { name: 'Đăng ký vào lịch điện thoại (iCalendar)' });
      expectEqual(
        await ics.getAttribute('href'),
        '/public/v1/schedules.ics?unit=DN-TRANBIEN',
        'iCalendar link',
      );
      const feed = await fetch(`${SPA_URL}/public/v1/schedules.ics?unit=DN-TRANBIEN`);
      expectEqual(feed.status, 200, 'iCalendar feed status');
      if (!(await feed.text()).includes('BEGIN:VCALENDAR'))
        throw new Error('not an iCalendar feed');
      await screenshot(page, 'public-schedule-list');
      failOnAxe(await axeProblems(page, 'public schedule (list)', log));

      await page.getByText('Lịch tháng', { exact: true }).click();
      await main.locator('.session-calendar .session-chip').first().waitFor();
      await screenshot(page, 'public-schedule-calendar');
      failOnAxe(await axeProblems(page, 'public schedule (calendar)', log));
    },
  },
  {
    name: 'a unit leader sees the month of sessions, opens one with its actions, and previews a schedule',
    async run({ page, log }) {
      await openSignedIn(page, '/sessions', 'chutich.tranbien');
      const main = page.locator('main');
      await expectText(main, 'Lịch các buổi tiếp');
      await main.locator('.session-calendar .session-chip').first().waitFor();
      await screenshot(page, 'sessions-month');
      failOnAxe(await axeProblems(page, 'sessions (month)', log));

      await main.locator('.session-calendar .session-chip').first().click();
      const drawer = page.getByRole('dialog');
      await expectText(drawer, 'Người chủ trì');
      await screenshot(page, 'sessions-drawer');
      await page.keyboard.press('Escape');

      await page.getByText('Tuần', { exact: true }).click();
      await main.locator('.week-grid').waitFor();
      await screenshot(page, 'sessions-week');

      await page.goto(`${SPA_URL}/sessions/today`);
      await expectText(main, 'Buổi tiếp hôm nay');
      await screenshot(page, 'sessions-today');
      failOnAxe(await axeProblems(page, 'sessions today', log));

      await page.goto(`${SPA_URL}/schedules`);
      await expectText(main, 'Lịch tiếp công dân của đơn vị');
      await page.getByRole('button', { name: 'Thêm lịch tiếp' }).click();
      const editor = page.getByRole('dialog');
      await expectText(editor, 'Xem trước các buổi tiếp (6 tuần tới)');
      expectEqual(
        await editor.getByLabel('Quy tắc lặp (RRULE)').inputValue(),
        'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
        'RRULE of the working-day preset',
      );
      await editor.locator('.schedule-preview .ant-list-item').first().waitFor();
      await screenshot(page, 'schedule-editor');
      failOnAxe(await axeProblems(page, 'schedule editor', log));
      await page.keyboard.press('Escape');

      await page.goto(`${SPA_URL}/compliance`);
      await expectText(main, 'Kết quả thực hiện lịch tiếp');
      await main.getByRole('columnheader', { name: 'Số buổi phải tiếp' }).waitFor();
      await screenshot(page, 'compliance');
      failOnAxe(await axeProblems(page, 'compliance', log));
    },
  },
  {
    name: 'the admin opens the working-day calendar of 2026 with its swapped days off',
    async run({ page, log }) {
      await openSignedIn(page, '/calendar', 'quantri');
      const main = page.locator('main');
      await main
        .getByRole('heading', { level: 1, name: 'Lịch ngày làm việc, ngày nghỉ' })
        .waitFor();
      await main.getByRole('radio', { name: '2026' }).check({ force: true });
      await expectText(main, 'Thứ hai, 27/04/2026');
      await expectText(main, 'Ngày nghỉ');
      await screenshot(page, 'calendar-2026');
      failOnAxe(await axeProblems(page, 'calendar', log));

      await page.getByRole('button', { name: 'Thêm ngày' }).click();
      const editor = page.getByRole('dialog');
      await expectText(editor, 'Thêm ngày nghỉ hoặc ngày làm bù');
      await screenshot(page, 'calendar-editor');
      failOnAxe(await axeProblems(page, 'calendar editor', log));
      await page.keyboard.press('Escape');
    },
  },
  {
    name: 'a unit leader records a visit at the desk from today’s session, finds it unaccented in the book and in the Excel export',
    async run({ page, log }) {
      const session = await ensureSessionToday('chutich.tranbien', log);
      const stamp = String(Date.now()).slice(-6);
      const name = `Phạm Thị E2E ${stamp}`;
      const digits = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
      const cccd = `075185${digits}`;

      await openSignedIn(page, '/sessions/today', 'chutich.tranbien');
      const main = page.locator('main');
      await expectText(main, 'Buổi tiếp hôm nay');
      await main.getByRole('button', { name: 'Ghi lượt tiếp' }).first().waitFor();
      const buttons = main.getByRole('button', { name: 'Ghi lượt tiếp' });
      // The card of the session made ready above, when there are several.
      const card = main.locator('.ant-card').filter({
        hasText: `${session.start.slice(0, 5)}–${session.end.slice(0, 5)}`,
      });
      if ((await card.count()) > 0) {
        await card.first().getByRole('button', { name: 'Ghi lượt tiếp' }).click();
      } else {
        await buttons.first().click();
      }
      await page.waitForURL(/\/visits\/desk\?session=/);
      await main.getByRole('heading', { level: 1, name: 'Bàn tiếp công dân' }).waitFor();

      const id = page.getByLabel('Số giấy tờ tùy thân');
      await id.waitFor();
      expectEqual(
        await id.evaluate((element) => element === element.ownerDocument.activeElement),
        true,
        'the ID number has the focus',
      );
      await page.keyboard.type(cccd);
      await page.getByLabel('Họ và tên', { exact: true }).fill(name);
      await page.getByLabel('Địa chỉ', { exact: true }).fill('Khu phố 5, phường Trấn Biên');
      // Enter in a field must not save the form.
      await page.keyboard.press('Enter');
      await page.getByLabel('Phân loại', { exact: true }).click();
      await page.locator('.ant-select-item-option[title="Kiến nghị, phản ánh"]').click();
      await page.getByLabel('Tóm tắt nội dung').fill('Phản ánh đường ngập nước khi mưa lớn (E2E)');
      await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
      await page.getByLabel('Tên tài liệu').fill('Đơn kiến nghị');
      await page.getByLabel('Số trang').fill('2');
      await page.getByText('Trả lại đơn và hướng dẫn', { exact: true }).click();
      const guidance = page.getByLabel('Nội dung hướng dẫn');
      await guidance.fill('Hướng dẫn công dân gửi đơn đến UBND phường Trấn Biên');
      await screenshot(page, 'visits-desk-filled');
      await guidance.press('Control+Enter');

      const saved = main.locator('.ant-alert-success').filter({ hasText: 'Đã ghi vào sổ: số' });
      await saved.waitFor();
      const bookNo = /số (\S+)/.exec(await saved.innerText())?.[1];
      log(`saved as book no. ${bookNo}`);
      await page.getByRole('button', { name: 'In giấy biên nhận' }).click();
      const receipt = page.getByRole('dialog');
      await expectText(receipt, 'GIẤY BIÊN NHẬN');
      await receipt.getByText(name, { exact: false }).first().waitFor();
      await screenshot(page, 'visits-receipt');
      await page.keyboard.press('Escape');
      // Today's list beside the form has the new visit.
      await main.locator('.visit-today-item').filter({ hasText: name }).first().waitFor();

      await page.goto(`${SPA_URL}/visits`);
      await main.getByRole('heading', { level: 1, name: 'Sổ tiếp công dân' }).waitFor();
      const unaccented = name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/đ/g, 'd')
        .toLowerCase();
      const search = page.getByRole('searchbox', { name: 'Tìm theo tên, nội dung' });
      await search.fill(unaccented);
      await search.press('Enter');
      const row = main.locator('.ant-table-row').filter({ hasText: name });
      await row.first().waitFor();
      await expectText(row.first(), 'Kiến nghị, phản ánh');
      await expectText(row.first(), cccd);
      await screenshot(page, 'visits-book-search');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Xuất Excel' }).click(),
      ]);
      const fileName = download.suggestedFilename();
      log(`export: ${fileName}`);
      if (!/^so-tiep-cong-dan-.*\.xlsx$/.test(fileName)) {
        throw new Error(`unexpected export file name ${fileName}`);
      }
      const texts = await xlsxTexts(await download.path());
      if (!texts.some((text) => text.includes(name))) {
        throw new Error(`the Excel export does not list ${name} (${texts.length} cells)`);
      }
    },
  },
  {
    name: 'a denunciation reads "Tố cáo – bảo mật"; only the confidential custodian reveals the identity, stating a purpose',
    async run({ page, log }) {
      const found = await apiGet('/api/v1/visits?confidential=true&size=1', 'chutich.tranbien');
      const visit = found.items?.[0];
      if (!visit) throw new Error('no denunciation visit in the demo book of DN-TRANBIEN');
      expectEqual(visit.displayName, 'Tố cáo – bảo mật', 'masked name in the list');
      expectEqual(visit.idNumber ?? null, null, 'masked ID number in the list');
      const asOfficer = await apiGet(`/api/v1/visits/${visit.id}`, 'canbo.tranbien');
      expectEqual((asOfficer.parties ?? []).length, 0, 'parties shown to a reception officer');
      expectEqual(
        asOfficer.allowedActions.includes('REVEAL_IDENTITY'),
        false,
        'reveal offered to an officer',
      );

      await openSignedIn(page, `/visits/${visit.id}`, 'baomat.tranbien');
      const main = page.locator('main');
      await expectText(main, 'Tố cáo – bảo mật');
      await main.getByRole('button', { name: 'Xem danh tính' }).click();
      const dialog = page.getByRole('dialog');
      await dialog
        .getByLabel('Mục đích xem')
        .fill('Xác minh nội dung tố cáo theo yêu cầu của Chánh Thanh tra');
      await dialog.getByRole('button', { name: 'Xem', exact: true }).click();
      await expectText(main, 'Danh tính (đã ghi nhật ký)');
      const revealed = main.locator('.ant-alert').filter({ hasText: 'Danh tính (đã ghi nhật ký)' });
      const rows = await revealed.locator('.ant-table-row').count();
      if (rows < 1) throw new Error('the revealed identity shows no person');
      log(`revealed ${rows} person(s) of book no. ${visit.bookNo}`);
      await screenshot(page, 'visits-reveal');
    },
  },
  {
    name: 'a petition handler reads the deadline rules in force, flagged for legal confirmation, and tries one',
    async run({ page, log }) {
      await openSignedIn(page, '/deadline-rules', 'xuly.tranbien');
      const main = page.locator('main');
      await main.getByRole('heading', { level: 1, name: 'Quy tắc thời hạn' }).waitFor();
      await main.locator('.ant-table-row').filter({ hasText: 'TC.RESOLVE' }).first().waitFor();
      await expectText(main, 'Cần xác nhận pháp lý');
      const rule = main.getByLabel('Quy tắc', { exact: true });
      await rule.click();
      await rule.fill('TC.NOTIFY_ACCEPT');
      await page.keyboard.press('Enter');
      const start = main.getByLabel('Ngày xảy ra sự kiện');
      await start.click();
      await start.fill('28/04/2026');
      await page.keyboard.press('Enter');
      await main.getByRole('button', { name: 'Tính thời hạn' }).click();
      const steps = main.getByRole('list', { name: 'Cách tính' });
      await steps.waitFor();
      // 5 working days from 28/04/2026 skip 30/4, 1/5 and the weekend (Luật TC Art. 29(3)).
      await expectText(main, '07/05/2026');
      log(`steps: ${(await steps.innerText()).split('\n').length}`);
      await screenshot(page, 'deadline-rules');
      failOnAxe(await axeProblems(page, 'deadline rules', log));
    },
  },
  {
    name: 'the reception desk and the reception book have no serious or critical accessibility violations',
    async run({ page, log }) {
      await openSignedIn(page, '/visits/desk', 'chutich.tranbien');
      const main = page.locator('main');
      await main.getByRole('heading', { level: 1, name: 'Bàn tiếp công dân' }).waitFor();
      await page.getByLabel('Số giấy tờ tùy thân').waitFor();
      await main.getByRole('heading', { name: 'Lượt tiếp hôm nay' }).waitFor();
      await screenshot(page, 'visits-desk');
      const problems = await axeProblems(page, 'visit desk', log);

      await page.goto(`${SPA_URL}/visits`);
      await main.getByRole('heading', { level: 1, name: 'Sổ tiếp công dân' }).waitFor();
      await main.locator('.ant-table-row').first().waitFor();
      await screenshot(page, 'visits-book');
      problems.push(...(await axeProblems(page, 'visit book', log)));
      failOnAxe(problems);
    },
  },
  {
    name: 'a unit leader takes a complaint from a visit to a first-instance decision: case opened, accepted, verification assigned, decided',
    async run({ page, log }) {
      const session = await ensureSessionToday('chutich.tranbien', log);
      const stamp = String(Date.now()).slice(-6);
      const digits = String(Math.floor(Math.random() * 1_000_000)).padStart(6, '0');
      const created = await apiWrite('POST', '/api/v1/visits', 'chutich.tranbien', {
        sessionId: session.id,
        receivedAt: new Date().toISOString(),
        partyKind: 'PERSON',
        parties: [
          {
            role: 'VISITOR',
            fullName: `Lê Văn Khiếu ${stamp}`,
            idDocType: 'CCCD',
            idNumber: `075186${digits}`,
            addressAsWritten: 'Khu phố 3, phường Trấn Biên',
          },
        ],
        classification: 'KHIEU_NAI',
        contentSummary: `Khiếu nại quyết định thu hồi đất (E2E ${stamp})`,
        visitorRequest: 'Hủy quyết định thu hồi đất',
        withPetition: true,
        handlingDirection: 'THU_LY',
      });
      if (created.status >= 300) {
        throw new Error(
          `recording the visit: HTTP ${created.status} ${JSON.stringify(created.body)}`,
        );
      }
      const visit = created.body;
      log(`visit ${visit.bookNo}`);

      await openSignedIn(page, `/visits/${visit.id}`, 'chutich.tranbien');
      const main = page.locator('main');
      await main.getByRole('button', { name: 'Tạo đơn' }).waitFor();
      await main.getByRole('button', { name: 'Mở hồ sơ vụ việc' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Mở hồ sơ', exact: true }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      const heading = main.getByRole('heading', { level: 1, name: /^Hồ sơ / });
      await heading.waitFor();
      const caseNo = (await heading.innerText()).replace('Hồ sơ ', '');
      log(`case ${caseNo}`);
      await expectText(main, 'Khiếu nại');
      await expectText(main, 'Mới tiếp nhận');
      await main.locator('.deadline-badge').first().waitFor();
      await screenshot(page, 'case-received');

      const actions = main.getByRole('group', { name: 'Thao tác' });
      const act = async (button, fill, status) => {
        await actions.getByRole('button', { name: button, exact: true }).click();
        const dialog = page.getByRole('dialog');
        await dialog.waitFor();
        await fill(dialog);
        await dialog.getByRole('button', { name: 'Xác nhận' }).click();
        await dialog.waitFor({ state: 'detached' });
        await expectText(main, status);
      };

      await act(
        'Thụ lý',
        async (dialog) => {
          await dialog.getByLabel('Số văn bản').fill(`${stamp}/TB-UBND`);
          await screenshot(page, 'case-accept-dialog');
        },
        'Đã thụ lý lần đầu',
      );

      // A document uploaded through the dialog, as the SPA sends it: multipart with an Idempotency-Key.
      await actions.getByRole('button', { name: 'Đính kèm tài liệu', exact: true }).click();
      const uploadDialog = page.getByRole('dialog');
      await uploadDialog.waitFor();
      await uploadDialog.locator('input[type=file]').setInputFiles({
        name: `thong-bao-thu-ly-${stamp}.pdf`,
        mimeType: 'application/pdf',
        buffer: Buffer.from(`%PDF-1.4\nThong bao thu ly ${stamp}\n%%EOF\n`),
      });
      await uploadDialog.getByLabel('Tiêu đề').fill(`Thông báo thụ lý ${stamp}`);
      await uploadDialog.getByRole('button', { name: 'Tải lên' }).click();
      await uploadDialog.waitFor({ state: 'detached' });
      const documents = main
        .locator('.ant-card')
        .filter({ has: page.getByRole('heading', { name: 'Tài liệu' }) });
      await documents.getByText(`Thông báo thụ lý ${stamp}`).first().waitFor();
      log('document uploaded through the dialog');

      await act(
        'Giao xác minh',
        async (dialog) => {
          // The officials load after the dialog opens: wait for the handler's option itself, then for the choice.
          await dialog.getByLabel('Người được giao xác minh').click();
          const handler = page
            .locator('.ant-select-dropdown:visible .ant-select-item-option')
            .filter({ hasText: 'xuly.tranbien' })
            .first();
          await handler.waitFor();
          await handler.click();
          await dialog
            .getByTitle(/\(xuly\.tranbien\)/)
            .first()
            .waitFor();
          await dialog.getByLabel('Số văn bản').fill(`${stamp}/QĐ-XM`);
        },
        'Đang xác minh lần đầu',
      );

      await act(
        'Ban hành quyết định giải quyết',
        async (dialog) => {
          await dialog.getByLabel('Kết quả').click();
          await page
            .locator(
              '.ant-select-dropdown:visible .ant-select-item-option[title="Khiếu nại đúng một phần"]',
            )
            .click();
          await dialog.getByLabel('Số văn bản').fill(`${stamp}/QĐ-GQKN`);
          await dialog.getByLabel('Người ký').fill('Trần Văn Hùng');
          await dialog.getByLabel('Tiền trả lại (triệu đồng)').fill('120');
          await screenshot(page, 'case-decide-dialog');
        },
        'Đã giải quyết lần đầu',
      );

      const timeline = main
        .locator('.ant-card')
        .filter({ has: page.getByRole('heading', { name: 'Quá trình xử lý' }) });
      await timeline.waitFor();
      await timeline.getByText('Đã giải quyết lần đầu', { exact: false }).first().waitFor();
      const steps = await timeline.locator('.ant-timeline-item').allInnerTexts();
      log(`timeline: ${steps.map((step) => step.split('\n')[0]).join(' | ')}`);
      for (const status of [
        'Đã thụ lý lần đầu',
        'Đang xác minh lần đầu',
        'Đã giải quyết lần đầu',
      ]) {
        if (!steps.some((step) => step.includes(status))) {
          throw new Error(`the timeline does not show the step to ${status}`);
        }
      }
      await expectText(main, 'Khiếu nại đúng một phần');
      await screenshot(page, 'case-decided');
      const problems = await axeProblems(page, 'case detail', log);

      // The badge shows its derivation on hover.
      const badge = main.locator('.deadline-badge').first();
      if ((await badge.count()) > 0) {
        await badge.hover();
        await page.locator('.ant-popover').getByText('Cách tính thời hạn').first().waitFor();
        await screenshot(page, 'case-deadline-derivation');
      }

      await page.goto(`${SPA_URL}/cases`);
      await main.getByRole('heading', { level: 1, name: 'Hồ sơ vụ việc' }).waitFor();
      const search = page.getByRole('searchbox', { name: 'Tìm kiếm' });
      await search.fill(`E2E ${stamp}`);
      await search.press('Enter');
      const row = main.locator('.ant-table-row').filter({ hasText: caseNo });
      await row.first().waitFor();
      await expectText(row.first(), 'Đã giải quyết lần đầu');
      await screenshot(page, 'cases-inbox');
      problems.push(...(await axeProblems(page, 'case inbox', log)));
      failOnAxe(problems);
    },
  },
  {
    name: 'the petition book, the overdue list and the notifications bell open for a unit leader without accessibility violations',
    async run({ page, log }) {
      await openSignedIn(page, '/petitions', 'chutich.tranbien');
      const main = page.locator('main');
      await main.getByRole('heading', { level: 1, name: 'Sổ đơn thư' }).waitFor();
      await screenshot(page, 'petitions-book');
      const problems = await axeProblems(page, 'petition book', log);

      await main.getByRole('button', { name: 'Tiếp nhận đơn' }).click();
      await main.getByRole('heading', { level: 1, name: 'Tiếp nhận đơn' }).waitFor();
      await screenshot(page, 'petition-intake');
      problems.push(...(await axeProblems(page, 'petition intake', log)));

      await page.goto(`${SPA_URL}/overdue`);
      await main.getByRole('heading', { level: 1, name: 'Quá hạn giải quyết' }).waitFor();
      await screenshot(page, 'overdue');
      problems.push(...(await axeProblems(page, 'overdue', log)));

      await page
        .locator('header')
        .getByRole('button', { name: /Thông báo/ })
        .click();
      await page.locator('.ant-popover').getByText('Thông báo', { exact: true }).first().waitFor();
      await screenshot(page, 'notifications');
      failOnAxe(problems);
    },
  },
  {
    name: 'danvan lands on the Mass Mobilization dashboard, sees KPI cards and a chart, drills into a unit, without accessibility violations',
    async run({ page, log }) {
      await openSignedIn(page, '/', 'danvan');
      const main = page.locator('main');
      await page.waitForURL((url) => url.pathname === '/dashboard');
      await main.getByRole('heading', { level: 1, name: 'Bảng điều khiển Dân vận' }).waitFor();
      await main.locator('.kpi-card').first().waitFor();
      await expectText(main, 'Tỷ lệ buổi tiếp đã thực hiện');
      await expectText(main, 'Lượt tiếp');
      // The charts come in their own chunk.
      await main.locator('figure.chart svg').first().waitFor();
      expectEqual(await main.locator('figure.chart').count(), 4, 'charts on the dashboard');
      await screenshot(page, 'dashboard-province');
      const problems = await axeProblems(page, 'dashboard (province)', log);

      const ranking = main
        .locator('.ant-card')
        .filter({ has: page.getByRole('heading', { name: 'Đơn vị trực thuộc — xếp hạng' }) });
      const first = ranking.locator('tbody .link-button').first();
      await first.waitFor();
      const name = (await first.innerText()).trim();
      log(`drilling into ${name}`);
      await first.click();
      await page.waitForURL((url) => url.searchParams.has('unit'));
      await main.locator('.dashboard-subtitle').filter({ hasText: name }).waitFor();
      await main.locator('.kpi-card').first().waitFor();
      await main.locator('figure.chart svg').first().waitFor();
      await screenshot(page, 'dashboard-unit');
      problems.push(...(await axeProblems(page, 'dashboard (unit)', log)));
      await page.emulateMedia({ media: 'print' });
      await screenshot(page, 'dashboard-print');
      await page.emulateMedia({ media: 'screen' });
      failOnAxe(problems);
    },
  },
  {
    name: 'a commune leader opens 01/TCD with a cell drill-down, then prepares and submits a report for a past period',
    async run({ page, log }) {
      const { period, year } = await reportablePeriod(log);
      log(`report period ${period.code} (${period.label})`);
      const today = vietnamToday();
      const thisYear = await apiGet(
        `/api/v1/reports/periods?year=${today.slice(0, 4)}`,
        'chutich.tranbien',
      );
      const yearPeriod = thisYear.find((candidate) => candidate.kind === 'Y');

      await openSignedIn(page, '/reports/forms', 'chutich.tranbien');
      const main = page.locator('main');
      await main.getByRole('heading', { level: 1, name: 'Biểu mẫu báo cáo' }).waitFor();
      await main.locator('#report-period-code').click();
      await chooseOption(page, yearPeriod.label);
      await main.locator('table.report-table').waitFor();
      await expectText(main, 'Biểu số 01/TCD');
      await main.locator('.report-ms-row').waitFor();
      await main.locator('.report-row-total').waitFor();
      await screenshot(page, 'report-01tcd');
      const problems = await axeProblems(page, 'form 01/TCD', log);

      const cell = main.locator('td.report-cell .link-button').first();
      if ((await cell.count()) > 0) {
        await cell.click();
        const drawer = page.getByRole('dialog');
        await drawer
          .getByText(/^Cột \d+ — /)
          .first()
          .waitFor();
        await drawer.locator('.ant-table-row').first().waitFor();
        await screenshot(page, 'report-drill');
        problems.push(...(await axeProblems(page, 'cell drill-down', log)));
        await page.keyboard.press('Escape');
      } else {
        log('01/TCD has no non-zero cell this year: no drill-down to open');
      }

      await page.goto(`${SPA_URL}/reports/submissions`);
      await main.getByRole('heading', { level: 1, name: 'Báo cáo định kỳ' }).waitFor();
      await main.getByRole('button', { name: 'Tạo báo cáo' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('Tạo báo cáo định kỳ').waitFor();
      await dialog.locator('#create-period-year').click();
      await chooseOption(page, String(year));
      await dialog.locator('#create-period-code').click();
      await chooseOption(page, period.label);
      await screenshot(page, 'submission-create');
      await dialog.getByRole('button', { name: 'Tạo dự thảo' }).click();
      await page.waitForURL((url) => /\/reports\/submissions\/[0-9a-f-]{36}$/.test(url.pathname));
      await main.getByRole('heading', { level: 1, name: /^Báo cáo / }).waitFor();
      await expectText(main, 'Dự thảo');
      await main.locator('table.report-table').first().waitFor();

      await main
        .getByLabel('Kết quả đạt được')
        .fill('Tiếp công dân đúng lịch, giải quyết kịp thời các vụ việc phát sinh.');
      await main.getByLabel('Khó khăn, vướng mắc').fill('Một số vụ việc phức tạp kéo dài.');
      await main.getByLabel('Điển hình tiêu biểu').fill('Tổ tiếp dân khu phố 3.');
      await main.getByLabel('Kiến nghị, đề xuất').fill('Tăng cường tập huấn nghiệp vụ.');
      await main.getByLabel('Số văn bản').fill(`${Date.now() % 100000}/BC-UBND`);
      await main.getByLabel('Người ký', { exact: true }).fill('Trần Văn Hùng');
      await main.getByLabel('Chức vụ người ký').fill('Chủ tịch UBND phường');
      await screenshot(page, 'submission-draft');
      problems.push(...(await axeProblems(page, 'submission draft', log)));

      await main.getByRole('button', { name: 'Gửi báo cáo' }).click();
      await page.locator('.ant-popconfirm').getByRole('button', { name: 'Gửi báo cáo' }).click();
      await main.locator('.ant-tag').filter({ hasText: 'Đã gửi' }).first().waitFor();
      await main.locator('.hash-text').first().waitFor();
      const hash = (await main.locator('.hash-text').first().innerText()).trim();
      if (!/^[0-9a-f]{64}/.test(hash))
        throw new Error(`expected a SHA-256 content hash, got "${hash}"`);
      await expectText(main, 'Biểu mẫu (số liệu đã chốt khi gửi)');
      await main.getByRole('button', { name: 'Kiểm tra tái lập số liệu' }).click();
      await expectText(main, 'Số liệu tính lại trùng khớp với số liệu đã gửi');
      await screenshot(page, 'submission-submitted');
      problems.push(...(await axeProblems(page, 'submission submitted', log)));
      failOnAxe(problems);
    },
  },
  {
    name: 'the provincial inspectorate sees the submitted report in its review queue and accepts it',
    async run({ page, log }) {
      await openSignedIn(page, '/reports/review', 'thanhtra');
      const main = page.locator('main');
      await main.getByRole('heading', { level: 1, name: 'Báo cáo chờ xem xét' }).waitFor();
      const row = main.locator('.ant-table-row').filter({ hasText: 'Trấn Biên' }).first();
      await row.waitFor();
      await screenshot(page, 'review-queue');
      const problems = await axeProblems(page, 'review queue', log);
      const periodCode = (await row.locator('td').nth(1).innerText()).split('\n')[0].trim();
      log(`accepting the ${periodCode} report of Trấn Biên`);
      await row.getByRole('button', { name: 'Tiếp nhận' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Ý kiến').fill('Báo cáo đầy đủ, đúng mẫu.');
      await dialog.getByRole('button', { name: 'Tiếp nhận' }).click();
      await dialog.waitFor({ state: 'detached' });
      const leader = 'chutich.tranbien';
      const { items } = await apiGet('/api/v1/org-units?code=DN-TRANBIEN', leader);
      const unit = items.find((candidate) => candidate.code === 'DN-TRANBIEN');
      const list = await apiGet(
        `/api/v1/reports/submissions?unit=${unit.id}&period=${periodCode}`,
        'thanhtra',
      );
      expectEqual(list.items?.[0]?.status, 'ACCEPTED', `status of the ${periodCode} report`);
      await page.goto(`${SPA_URL}/reports/submissions/${list.items[0].id}`);
      await main.locator('.ant-tag').filter({ hasText: 'Đã tiếp nhận' }).first().waitFor();
      await screenshot(page, 'submission-accepted');
      failOnAxe(problems);
    },
  },
];
