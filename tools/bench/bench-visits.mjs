// Reception-book benchmark (`make bench-visits`, driven by scripts/bench-visits.sh, which starts and stops the stack).
//
//   node bench-visits.mjs [all | token | seed | create | search ...]   (several phases in one run share the summary)
//
// seed:   BENCH_VISITS (default 1 000 000) visits straight into PostgreSQL with set-based INSERT … SELECT over
//         generate_series in batches (2025–2026, every current commune and department of the demo, one visitor each,
//         ~5 % denunciations whose visitor goes to confidential_visit_party, ~10 % repeat visits of a matter),
//         then the matters, the book counters, the secondary indexes (dropped during the load) and ANALYZE.
// create: BENCH_DESKS (20) desks POST /api/v1/visits for BENCH_SECONDS (60) with a fresh Idempotency-Key each.
// search: GET /api/v1/visits?q=… for a set of terms, the list without q, and the lookup by ID number.
// A summary table is printed and written to BENCH_RESULT (default .state/bench/visits-result.txt).
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const env = (name, fallback) => process.env[name] ?? fallback;
const DB_URL = env('BENCH_DB_URL', 'postgres://tiepdan:tiepdan@127.0.0.1:25433/tiepdan');
const API = env('BENCH_API_URL', 'http://localhost:28080');
const KC = env('BENCH_KC_URL', 'http://localhost:38180');
const USER = env('BENCH_USER', 'canbo.tranbien');
const PASSWORD = env('BENCH_PASSWORD', 'demo');
const VISITS = Number(env('BENCH_VISITS', '1000000'));
const BATCH = Number(env('BENCH_BATCH', '50000'));
const SEED_CONNECTIONS = Number(env('BENCH_SEED_CONNECTIONS', '2'));
const DESKS = Number(env('BENCH_DESKS', '20'));
const SECONDS = Number(env('BENCH_SECONDS', '60'));
const WARMUP = Number(env('BENCH_WARMUP_SECONDS', '5'));
const REPS = Number(env('BENCH_SEARCH_REPS', '20'));
const RESULT = env('BENCH_RESULT', new URL('../../.state/bench/visits-result.txt', import.meta.url).pathname);
const TRANBIEN = '00000000-0000-4000-8000-000000000006';

const rows = []; // summary lines: [measure, n, rate, p50, p95, p99, errors]
const notes = [];
const log = (...a) => console.error('[bench]', ...a);

// ---------------------------------------------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------------------------------------------
const SURNAMES = ['Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Hoàng',
  'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLES = ['Văn', 'Thị', 'Hoàng', 'Minh', 'Thị Bích', 'Quốc', 'Thị Thu', 'Hữu', 'Đức', 'Thị Ngọc', 'Thanh',
  'Văn'];
const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Hương', 'Khoa', 'Lan',
  'Linh', 'Lộc', 'Long', 'Mai', 'Minh', 'Nam', 'Ngọc', 'Nhung', 'Oanh', 'Phúc', 'Phương', 'Quân', 'Sơn', 'Tâm',
  'Thảo', 'Thắng', 'Thu', 'Trang', 'Trung', 'Tuấn', 'Tùng', 'Uyên', 'Vân', 'Việt', 'Vinh', 'Xuân', 'Yến'];
