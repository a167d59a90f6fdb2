// Fault tests' load and checks (driven by scripts/test-faults.sh, which starts the stack and injects the faults).
//
//   node faults.mjs replicas      (c) two API replicas, same visit, same version: one 200 and one 409 with currentVersion
//   node faults.mjs load          (d) desks create visits, each logical create retried with its Idempotency-Key until
//                                     a 2xx, while the script kills PostgreSQL and the API; writes the acknowledged ids
//   node faults.mjs verify        (d) every acknowledged write is stored once, no duplicates, the book is gapless
// Each check prints lines `PASS name: …` or `FAIL name: …`; the exit code is 1 when a check failed.
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import pg from 'pg';

const env = (name, fallback) => process.env[name] ?? fallback;
const API = env('FAULTS_API_URL', 'http://localhost:26080');
const API2 = env('FAULTS_API2_URL', 'http://localhost:26081');
const KC = env('FAULTS_KC_URL', 'http://localhost:27180');
const DB_URL = env('FAULTS_DB_URL', 'postgres://tiepdan:tiepdan@127.0.0.1:26433/tiepdan');
const USER = env('FAULTS_USER', 'canbo.tranbien');
const ROUNDS = Number(env('FAULTS_ROUNDS', '20'));
const DESKS = Number(env('FAULTS_DESKS', '6'));
const LOAD_SECONDS = Number(env('FAULTS_LOAD_SECONDS', '45'));
const RETRY_DEADLINE_SECONDS = Number(env('FAULTS_RETRY_DEADLINE_SECONDS', '90'));
const ACKED = env('FAULTS_ACKED', '/tmp/tiepdan-faults-acked.json');
const log = (...a) => console.error('[faults]', ...a);
let failed = false;
const check = (name, ok, detail) => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}`);
  if (!ok) failed = true;
};

let token = null;
let tokenExpires = 0;
async function bearer() {
  if (!token || Date.now() > tokenExpires) {
    const res = await fetch(`${KC}/realms/tiepdan/protocol/openid-connect/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'tiepdan-cli', username: USER, password: 'demo' }),
    });
    if (!res.ok) throw new Error(`token: HTTP ${res.status}`);
    const json = await res.json();
    token = json.access_token;
    tokenExpires = Date.now() + (json.expires_in - 30) * 1000;
  }
  return `Bearer ${token}`;
}

const digits = (n) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');

/** A visit as a reception desk records it (the shape of bench-visits.mjs), tagged with its logical key. */
function visitBody(tag) {
  const birthYear = 1950 + Math.floor(Math.random() * 50);
  return {
    receivedAt: new Date().toISOString(),
    channel: 'IN_PERSON',
    partyKind: 'PERSON',
    parties: [{
      role: 'VISITOR', fullName: 'Nguyễn Văn Thử', idDocType: 'CCCD',
      idNumber: `0750${String(birthYear % 100).padStart(2, '0')}${digits(6)}`,
      gender: 'MALE', birthYear, addressAsWritten: 'Tổ 1, khu phố 2, phường Trấn Biên', phone: `09${digits(8)}`,
    }],
    classification: 'KIEN_NGHI_PHAN_ANH',
    fieldCode: 'DAT_DAI',
    contentSummary: `Phản ánh việc chậm cấp Giấy chứng nhận quyền sử dụng đất [fault-${tag}]`,
    visitorRequest: 'Đề nghị đôn đốc cấp Giấy chứng nhận',
    withPetition: true,
    documents: [{ title: 'Đơn kiến nghị', pages: 1, copyKind: 'ORIGINAL' }],
    handlingDirection: 'TRA_LAI_VA_HUONG_DAN',
    guidance: 'Hướng dẫn công dân liên hệ Trung tâm phục vụ hành chính công phường để được giải quyết theo thủ tục',
  };
}

async function call(base, method, path, body, extra = {}, timeoutMs = 15000) {
  const res = await fetch(base + path, {
    method,
    headers: {
      Authorization: await bearer(), Accept: 'application/json', 'Accept-Language': 'en',
      ...(body ? { 'Content-Type': 'application/json' } : {}), ...extra,
    },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, json, text };
}

// (c) ---------------------------------------------------------------------------------------------------------
async function replicas() {
  const created = await call(API, 'POST', '/api/v1/visits', visitBody(randomUUID()),
    { 'Idempotency-Key': randomUUID() });
  if (created.status !== 201) throw new Error(`create: HTTP ${created.status} ${created.text.slice(0, 300)}`);
  const id = created.json.id;
  let good = 0;
  const bad = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const current = await call(API, 'GET', `/api/v1/visits/${id}`);
    const version = current.json.version;
    const patch = (base, who) => call(base, 'PATCH', `/api/v1/visits/${id}`,
      { version, visitorRequest: `Đề nghị đôn đốc (vòng ${round}, máy ${who})` });
    const answers = await Promise.all([patch(API, 1), patch(API2, 2)]);
    const statuses = answers.map((a) => a.status).sort();
    const conflict = answers.find((a) => a.status === 409);
    const ok = statuses[0] === 200 && statuses[1] === 409 && conflict.json?.currentVersion === version + 1;
    if (ok) good++;
    else bad.push(`round ${round}: ${statuses.join('+')} currentVersion=${conflict?.json?.currentVersion} (read ${version})`);
  }
  check('replicas', good === ROUNDS, `${good}/${ROUNDS} rounds gave exactly one 200 and one 409 with currentVersion`
    + (bad.length ? `; ${bad.slice(0, 5).join('; ')}` : ''));
}

