-- Five-year data set for the reports/dashboard benchmark (`make bench-reports`, scripts/bench-reports.sh).
-- Runs on an EMPTY, freshly migrated database (TIEPDAN_DEMO_DATA=false), set-based only (INSERT … SELECT over
-- generate_series; ids are md5-derived UUIDs so rows reference each other without lookups).
--   psql -v visits=1050000 -v matters=750000 -v petitions=210000 -v cases=205000 -f generate-reports.sql
-- Tree: UBND tỉnh (root) → 10 departments (each with one public service unit) + 110 communes = 131 units;
-- 2022-01-01 .. today (sessions planned up to 2026-12-31). No personal data: no visit/petition parties.
\set ON_ERROR_STOP on
\if :{?visits} \else \set visits 1050000 \endif
\if :{?matters} \else \set matters 750000 \endif
\if :{?petitions} \else \set petitions 210000 \endif
\if :{?cases} \else \set cases 205000 \endif
\timing on
SET synchronous_commit = off;
SET work_mem = '128MB';
SET maintenance_work_mem = '256MB';

CREATE TEMP TABLE k AS SELECT date '2022-01-01' AS d0, current_date AS today,
    (current_date - date '2022-01-01') AS ndays;

-- ---------------------------------------------------------------- units and officials
CREATE TEMP TABLE u AS
SELECT 0 AS i, '00000000-0000-4000-8000-000000000001'::uuid AS id, 'DN' AS code, 'UBND tỉnh Đồng Nai' AS name,
       'PROVINCIAL_PEOPLES_COMMITTEE' AS kind, 'PROVINCE' AS level, NULL::uuid AS parent_id,
       '/00000000-0000-4000-8000-000000000001/' AS path
UNION ALL
SELECT i, md5('u' || i)::uuid, 'BS-SO-' || i, 'Sở số ' || i, 'DEPARTMENT', 'PROVINCE',
       '00000000-0000-4000-8000-000000000001'::uuid,
       '/00000000-0000-4000-8000-000000000001/' || md5('u' || i)::uuid || '/'
FROM generate_series(1, 10) i
UNION ALL
SELECT i, md5('u' || i)::uuid, 'BS-XA-' || i, 'UBND xã số ' || i, 'COMMUNE_PEOPLES_COMMITTEE', 'COMMUNE',
       '00000000-0000-4000-8000-000000000001'::uuid,
       '/00000000-0000-4000-8000-000000000001/' || md5('u' || i)::uuid || '/'
FROM generate_series(11, 120) i;
INSERT INTO u
SELECT i, md5('u' || i)::uuid, 'BS-DV-' || i, 'Trung tâm số ' || i, 'PUBLIC_SERVICE_UNIT', 'PROVINCE',
       md5('u' || (i - 120))::uuid,
       '/00000000-0000-4000-8000-000000000001/' || md5('u' || (i - 120))::uuid || '/' || md5('u' || i)::uuid || '/'
FROM generate_series(121, 130) i;

INSERT INTO org_unit (id, code, name, kind, level, parent_id, path, valid_from, created_by)
SELECT id, code, name, kind, level, parent_id, path, date '2020-01-01', 'bench' FROM u ORDER BY i;

INSERT INTO official (id, full_name, position, org_unit_id, is_head, is_deputy, valid_from, created_by)
SELECT md5('o' || i)::uuid, 'Thủ trưởng ' || i, 'Thủ trưởng', id, true, false, date '2020-01-01', 'bench' FROM u
UNION ALL
SELECT md5('d' || i)::uuid, 'Cấp phó ' || i, 'Cấp phó', id, false, true, date '2020-01-01', 'bench' FROM u;

-- ---------------------------------------------------------------- working days and BSVND sessions
CREATE TEMP TABLE wd AS
SELECT d::date AS d FROM generate_series(date '2022-01-01', date '2026-12-31', interval '1 day') d
WHERE (extract(isodow FROM d) < 6
       AND NOT EXISTS (SELECT 1 FROM calendar_day c WHERE c.day = d::date AND c.kind = 'DAY_OFF' AND c.closed_at IS NULL))
   OR EXISTS (SELECT 1 FROM calendar_day c WHERE c.day = d::date AND c.kind = 'WORKING_DAY' AND c.closed_at IS NULL);

INSERT INTO reception_schedule (id, org_unit_id, presiding_official_id, title, rrule, start_time, end_time, place_text,
                                channel, kind, program, holiday_policy, valid_from, published_at, created_by)