// [field_code, content, request]
const CONTENTS = [
  ['DAT_DAI', 'Phản ánh việc chậm cấp Giấy chứng nhận quyền sử dụng đất', 'Đề nghị đôn đốc cấp Giấy chứng nhận'],
  ['HANH_CHINH.DAT_DAI_NHA_CUA', 'Khiếu nại quyết định thu hồi đất và phương án bồi thường, hỗ trợ giải phóng mặt bằng', 'Đề nghị bồi thường theo giá thị trường'],
  ['KHAC', 'Phản ánh ô nhiễm tiếng ồn từ cơ sở karaoke hoạt động quá 22 giờ', 'Đề nghị kiểm tra, xử lý'],
  ['CHE_DO_CHINH_SACH', 'Kiến nghị xem xét hồ sơ hưởng chế độ chính sách người có công', 'Đề nghị hướng dẫn thủ tục'],
  ['DAT_DAI', 'Phản ánh hộ liền kề xây dựng lấn chiếm lối đi chung, vi phạm trật tự xây dựng', 'Đề nghị xử lý vi phạm'],
  ['HANH_CHINH.CHE_DO_CHINH_SACH', 'Khiếu nại việc cắt trợ cấp xã hội hằng tháng đối với người cao tuổi', 'Đề nghị khôi phục trợ cấp'],
  ['KHAC', 'Phản ánh mùi hôi và nước thải từ cơ sở chăn nuôi gây ô nhiễm môi trường', 'Đề nghị kiểm tra, xử lý ô nhiễm'],
  ['TU_PHAP', 'Đề nghị hướng dẫn thủ tục phân chia di sản thừa kế là quyền sử dụng đất', 'Đề nghị hướng dẫn'],
  ['HANH_CHINH.KHAC', 'Khiếu nại quyết định xử phạt vi phạm hành chính trong lĩnh vực xây dựng', 'Đề nghị xem xét lại mức phạt'],
  ['KHAC', 'Phản ánh đường hẻm xuống cấp, ngập nước khi mưa lớn', 'Đề nghị sửa chữa, nâng cấp đường'],
  ['DAT_DAI', 'Tranh chấp đất đai với hộ liền kề về ranh giới thửa đất', 'Đề nghị hòa giải, giải quyết tranh chấp'],
  ['HANH_CHINH.DAT_DAI_NHA_CUA', 'Kiến nghị về mức bồi thường khi thu hồi đất mở rộng đường', 'Đề nghị bố trí tái định cư'],
];
const DENUNCIATIONS = [
  ['HANH_CHINH.CONG_CHUC_CONG_VU', 'Tố cáo công chức có hành vi gây nhũng nhiễu khi tiếp nhận hồ sơ', 'Đề nghị xác minh, xử lý'],
  ['THAM_NHUNG', 'Tố cáo cán bộ thu tiền của người dân trái quy định', 'Đề nghị xác minh, xử lý theo quy định'],
];
/** fold_vi (V2__organisation.sql) in JavaScript, for the seed's precomputed search keys: the same result on Vietnamese. */
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
const lit = (a) => `(ARRAY[${a.map((s) => `'${s.replaceAll("'", "''")}'`).join(', ')}])`;