// (d) ---------------------------------------------------------------------------------------------------------
async function load() {
  await bearer();
  const end = Date.now() + LOAD_SECONDS * 1000;
  const acked = [];
  const abandoned = [];
  let attempts = 0;
  const statuses = {};
  const desk = async () => {
    while (Date.now() < end) {
      const key = randomUUID();
      const body = visitBody(key);
      const deadline = Date.now() + RETRY_DEADLINE_SECONDS * 1000;
      let done = false;
      while (!done && Date.now() < deadline) {
        attempts++;
        let r;
        try {
          r = await call(API, 'POST', '/api/v1/visits', body, { 'Idempotency-Key': key }, 10000);
        } catch (e) {
          r = { status: e.name === 'TimeoutError' ? 'timeout' : 'refused' };
        }
        statuses[r.status] = (statuses[r.status] ?? 0) + 1;
        if (typeof r.status === 'number' && r.status >= 200 && r.status < 300) {
          acked.push({ key, id: r.json.id, unit: r.json.orgUnit?.id, year: r.json.bookYear, seq: r.json.bookSeq });
          done = true;
        } else {
          await new Promise((ok) => setTimeout(ok, 300));
        }
      }
      if (!done) abandoned.push(key);
    }
  };
  await Promise.all(Array.from({ length: DESKS }, desk));
  writeFileSync(ACKED, JSON.stringify({ acked, abandoned }));
  log(`load: ${acked.length} acknowledged creates, ${abandoned.length} abandoned, ${attempts} attempts, statuses ${JSON.stringify(statuses)}`);
  check('load-acknowledged', acked.length > 0 && abandoned.length === 0,
    `${acked.length} logical creates acknowledged, ${abandoned.length} never acknowledged within ${RETRY_DEADLINE_SECONDS} s`);
}

async function verify() {
  const { acked } = JSON.parse(readFileSync(ACKED, 'utf8'));
  const db = new pg.Client({ connectionString: DB_URL });
  await db.connect();
  try {
    const keys = acked.map((a) => a.key);
    const rows = (await db.query(
      `select substring(content_summary from '\\[fault-([0-9a-f-]+)\\]') as key, id::text as id
         from reception_visit where content_summary like '%[fault-%'`)).rows;
    const byKey = new Map();
    for (const r of rows) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.id]);
    const ids = new Set(rows.map((r) => r.id));
    const missing = acked.filter((a) => !ids.has(a.id));
    const duplicates = keys.filter((k) => (byKey.get(k)?.length ?? 0) > 1);
    check('no-lost-writes', missing.length === 0, `${missing.length} of ${acked.length} acknowledged visits missing`);
    check('no-duplicates', duplicates.length === 0, `${duplicates.length} logical creates stored more than once`);
    const books = new Map();
    for (const a of acked) books.set(`${a.unit}/${a.year}`, a);
    const gaps = [];
    for (const a of books.values()) {
      const r = (await db.query(`select count(*)::int n, coalesce(min(book_seq), 1) lo, coalesce(max(book_seq), 0) hi
          from reception_visit where org_unit_id = $1 and book_year = $2`, [a.unit, a.year])).rows[0];
      if (r.lo !== 1 || r.hi !== r.n) gaps.push(`${a.unit}/${a.year}: ${r.n} visits numbered ${r.lo}..${r.hi}`);
    }
    check('book-gapless', gaps.length === 0, gaps.length ? gaps.join('; ') : `${books.size} book(s) numbered 1..n without gaps`);
  } finally {
    await db.end();
  }
}

const phase = process.argv[2];
try {
  if (phase === 'replicas') await replicas();
  else if (phase === 'load') await load();
  else if (phase === 'verify') await verify();
  else throw new Error(`unknown phase ${phase}`);
} catch (e) {
  check(phase ?? 'faults', false, e.message);
}
process.exitCode = failed ? 1 : 0;