SELECT md5('s' || i)::uuid, id, md5('o' || i)::uuid, 'Buổi sáng với Nhân dân', 'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR',
       time '07:00', time '08:00', 'Trụ sở', 'IN_PERSON', 'PERIODIC', 'BUOI_SANG_VOI_NHAN_DAN', 'SKIP',
       date '2022-01-01', timestamptz '2021-12-20 09:00+07', 'bench'
FROM u WHERE i BETWEEN 1 AND 120;

INSERT INTO reception_session (id, schedule_id, org_unit_id, session_date, planned_start, planned_end, place_text,
                               channel, kind, program, status, obligated_head_id, presiding_official_id, delegated,
                               delegation_reason, notice, created_by)
SELECT md5('ss' || u.i || wd.d)::uuid, md5('s' || u.i)::uuid, u.id, wd.d, time '07:00', time '08:00', 'Trụ sở',
       'IN_PERSON', 'PERIODIC', 'BUOI_SANG_VOI_NHAN_DAN',
       CASE WHEN wd.d > k.today THEN 'PUBLISHED' WHEN h < 2 THEN 'CANCELLED' WHEN h = 2 THEN 'POSTPONED'
            WHEN h < 6 THEN 'HELD' WHEN h < 10 THEN 'HELD_NO_VISITORS' ELSE 'HELD' END,
       md5('o' || u.i)::uuid,
       CASE WHEN wd.d <= k.today AND h BETWEEN 3 AND 5 THEN md5('d' || u.i)::uuid ELSE md5('o' || u.i)::uuid END,
       wd.d <= k.today AND h BETWEEN 3 AND 5,
       CASE WHEN wd.d <= k.today AND h BETWEEN 3 AND 5 THEN 'Thủ trưởng đi công tác' END,
       CASE WHEN wd.d <= k.today AND h < 3 THEN 'Lùi buổi tiếp do công tác đột xuất' END, 'bench'
FROM u CROSS JOIN wd CROSS JOIN k
CROSS JOIN LATERAL (SELECT (u.i * 7919 + (wd.d - date '2022-01-01') * 104729) % 100 AS h) x
WHERE u.i BETWEEN 1 AND 120;

-- ---------------------------------------------------------------- matters and visits
INSERT INTO reception_matter (id, org_unit_id, classification, field_code, summary, first_visit_at, last_visit_at,
                              visits_count, created_by)
SELECT md5('m' || m)::uuid, md5('u' || (1 + m % 130))::uuid,
       (ARRAY['KHIEU_NAI','TO_CAO','KIEN_NGHI_PHAN_ANH'])[1 + m % 3],
       (ARRAY['HANH_CHINH.DAT_DAI_NHA_CUA','HANH_CHINH.CONG_CHUC_CONG_VU','DAT_DAI'])[1 + m % 3],
       'Nội dung tiếp công dân', at, at, 1, 'bench'
FROM generate_series(1, :matters) m CROSS JOIN k
CROSS JOIN LATERAL (SELECT ((k.d0 + (m * 48271::bigint % k.ndays)::int)::timestamp + interval '7 hours')
                           AT TIME ZONE 'Asia/Ho_Chi_Minh' AS at) t;

INSERT INTO reception_visit (id, org_unit_id, book_year, book_seq, received_at, reception_kind, program, channel,
    status, party_kind, headcount, large_group, classification, field_code, content_summary, with_petition,
    statement_confirmation, handling_direction, matter_id, first_time, result_notice_due, result_notice_sent_at,
    created_by)
SELECT md5('v' || g)::uuid, md5('u' || (1 + m % 130))::uuid, extract(year FROM day)::int, g, at, kind,
       CASE WHEN kind = 'PERIODIC' THEN 'BUOI_SANG_VOI_NHAN_DAN' ELSE 'NONE' END, 'IN_PERSON', status,
       CASE WHEN large THEN 'GROUP' ELSE 'PERSON' END,
       CASE WHEN large THEN 5 + g % 26 WHEN g % 13 = 0 THEN 2 ELSE 1 END, large,
       (ARRAY['KHIEU_NAI','TO_CAO','KIEN_NGHI_PHAN_ANH'])[1 + m % 3],
       (ARRAY['HANH_CHINH.DAT_DAI_NHA_CUA','HANH_CHINH.CONG_CHUC_CONG_VU','DAT_DAI'])[1 + m % 3],
       'Nội dung tiếp công dân', NOT oral, CASE WHEN oral THEN 'SIGNED' END, direction, md5('m' || m)::uuid,
       g <= :matters,
       CASE WHEN direction IS NOT NULL THEN day + 14 END,
       CASE WHEN status = 'RESULT_NOTIFIED' THEN
            ((day + 14 - (g % 5) + CASE WHEN g % 17 = 0 THEN 4 ELSE 0 END)::timestamp + interval '9 hours')
            AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
       'bench'