/** One batch [lo, hi] of visits and their visitor, in one statement (data-modifying CTEs share one source). */
const BATCH_SQL = `
WITH src AS (
  SELECT g, a.u, c.y, c.idx, d.at, r.g_root, r.repeat,
         r.g_root % 20 = 7 AS conf,
         ${lit(SURNAMES)}[1 + r.g_root % ${SURNAMES.length}] || ' ' || m.middle || ' '
           || ${lit(GIVENS)}[1 + (r.g_root / ${SURNAMES.length * MIDDLES.length}) % ${GIVENS.length}] AS full_name,
         ${lit(SURNAMES.map(fold))}[1 + r.g_root % ${SURNAMES.length}] || ' ' || m.middle_f || ' '
           || ${lit(GIVENS.map(fold))}[1 + (r.g_root / ${SURNAMES.length * MIDDLES.length}) % ${GIVENS.length}] AS name_f,
         m.middle LIKE 'Thị%' AS female,
         1945 + r.g_root % 60 AS birth_year,
         CASE WHEN r.g_root % 20 = 7 THEN ${lit(DENUNCIATIONS.map((x) => x[0]))}[1 + r.g_root % 2]
              ELSE ${lit(CONTENTS.map((x) => x[0]))}[1 + r.g_root % ${CONTENTS.length}] END AS field_code,
         CASE WHEN r.g_root % 20 = 7 THEN ${lit(DENUNCIATIONS.map((x) => x[1]))}[1 + r.g_root % 2]
              ELSE ${lit(CONTENTS.map((x) => x[1]))}[1 + r.g_root % ${CONTENTS.length}]
                   || CASE WHEN r.g_root % 1000 = 17 THEN ' liên quan đến trạm biến áp 110kV' ELSE '' END
                   || ' tại tổ ' || (1 + r.g_root % 30) END AS content,
         CASE WHEN r.g_root % 20 = 7 THEN ${lit(DENUNCIATIONS.map((x) => x[2]))}[1 + r.g_root % 2]
              ELSE ${lit(CONTENTS.map((x) => x[2]))}[1 + r.g_root % ${CONTENTS.length}] END AS request,
         CASE WHEN r.g_root % 20 = 7 THEN ${lit(DENUNCIATIONS.map((x) => fold(x[1] + ' ' + x[2])))}[1 + r.g_root % 2]
              ELSE ${lit(CONTENTS.map((x) => fold(x[1])))}[1 + r.g_root % ${CONTENTS.length}]
                   || CASE WHEN r.g_root % 1000 = 17 THEN ' ${fold('liên quan đến trạm biến áp 110kV')}' ELSE '' END
                   || ' tai to ' || (1 + r.g_root % 30) || ' '
                   || ${lit(CONTENTS.map((x) => fold(x[2])))}[1 + r.g_root % ${CONTENTS.length}] END AS text_f
  FROM generate_series($1::bigint, $2::bigint) AS g
  CROSS JOIN LATERAL (SELECT ((g - 1) % $4)::int AS u, (g - 1) / $4 AS k,
                             ($3::bigint - 1 - (g - 1) % $4) / $4 + 1 AS ku) a
  CROSS JOIN LATERAL (SELECT a.ku / 2 AS half) b
  CROSS JOIN LATERAL (SELECT CASE WHEN a.k < b.half THEN 2025 ELSE 2026 END AS y,
                             CASE WHEN a.k < b.half THEN a.k ELSE a.k - b.half END AS idx,
                             greatest(CASE WHEN a.k < b.half THEN b.half ELSE a.ku - b.half END, 1) AS cnt) c
  CROSS JOIN LATERAL (SELECT (make_date(c.y, 1, 1) + (c.idx * CASE c.y WHEN 2025 THEN 365 ELSE 330 END / c.cnt)::int
                              + time '07:00' + make_interval(mins => ((g * 7) % 240)::int))
                             AT TIME ZONE 'Asia/Ho_Chi_Minh' AS at) d
  CROSS JOIN LATERAL (SELECT g % 10 = 3 AND a.k >= 1 AND $4 % 10 <> 0 AND (g - $4) % 20 <> 7 AS repeat) rr
  CROSS JOIN LATERAL (SELECT CASE WHEN rr.repeat THEN g - $4 ELSE g END AS g_root, rr.repeat) r
  CROSS JOIN LATERAL (SELECT ${lit(MIDDLES)}[1 + (r.g_root / ${SURNAMES.length}) % ${MIDDLES.length}] AS middle,
                             ${lit(MIDDLES.map(fold))}[1 + (r.g_root / ${SURNAMES.length}) % ${MIDDLES.length}] AS middle_f) m
), visits AS (
  INSERT INTO reception_visit (id, org_unit_id, book_year, book_seq, received_at, reception_kind, status, party_kind,
                               headcount, confidential, denouncer_ref, classification, field_code, content_summary,
                               visitor_request, with_petition, handling_direction, guidance, transfer_to_name,
                               matter_id, first_time, result_notice_due, result_notice_sent_at, result_notice_kind,
                               search_text, created_at, created_by, updated_at, updated_by)
  SELECT md5('bench-visit:' || g)::uuid, ($5::uuid[])[u + 1], y,
         idx + 1 + CASE y WHEN 2025 THEN ($6::int[])[u + 1] ELSE ($7::int[])[u + 1] END,
         at, CASE WHEN g % 4 = 0 THEN 'PERIODIC' ELSE 'REGULAR' END,
         CASE WHEN g % 10 = 0 THEN 'RECORDED' WHEN g % 10 >= 7 THEN 'RESULT_NOTIFIED' ELSE 'HANDLED' END,
         'PERSON', 1, conf, CASE WHEN conf THEN md5('bench-denouncer:' || g)::uuid END,
         CASE WHEN conf THEN 'TO_CAO' WHEN g_root % 3 = 0 THEN 'KHIEU_NAI' ELSE 'KIEN_NGHI_PHAN_ANH' END,
         field_code, content, request, true,
         CASE WHEN g % 10 = 0 THEN NULL WHEN g % 3 = 0 THEN 'THU_LY' WHEN g % 3 = 1 THEN 'TRA_LAI_VA_HUONG_DAN'
              ELSE 'CHUYEN_DON' END,
         CASE WHEN g % 10 <> 0 AND g % 3 = 1 THEN 'Hướng dẫn công dân liên hệ cơ quan có thẩm quyền' END,
         CASE WHEN g % 10 <> 0 AND g % 3 = 2 THEN 'Sở Nông nghiệp và Môi trường' END,
         md5('bench-matter:' || g_root)::uuid, NOT repeat,
         (at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 14,
         CASE WHEN g % 10 >= 7 THEN at + interval '10 days' END,
         CASE WHEN g % 10 >= 7 THEN CASE g % 3 WHEN 0 THEN 'DA_THU_LY' WHEN 1 THEN 'TU_CHOI_THU_LY' ELSE 'DA_CHUYEN' END END,
         CASE WHEN conf THEN text_f ELSE name_f || ' ' || text_f END,
         at, 'bench', at, 'bench'
  FROM src
), parties AS (
  SELECT md5('bench-party:' || g)::uuid AS id, md5('bench-visit:' || g)::uuid AS visit_id,
         CASE WHEN conf THEN md5('bench-denouncer:' || g)::uuid END AS denouncer_ref, conf, full_name, name_f,
         '075' || ((CASE WHEN birth_year >= 2000 THEN 2 ELSE 0 END) + (CASE WHEN female THEN 1 ELSE 0 END))
           || lpad((birth_year % 100)::text, 2, '0') || lpad(((g_root * 7919) % 1000000)::text, 6, '0') AS id_number,
         CASE WHEN female THEN 'FEMALE' ELSE 'MALE' END AS gender, birth_year,
         'Tổ ' || (1 + g_root % 30) || ', khu phố ' || (1 + g_root % 6) || ', ' || ($8::text[])[u + 1] AS address,
         'to ' || (1 + g_root % 30) || ', khu pho ' || (1 + g_root % 6) || ', ' || ($9::text[])[u + 1] AS address_f,
         '09' || lpad(((g_root * 48271) % 100000000)::text, 8, '0') AS phone
  FROM src
), plain AS (
  INSERT INTO visit_party (id, visit_id, ordinal, role, full_name, id_doc_type, id_number, gender, birth_year,
                           address_as_written, phone, id_key, name_key)
  SELECT id, visit_id, 1, 'VISITOR', full_name, 'CCCD', id_number, gender, birth_year, address, phone, id_number,
         name_f || '|' || address_f
  FROM parties WHERE NOT conf
)
INSERT INTO confidential_visit_party (id, denouncer_ref, ordinal, role, full_name, id_doc_type, id_number, gender,
                                      birth_year, address_as_written, phone, id_key, name_key)
SELECT id, denouncer_ref, 1, 'VISITOR', full_name, 'CCCD', id_number, gender, birth_year, address, phone, id_number,
       name_f || '|' || address_f
FROM parties WHERE conf`;

