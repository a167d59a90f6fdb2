-- Demo reception schedules (LOCAL USE ONLY): every current commune chairperson and department head holds the daily
-- "Buổi sáng với Nhân dân" (07:00–08:00 every working day, CV 1572/CV 10549) from 2026-10-01, published. Sessions
-- run from 2026-10-01 to 60 days ahead of today over the working-day calendar; past ones get a held state derived
-- only from their day and official, so every start gives the same living calendar. Idempotent: fixed schedule ids,
-- ON CONFLICT for sessions, and UPDATEs that only set states derived from the data itself.
INSERT INTO reception_schedule (id, org_unit_id, presiding_official_id, title, rrule, start_time, end_time,
                                reception_place_id, place_text, channel, kind, program, holiday_policy, valid_from,
                                published_at, created_by, updated_by)
SELECT overlay(o.id::text placing '8003' from 20 for 4)::uuid, u.id, o.id, 'Buổi sáng với Nhân dân',
       'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR', time '07:00', time '08:00', p.id,
       CASE WHEN p.id IS NULL THEN coalesce(u.address, u.name) END, 'IN_PERSON', 'PERIODIC',
       'BUOI_SANG_VOI_NHAN_DAN', 'SKIP', date '2026-10-01', timestamptz '2026-09-25 09:00+07', 'demo', 'demo'
FROM official o
JOIN org_unit u ON u.id = o.org_unit_id
LEFT JOIN LATERAL (SELECT rp.id FROM reception_place rp WHERE rp.org_unit_id = u.id ORDER BY rp.position, rp.id
                   LIMIT 1) p ON true
WHERE o.is_head AND o.valid_to IS NULL AND u.valid_to IS NULL AND o.created_by = 'demo'
  AND u.kind IN ('COMMUNE_PEOPLES_COMMITTEE', 'DEPARTMENT')
ON CONFLICT (id) DO UPDATE
  SET rrule = EXCLUDED.rrule, start_time = EXCLUDED.start_time, end_time = EXCLUDED.end_time,
      program = EXCLUDED.program, holiday_policy = EXCLUDED.holiday_policy, valid_from = EXCLUDED.valid_from;

-- One session per working day (weekday not off, or a weekend day worked) from the start of the schedule.
INSERT INTO reception_session (id, schedule_id, org_unit_id, session_date, planned_start, planned_end,
                               reception_place_id, place_text, channel, kind, program, status, obligated_head_id,
                               presiding_official_id, published_at, created_by, updated_by)
SELECT md5(s.id::text || d.day::text)::uuid, s.id, s.org_unit_id, d.day, s.start_time, s.end_time,
       s.reception_place_id, coalesce(rp.name || ', ' || rp.address, s.place_text), s.channel, s.kind, s.program,
       'PUBLISHED', s.presiding_official_id, s.presiding_official_id, s.published_at, 'demo', 'demo'
FROM reception_schedule s
LEFT JOIN reception_place rp ON rp.id = s.reception_place_id
CROSS JOIN LATERAL generate_series(s.valid_from, current_setting('tiepdan.today')::date + 60, interval '1 day') AS g(ts)
CROSS JOIN LATERAL (SELECT g.ts::date AS day) d
LEFT JOIN calendar_day c ON c.day = d.day AND c.closed_at IS NULL
WHERE s.created_by = 'demo'
  AND CASE WHEN c.kind IS NOT NULL THEN c.kind = 'WORKING_DAY' ELSE extract(isodow FROM d.day) < 6 END
ON CONFLICT (schedule_id, session_date) WHERE schedule_id IS NOT NULL DO NOTHING;

-- Past sessions are held: h = (day of year + official number) mod 10 decides how. 0–4: held on time with
-- visitors; 5 and 8: held, checked in late (07:15 / 07:18); 6, 7: nobody came; 9: held with one visitor.
UPDATE reception_session r
SET status = CASE WHEN h.v IN (6, 7) THEN 'HELD_NO_VISITORS' ELSE 'HELD' END,
    actual_start = (r.session_date + r.planned_start + make_interval(mins => CASE h.v WHEN 5 THEN 15 WHEN 8 THEN 18
                    ELSE h.v END)) AT TIME ZONE 'Asia/Ho_Chi_Minh',
    actual_end = (r.session_date + r.planned_end) AT TIME ZONE 'Asia/Ho_Chi_Minh',
    visitors_count = CASE WHEN h.v IN (6, 7) THEN 0 WHEN h.v = 9 THEN 1 ELSE 1 + h.v % 3 END,
    updated_by = 'demo'
FROM (SELECT id, (extract(doy FROM session_date)::int + right(obligated_head_id::text, 3)::int) % 10 AS v
      FROM reception_session WHERE created_by = 'demo') h
WHERE h.id = r.id AND r.created_by = 'demo' AND r.session_date < current_setting('tiepdan.today')::date AND r.status = 'PUBLISHED'
  AND r.actual_start IS NULL;

-- One cancelled morning with its public notice, and one delegated to the deputy (UBND phường Trấn Biên).
UPDATE reception_session
SET status = 'CANCELLED', actual_start = NULL, actual_end = NULL, visitors_count = NULL, updated_by = 'demo',
    notice = 'Chủ tịch UBND phường dự họp đột xuất tại UBND tỉnh; buổi tiếp công dân sáng 13/11/2026 tạm hoãn. '
          || 'Công dân có nhu cầu liên hệ Bộ phận tiếp công dân phường.'
WHERE schedule_id = '00000000-0000-4000-8003-000000000002' AND session_date = date '2026-11-13';
UPDATE reception_session
SET delegated = true, presiding_official_id = '00000000-0000-4000-8002-000000000016', updated_by = 'demo',
    delegation_reason = 'Chủ tịch đi công tác theo Quyết định của UBND tỉnh; ủy quyền Phó Chủ tịch chủ trì'
WHERE schedule_id = '00000000-0000-4000-8003-000000000002' AND session_date = date '2026-11-20';