FROM generate_series(1, :visits) g CROSS JOIN k
CROSS JOIN LATERAL (SELECT CASE WHEN g <= :matters THEN g ELSE 1 + (g * 7919::bigint % :matters)::int END AS m) a
CROSS JOIN LATERAL (SELECT k.d0 + least(k.ndays - 1, (a.m * 48271::bigint % k.ndays)::int
                           + CASE WHEN g <= :matters THEN 0 ELSE 1 + g % 60 END) AS day,
                           CASE WHEN g % 100 < 55 THEN 'PERIODIC' WHEN g % 100 < 95 THEN 'REGULAR' ELSE 'URGENT' END AS kind,
                           CASE WHEN g % 50 = 0 THEN 'REFUSED' WHEN g % 10 < 3 THEN 'RECORDED'
                                WHEN g % 10 < 8 THEN 'HANDLED' ELSE 'RESULT_NOTIFIED' END AS status,
                           g % 97 = 0 AS large) b
CROSS JOIN LATERAL (SELECT CASE WHEN b.status IN ('HANDLED','RESULT_NOTIFIED')
                                THEN (ARRAY['THU_LY','TRA_LAI_VA_HUONG_DAN','CHUYEN_DON'])[1 + (g / 10) % 3] END AS direction) c
CROSS JOIN LATERAL (SELECT coalesce(c.direction = 'TRA_LAI_VA_HUONG_DAN' AND g % 7 = 0, false) AS oral,
                           ((b.day)::timestamp + interval '7 hours' + (g % 480) * interval '1 minute')
                           AT TIME ZONE 'Asia/Ho_Chi_Minh' AS at) e;

-- ---------------------------------------------------------------- petitions
INSERT INTO petition (id, org_unit_id, petition_year, petition_seq, petition_no, received_on, received_at, source,
    signer_class, content, classification, field_code, processable, competence, decision, decided_at, status,
    duplicate_of_id, prior_resolution, transfer_reply_on, created_by)