const LOADED_TABLES = ['reception_visit', 'visit_party', 'confidential_visit_party', 'reception_matter'];

async function seed() {
  const db = new pg.Client({ connectionString: DB_URL });
  await db.connect();
  try {
    const already = (await db.query("SELECT count(*)::int AS n FROM reception_visit WHERE created_by = 'bench'")).rows[0].n;
    if (already > 0) {
      log(`${already} bench visits already seeded: skipping the seed`);
      notes.push(`seed skipped: ${already} bench visits were already there`);
      return;
    }
    const units = (await db.query(`
      SELECT u.id, u.name, coalesce(c25.last_seq, 0) AS base2025, coalesce(c26.last_seq, 0) AS base2026
      FROM org_unit u
      LEFT JOIN visit_book_counter c25 ON c25.org_unit_id = u.id AND c25.book_year = 2025
      LEFT JOIN visit_book_counter c26 ON c26.org_unit_id = u.id AND c26.book_year = 2026
      WHERE u.valid_to IS NULL AND u.kind IN ('COMMUNE_PEOPLES_COMMITTEE', 'DEPARTMENT')
      ORDER BY u.code`)).rows;
    if (units.length % 10 === 0) units.pop(); // keeps the repeat-visit rule simple (see BATCH_SQL)
    const U = units.length;
    log(`seeding ${VISITS} visits over ${U} units in batches of ${BATCH}`);
    const t0 = performance.now();
    await db.query("SET session_replication_role = replica"); // no FK triggers: every reference is built valid
    await db.query("SET synchronous_commit = off");
    await db.query("SET maintenance_work_mem = '512MB'");
    await db.query("SET max_parallel_maintenance_workers = 2");
    const indexes = (await db.query(`
      SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
      FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1) AND NOT i.indisunique AND NOT i.indisprimary`, [LOADED_TABLES])).rows;
    for (const ix of indexes) await db.query(`DROP INDEX ${ix.name}`);
    try {
      await load(db, units, indexes, t0);
    } catch (e) {
      log(`seeding failed (${e.message}): putting the indexes back`);
      for (const ix of indexes) await db.query(ix.def.replace('CREATE INDEX', 'CREATE INDEX IF NOT EXISTS'));
      throw e;
    }
  } finally {
    await db.end();
  }
}

async function load(db, units, indexes, t0) {
    const U = units.length;
    const args = [U, units.map((u) => u.id), units.map((u) => Number(u.base2025)), units.map((u) => Number(u.base2026)),
      units.map((u) => u.name.replace(/^UBND /, '')), units.map((u) => fold(u.name.replace(/^UBND /, '')))];
    // Batches touch disjoint book numbers, so SEED_CONNECTIONS of them run side by side (one per core).
    const ranges = [];
    for (let lo = 1; lo <= VISITS; lo += BATCH) ranges.push([lo, Math.min(VISITS, lo + BATCH - 1)]);
    const worker = async () => {
      const c = new pg.Client({ connectionString: DB_URL });
      await c.connect();
      try {
        await c.query("SET session_replication_role = replica");
        await c.query("SET synchronous_commit = off");
        for (let r = ranges.shift(); r; r = ranges.shift()) {
          const b0 = performance.now();
          await c.query(BATCH_SQL, [r[0], r[1], VISITS, ...args]);
          log(`  visits ${r[0]}–${r[1]}: ${((performance.now() - b0) / 1000).toFixed(1)} s`);
        }
      } finally {
        await c.end();
      }
    };
    await Promise.all(Array.from({ length: SEED_CONNECTIONS }, worker));
    await db.query('ANALYZE reception_visit'); // fresh statistics, or the matter query below plans a nested loop
    const tVisits = performance.now();
    await db.query(`
      INSERT INTO reception_matter (id, org_unit_id, classification, field_code, summary, confidential, first_visit_at,
                                    last_visit_at, visits_count, created_at, created_by, updated_at, updated_by)
      SELECT v.matter_id, v.org_unit_id, v.classification, v.field_code, v.content_summary, v.confidential,
             x.first_at, x.last_at, x.n, v.received_at, 'bench', v.received_at, 'bench'
      FROM (SELECT matter_id, count(*)::int AS n, min(received_at) AS first_at, max(received_at) AS last_at
            FROM reception_visit WHERE created_by = 'bench' GROUP BY matter_id) x
      JOIN reception_visit v ON v.matter_id = x.matter_id AND v.first_time AND v.created_by = 'bench'`);
    await db.query(`
      INSERT INTO visit_book_counter (org_unit_id, book_year, last_seq)
      SELECT org_unit_id, book_year, max(book_seq) FROM reception_visit GROUP BY 1, 2
      ON CONFLICT (org_unit_id, book_year) DO UPDATE SET last_seq = greatest(visit_book_counter.last_seq, EXCLUDED.last_seq)`);
    const tMatters = performance.now();
    for (const ix of indexes) {
      const i0 = performance.now();
      await db.query(ix.def);
      log(`  index ${ix.name}: ${((performance.now() - i0) / 1000).toFixed(1)} s`);
    }
    await db.query("SET session_replication_role = origin");
    const tIndexes = performance.now();
    for (const t of LOADED_TABLES) await db.query(`VACUUM ANALYZE ${t}`);
    const t1 = performance.now();
    const mismatches = (await db.query(`SELECT count(*)::int AS n FROM (
        SELECT v.search_text, p.full_name, p.address_as_written, p.name_key, v.content_summary, v.visitor_request
        FROM reception_visit v JOIN visit_party p ON p.visit_id = v.id WHERE v.created_by = 'bench' LIMIT 5000) x
      WHERE search_text <> fold_vi(full_name || ' ' || content_summary || ' ' || visitor_request)
         OR name_key <> fold_vi(full_name) || '|' || fold_vi(address_as_written)`)).rows[0].n;
    if (mismatches > 0) throw new Error(`${mismatches} of 5000 seeded search keys differ from fold_vi()`);
    const s = (a, b) => ((b - a) / 1000).toFixed(1);
    const counts = (await db.query(`SELECT (SELECT count(*) FROM reception_visit) AS visits,
        (SELECT count(*) FROM visit_party) AS parties, (SELECT count(*) FROM confidential_visit_party) AS confidential,
        (SELECT count(*) FROM reception_matter) AS matters,
        pg_size_pretty(pg_total_relation_size('reception_visit')) AS visit_size`)).rows[0];
    const line = `seed ${VISITS} visits: ${s(t0, t1)} s total (rows ${s(t0, tVisits)} s, matters+counters `
      + `${s(tVisits, tMatters)} s, ${indexes.length} indexes ${s(tMatters, tIndexes)} s, vacuum analyze `
      + `${s(tIndexes, t1)} s); now ${counts.visits} visits, ${counts.parties} parties, ${counts.confidential} `
      + `confidential parties, ${counts.matters} matters; reception_visit ${counts.visit_size}`;
    log(line);
    notes.push(line);
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP
// ---------------------------------------------------------------------------------------------------------------
let token = null;
let tokenExpires = 0;
let tokenPending = null;

async function fetchToken() {
  const res = await fetch(`${KC}/realms/tiepdan/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'tiepdan-cli', username: USER, password: PASSWORD }),
  });
  if (!res.ok) throw new Error(`token: HTTP ${res.status} ${await res.text()}`);
  const json = await res.json();
  token = json.access_token;
  tokenExpires = Date.now() + (json.expires_in - 30) * 1000;
}

async function bearer() {
  if (!token || Date.now() > tokenExpires) {
    tokenPending ??= fetchToken().finally(() => { tokenPending = null; });
    await tokenPending;
  }
  return `Bearer ${token}`;
}

const pick = (a) => a[Math.floor(Math.random() * a.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

function visitBody() {
  const female = Math.random() < 0.5;
  const birthYear = 1950 + Math.floor(Math.random() * 55);
  const century = (birthYear >= 2000 ? 2 : 0) + (female ? 1 : 0);
  const [fieldCode, content, request] = pick(CONTENTS.filter(([f]) => !f.startsWith('HANH_CHINH')));
  return {
    receivedAt: new Date().toISOString(),
    channel: 'IN_PERSON',
    partyKind: 'PERSON',
    parties: [{
      role: 'VISITOR',
      fullName: `${pick(SURNAMES)} ${female ? pick(['Thị', 'Thị Bích', 'Thị Thu', 'Thị Ngọc']) : pick(['Văn', 'Hoàng', 'Minh', 'Quốc', 'Hữu', 'Đức'])} ${pick(GIVENS)}`,
      idDocType: 'CCCD',
      idNumber: `075${century}${String(birthYear % 100).padStart(2, '0')}${digits(6)}`,
      gender: female ? 'FEMALE' : 'MALE',
      birthYear,
      addressAsWritten: `Tổ ${1 + Math.floor(Math.random() * 30)}, khu phố ${1 + Math.floor(Math.random() * 6)}, phường Trấn Biên`,
      phone: `09${digits(8)}`,
    }],
    classification: 'KIEN_NGHI_PHAN_ANH',
    fieldCode,
    contentSummary: content,
    visitorRequest: request,
    withPetition: true,
    documents: [{ title: 'Đơn kiến nghị', pages: 1, copyKind: 'ORIGINAL' }],
    handlingDirection: 'TRA_LAI_VA_HUONG_DAN',
    guidance: 'Hướng dẫn công dân liên hệ Trung tâm phục vụ hành chính công phường để được giải quyết theo thủ tục',
  };
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function record(measure, latencies, errors, seconds) {
  const sorted = [...latencies].sort((a, b) => a - b);
  rows.push([measure, String(latencies.length + errors), seconds ? (latencies.length / seconds).toFixed(1) : '',
    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), String(errors)]);
  if (latencies.length === 0) process.exitCode = 1; // nothing succeeded: the run is not a measurement
}

async function timed(method, path, body) {
  const t0 = performance.now();
  const res = await fetch(API + path, {
    method,
    headers: {
      Authorization: await bearer(), Accept: 'application/json', 'Accept-Language': 'vi',
      ...(body ? { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { ms: performance.now() - t0, status: res.status, text };
}

const errorSamples = new Map();
function sampleError(what, r) {
  const key = `${what} ${r.status ?? r.error}`;
  if (!errorSamples.has(key)) errorSamples.set(key, { n: 0, sample: String(r.text ?? r.error).slice(0, 300) });
  errorSamples.get(key).n++;
}

async function create() {
  await bearer();
  log(`create: ${DESKS} desks, ${WARMUP} s warm-up then ${SECONDS} s`);
  const warmEnd = Date.now() + WARMUP * 1000;
  const end = warmEnd + SECONDS * 1000;
  const latencies = [];
  let errors = 0;
  const desk = async () => {
    while (Date.now() < end) {
      let r;
      try {
        r = await timed('POST', '/api/v1/visits', visitBody());
      } catch (e) {
        r = { error: e.message, ms: 0 };
      }
      if (Date.now() <= warmEnd) continue;
      if (r.status === 201) latencies.push(r.ms);
      else { errors++; sampleError('POST /visits', r); }
    }
  };
  await Promise.all(Array.from({ length: DESKS }, desk));
  record(`POST /visits (${DESKS} desks, ${SECONDS} s)`, latencies, errors, SECONDS);
}

async function search() {
  let idNumber = '075080123456';
  const db = new pg.Client({ connectionString: DB_URL });
  try {
    await db.connect();
    const r = await db.query(`SELECT p.id_number FROM visit_party p JOIN reception_visit v ON v.id = p.visit_id
      WHERE v.org_unit_id = $1 AND p.id_number IS NOT NULL ORDER BY v.received_at DESC LIMIT 1`, [TRANBIEN]);
    if (r.rows.length) idNumber = r.rows[0].id_number;
  } catch (e) {
    log(`no database for the lookup id (${e.message}); using ${idNumber}`);
  } finally {
    await db.end().catch(() => {});
  }
  const terms = ['nguyen', 'tran thi bich ngoc', 'Lê Hoàng Phúc', 'tram bien ap', 'dat dai', 'karaoke',
    'boi thuong giai phong mat bang', 'giay chung nhan', 'o nhiem', 'nguyen van an'];
  const run = async (measure, path) => {
    const latencies = [];
    let errors = 0;
    await timed('GET', path).catch(() => {}); // one unmeasured call: plans and caches warm
    for (let i = 0; i < REPS; i++) {
      let r;
      try {
        r = await timed('GET', path);
      } catch (e) {
        r = { error: e.message };
      }
      if (r.status === 200) latencies.push(r.ms);
      else { errors++; sampleError(`GET ${path.split('?')[0]}`, r); }
    }
    record(measure, latencies, errors, 0);
  };
  await bearer();
  for (const q of terms) {
    await run(`search q="${q}"`, `/api/v1/visits?q=${encodeURIComponent(q)}&size=20`);
  }
  await run('list page (no q)', '/api/v1/visits?size=20');
  await run('list page 50 (no q)', '/api/v1/visits?size=20&page=50');
  await run('lookup by idNumber', `/api/v1/visits/lookup?idNumber=${idNumber}`);
}

function summary() {
  const fmt = (v) => (typeof v === 'number' ? (Number.isNaN(v) ? '-' : v.toFixed(1)) : String(v));
  const head = ['measure', 'requests', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors'];
  const table = [head, ...rows.map((r) => r.map(fmt))];
  const widths = head.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const lines = table.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  const out = [
    `TiếpDân bench-visits ${new Date().toISOString()} (user ${USER}, API ${API})`,
    ...notes, '', ...lines,
    ...(errorSamples.size ? ['', 'errors:', ...[...errorSamples].map(([k, v]) => `  ${k} ×${v.n}: ${v.sample}`)] : []),
    `(search rows: ${REPS} sequential requests each after one unmeasured call; percentiles are nearest-rank)`,
  ].join('\n');
  console.log(out);
  mkdirSync(dirname(RESULT), { recursive: true });
  writeFileSync(RESULT, out + '\n');
  log(`written to ${RESULT}`);
}

const phases = process.argv.length > 2 ? process.argv.slice(2) : ['all'];
const has = (p) => phases.includes(p) || phases.includes('all');
try {
  if (has('seed')) await seed();
  if (phases.includes('token')) { await bearer(); log(`token for ${USER}: ${token.length} chars`); }
  if (has('create')) await create();
  if (has('search')) await search();
} finally {
  if (!phases.includes('token')) summary();
}