SELECT md5('p' || p)::uuid, md5('u' || (1 + p % 130))::uuid, extract(year FROM day)::int, p,
       p || '/' || extract(year FROM day)::int || '/Đ', day, (day::timestamp + interval '8 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       (ARRAY['BUU_CHINH','TRUC_TIEP','CO_QUAN_KHAC_CHUYEN_DEN','CONG_DVC'])[1 + p % 4], 'MOT_NGUOI_DUNG_TEN',
       'Nội dung đơn', cls, (ARRAY['HANH_CHINH.DAT_DAI_NHA_CUA','HANH_CHINH.CONG_CHUC_CONG_VU','DAT_DAI'])[1 + p % 3],
       CASE WHEN decided THEN CASE WHEN p % 10 < 8 THEN 'DU_DIEU_KIEN' ELSE 'KHONG_DU_DIEU_KIEN' END END,
       CASE WHEN decided THEN CASE WHEN p % 3 = 0 THEN 'KHONG_THUOC_THAM_QUYEN' ELSE 'THUOC_THAM_QUYEN' END END,
       CASE WHEN NOT decided THEN NULL
            WHEN p % 10 >= 8 THEN (ARRAY['LUU_DON','TRA_LAI'])[1 + p % 2]
            WHEN p % 3 = 0 THEN (ARRAY['CHUYEN_DON','HUONG_DAN','DON_DOC'])[1 + (p / 3) % 3]
            ELSE 'DE_XUAT_THU_LY' END,
       CASE WHEN decided THEN ((day + p % 15)::timestamp + interval '15 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh' END,
       CASE WHEN decided THEN 'DECIDED' ELSE 'RECEIVED' END,
       CASE WHEN p % 25 = 0 THEN md5('p' || (p - 1))::uuid END,
       (ARRAY['CHUA_GIAI_QUYET','DA_GIAI_QUYET_LAN_DAU','DA_GIAI_QUYET_NHIEU_LAN', NULL])[1 + p % 4],
       CASE WHEN decided AND p % 3 = 0 AND (p / 3) % 3 = 0 AND p % 10 < 8 AND day + 40 <= k.today THEN day + 40 END,
       'bench'
FROM generate_series(1, :petitions) p CROSS JOIN k
CROSS JOIN LATERAL (SELECT k.d0 + (p * 16807::bigint % k.ndays)::int AS day,
                           (ARRAY['KHIEU_NAI','TO_CAO','KIEN_NGHI_PHAN_ANH'])[1 + p % 3] AS cls) a
CROSS JOIN LATERAL (SELECT p % 20 <> 0 AND a.day + p % 15 <= k.today AS decided) b;

-- ---------------------------------------------------------------- cases, timeline, decisions, deadlines
CREATE TEMP TABLE c AS
SELECT c, md5('c' || c)::uuid AS id, md5('u' || (1 + c % 130))::uuid AS unit, day, typ,
       day + 3 + c % 8 AS acc_on, day + 3 + c % 8 + rd AS dec_on, rd,
       c % 10 <> 9 AND day + 3 + c % 8 <= k.today AS acc,
       c % 10 <> 9 AND day + 3 + c % 8 + rd <= k.today AND c % 13 <> 0 AS res,
       c % 10 = 9 AS refused
FROM generate_series(1, :cases) c CROSS JOIN k
CROSS JOIN LATERAL (SELECT k.d0 + (c * 69621::bigint % k.ndays)::int AS day,
                           CASE WHEN c % 20 < 12 THEN 'KHIEU_NAI' WHEN c % 20 < 17 THEN 'TO_CAO'
                                ELSE 'KIEN_NGHI_PHAN_ANH' END AS typ,
                           15 + (c * 7) % 40 AS rd) a;

INSERT INTO case_file (id, origin_unit_id, case_year, case_seq, case_no, case_type, org_unit_id, status, instance,
    petition_id, received_on, title, summary, field_code, accepted_on, decided_on, result, created_by)
SELECT id, unit, extract(year FROM day)::int, c,
       c || '/' || extract(year FROM day)::int || '/' || CASE typ WHEN 'KHIEU_NAI' THEN 'KN' WHEN 'TO_CAO' THEN 'TC' ELSE 'PA' END,
       typ, unit,
       CASE WHEN refused THEN 'NOT_ACCEPTED'
            WHEN typ = 'KHIEU_NAI' THEN CASE WHEN res THEN 'DECIDED_L1' WHEN acc THEN 'VERIFYING_L1' ELSE 'RECEIVED' END
            WHEN typ = 'TO_CAO' THEN CASE WHEN res THEN 'CONCLUDED' WHEN acc THEN 'VERIFYING' ELSE 'INTAKE_CHECK' END
            ELSE CASE WHEN res THEN 'RESPONDED' WHEN acc THEN 'RESOLVING' ELSE 'RECEIVED' END END,
       CASE WHEN typ = 'KHIEU_NAI' THEN 1 END,
       CASE WHEN c <= :petitions THEN md5('p' || c)::uuid END,
       day, 'Vụ việc ' || lower(typ), 'Tóm tắt vụ việc', 'HANH_CHINH.DAT_DAI_NHA_CUA',
       CASE WHEN acc THEN acc_on END, CASE WHEN res THEN dec_on END,
       CASE WHEN res AND typ <> 'KIEN_NGHI_PHAN_ANH' THEN (ARRAY['DUNG_TOAN_BO','SAI_TOAN_BO','DUNG_MOT_PHAN'])[1 + c % 3] END,
       'bench'
FROM c;

INSERT INTO case_event (id, case_id, seq, at, action, from_status, to_status, actor_username, org_unit_id)
SELECT md5('e1' || c)::uuid, id, 1, (day::timestamp + interval '8 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'OPEN',
       NULL, 'RECEIVED', 'bench', unit FROM c
UNION ALL
SELECT md5('e2' || c)::uuid, id, 2, (acc_on::timestamp + interval '9 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh', 'ACCEPT',
       'RECEIVED', 'ACCEPTED', 'bench', unit FROM c WHERE acc
UNION ALL
SELECT md5('e2' || c)::uuid, id, 2, ((day + 5)::timestamp + interval '9 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       'REJECT', 'RECEIVED', 'NOT_ACCEPTED', 'bench', unit FROM c WHERE refused
UNION ALL
SELECT md5('e3' || c)::uuid, id, 3, (dec_on::timestamp + interval '10 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh',
       CASE typ WHEN 'KHIEU_NAI' THEN 'DECIDE' WHEN 'TO_CAO' THEN 'CONCLUDE' ELSE 'RESPOND' END,
       'VERIFYING', 'DECIDED', 'bench', unit FROM c WHERE res;

INSERT INTO case_decision (id, case_id, kind, doc_no, signed_on, result, scope, money_recover_state, land_return,
                           persons_sanctioned, resolved_by, on_time, created_by)
SELECT md5('a' || c)::uuid, id, 'ACCEPTANCE', c || '/QĐ-TL', acc_on, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'bench'
FROM c WHERE acc
UNION ALL
SELECT md5('r' || c)::uuid, id,
       CASE typ WHEN 'KHIEU_NAI' THEN 'RESOLUTION_L1' WHEN 'TO_CAO' THEN 'CONCLUSION' ELSE 'REPLY' END,
       c || '/QĐ-GQ', dec_on,
       CASE WHEN typ <> 'KIEN_NGHI_PHAN_ANH' THEN (ARRAY['DUNG_TOAN_BO','SAI_TOAN_BO','DUNG_MOT_PHAN'])[1 + c % 3] END,
       'FULL', CASE WHEN c % 11 = 0 THEN (c % 500)::numeric END, CASE WHEN c % 17 = 0 THEN (c % 900)::numeric END,
       CASE WHEN typ = 'TO_CAO' AND c % 9 = 0 THEN 1 END, 'DECISION', rd <= 30, 'bench'
FROM c WHERE res;

INSERT INTO legal_deadline (id, case_id, org_unit_id, kind, rule_code, rule_valid_from, start_on, due_on, status, met_on,
                            on_time)
SELECT md5('la' || c)::uuid, id, unit, CASE WHEN typ = 'TO_CAO' THEN 'INTAKE' ELSE 'ACCEPT' END,
       CASE WHEN typ = 'TO_CAO' THEN 'TC.INTAKE' ELSE 'KN.ACCEPT_L1' END,
       CASE WHEN typ = 'TO_CAO' THEN date '2019-01-01' ELSE date '2012-07-01' END, day, day + 14,
       CASE WHEN acc OR refused THEN 'MET' ELSE 'ACTIVE' END,
       CASE WHEN acc THEN acc_on WHEN refused THEN day + 5 END, CASE WHEN acc OR refused THEN true END
FROM c
UNION ALL
SELECT md5('lr' || c)::uuid, id, unit, 'RESOLVE', CASE WHEN typ = 'TO_CAO' THEN 'TC.RESOLVE' ELSE 'KN.RESOLVE_L1' END,
       CASE WHEN typ = 'TO_CAO' THEN date '2019-01-01' ELSE date '2012-07-01' END, acc_on, acc_on + 30,
       CASE WHEN res THEN 'MET' ELSE 'ACTIVE' END, CASE WHEN res THEN dec_on END, CASE WHEN res THEN rd <= 30 END
FROM c WHERE acc AND typ <> 'KIEN_NGHI_PHAN_ANH';

-- ---------------------------------------------------------------- inspections and recognitions
INSERT INTO inspection_record (id, org_unit_id, inspected_on, unannounced, session_held, rating, findings_discipline,
                               findings_conduct, inspector_username, created_by)
SELECT md5('i' || n)::uuid, md5('u' || (1 + n % 120))::uuid, k.d0 + (n * 271::bigint % k.ndays)::int, true,
       n % 9 <> 0, (ARRAY['GOOD','SATISFACTORY','NEEDS_IMPROVEMENT','VIOLATION'])[1 + n % 4],
       'Có mặt đúng giờ', 'Tác phong chuẩn mực', 'noivu', 'bench'
FROM generate_series(1, 3000) n CROSS JOIN k;

INSERT INTO recognition (id, org_unit_id, official_id, kind, form, decided_on, decision_no, decided_by, reason,
                         created_by)
SELECT md5('g' || n)::uuid, md5('u' || (1 + n % 120))::uuid, CASE WHEN n % 2 = 0 THEN md5('o' || (1 + n % 120))::uuid END,
       CASE WHEN n % 3 = 0 THEN 'CORRECTION' ELSE 'COMMENDATION' END,
       CASE WHEN n % 3 = 0 THEN 'NHAC_NHO' ELSE 'GIAY_KHEN' END,
       k.d0 + (n * 131::bigint % k.ndays)::int, n || '/QĐ-SNV', 'Sở Nội vụ', 'Kết quả mô hình Buổi sáng với Nhân dân', 'bench'
FROM generate_series(1, 800) n CROSS JOIN k;

VACUUM ANALYZE;
SELECT (SELECT count(*) FROM org_unit) AS units, (SELECT count(*) FROM reception_session) AS sessions,
       (SELECT count(*) FROM reception_visit) AS visits, (SELECT count(*) FROM reception_matter) AS matters,
       (SELECT count(*) FROM petition) AS petitions, (SELECT count(*) FROM case_file) AS cases,
       (SELECT count(*) FROM case_event) AS case_events, (SELECT count(*) FROM case_decision) AS decisions,
       (SELECT count(*) FROM legal_deadline) AS deadlines;
