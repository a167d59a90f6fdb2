-- Demo petitions and cases (LOCAL USE ONLY), derived from the demo reception book (040): every THU_LY visit of
-- UBND phường Trấn Biên and UBND xã Phú Lý got a petition (source TRUC_TIEP) decided DE_XUAT_THU_LY and a case.
-- The case's state depends on its rank r (by received date, per unit and type) and on its age, so the inbox shows
-- every badge: fresh cases still RECEIVED / INTAKE_CHECK, older ones accepted, verifying, decided or replied, and a few
-- left unattended past their deadline (overdue).
--   KHIEU_NAI           r % 5 = 0 RECEIVED; 1 ACCEPTED_L1; 2 VERIFYING_L1; 3 DECIDED_L1 (DUNG_MOT_PHAN); 4 VERIFYING_L1
--   TO_CAO              r % 4 = 0 INTAKE_CHECK; 1 ACCEPTED; 2 VERIFYING; 3 EXTENDED_1 (complex, one extension)
--   KIEN_NGHI_PHAN_ANH  r % 3 = 0 RESOLVING; 1 RESPONDED; 2 CLOSED
-- Accepted cases were accepted 5 days after receipt. Denunciation cases keep only the visit's denouncer_ref (the people
-- are in the identity vault). Due dates are left NULL here: DeadlineRefresh computes them with the deadline engine at
-- start (the working-day calendar is the only source of days off). Idempotent: ids are md5 of stable keys.

CREATE TEMP TABLE demo_case_src ON COMMIT DROP AS
SELECT v.id AS visit_id, v.org_unit_id, v.matter_id, v.classification AS case_type, v.confidential, v.denouncer_ref,
       v.content_summary, v.visitor_request, v.field_code, v.headcount >= 5 AS large_group,
       (v.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS received_on, v.received_at,
       row_number() OVER (PARTITION BY v.org_unit_id, v.classification ORDER BY v.received_at, v.id) - 1 AS r,
       md5('demo-petition:' || v.id)::uuid AS petition_id,
       md5('demo-case:' || v.id)::uuid AS case_id,
       CASE u.code WHEN 'DN-TRANBIEN' THEN 'xuly.tranbien' ELSE 'chutich.phuly' END AS handler,
       CASE u.code WHEN 'DN-TRANBIEN' THEN 'Lê Minh Tuấn' ELSE 'Võ Thị Mai' END AS handler_name
FROM reception_visit v
JOIN org_unit u ON u.id = v.org_unit_id
WHERE v.created_by = 'demo' AND v.handling_direction = 'THU_LY' AND v.case_id IS NULL
  AND v.classification IN ('KHIEU_NAI', 'TO_CAO', 'KIEN_NGHI_PHAN_ANH')
  AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.id = md5('demo-case:' || v.id)::uuid);

ALTER TABLE demo_case_src ADD COLUMN status varchar(32), ADD COLUMN accepted_on date, ADD COLUMN decided_on date,
    ADD COLUMN closed_on date, ADD COLUMN result varchar(32), ADD COLUMN complex boolean NOT NULL DEFAULT false,
    ADD COLUMN petition_seq int, ADD COLUMN case_seq int;

UPDATE demo_case_src SET status = CASE case_type
    WHEN 'KHIEU_NAI' THEN (ARRAY['RECEIVED', 'ACCEPTED_L1', 'VERIFYING_L1', 'DECIDED_L1', 'VERIFYING_L1'])[r % 5 + 1]
    WHEN 'TO_CAO' THEN (ARRAY['INTAKE_CHECK', 'ACCEPTED', 'VERIFYING', 'EXTENDED_1'])[r % 4 + 1]
    ELSE (ARRAY['RESOLVING', 'RESPONDED', 'CLOSED'])[r % 3 + 1] END;
-- Too fresh to be past the first steps: received less than 6 days ago stays at the start.
UPDATE demo_case_src SET status = CASE case_type WHEN 'KHIEU_NAI' THEN 'RECEIVED' WHEN 'TO_CAO' THEN 'INTAKE_CHECK'
    ELSE 'RESOLVING' END
WHERE received_on > current_setting('tiepdan.today')::date - 6;
UPDATE demo_case_src SET accepted_on = received_on + 5
WHERE status IN ('ACCEPTED_L1', 'VERIFYING_L1', 'DECIDED_L1', 'ACCEPTED', 'VERIFYING', 'EXTENDED_1');
UPDATE demo_case_src SET decided_on = least(received_on + 20, current_setting('tiepdan.today')::date - 1), result = 'DUNG_MOT_PHAN'
WHERE status = 'DECIDED_L1';
UPDATE demo_case_src SET decided_on = least(received_on + 12, current_setting('tiepdan.today')::date - 1), result = 'DUNG'
WHERE status IN ('RESPONDED', 'CLOSED');
UPDATE demo_case_src SET closed_on = least(received_on + 15, current_setting('tiepdan.today')::date - 1) WHERE status = 'CLOSED';
UPDATE demo_case_src SET complex = true WHERE status = 'EXTENDED_1';

-- Numbers: the next free ones of the unit and year, in received order.
UPDATE demo_case_src s SET petition_seq = n.seq + coalesce((SELECT last_seq FROM petition_counter pc
        WHERE pc.org_unit_id = s.org_unit_id AND pc.year = extract(year FROM s.received_on)::int), 0),
    case_seq = n.seq + coalesce((SELECT last_seq FROM case_counter cc
        WHERE cc.org_unit_id = s.org_unit_id AND cc.year = extract(year FROM s.received_on)::int), 0)
FROM (SELECT visit_id, row_number() OVER (PARTITION BY org_unit_id, extract(year FROM received_on)
        ORDER BY received_at, visit_id) AS seq FROM demo_case_src) n
WHERE n.visit_id = s.visit_id;

INSERT INTO petition (id, org_unit_id, petition_year, petition_seq, petition_no, received_on, received_at, source,
                      visit_id, written_date, signed, signer_class, petitioner_count, confidential, denouncer_ref,
                      content, request, field_code, classification, processable, competence, status, decision,
                      decided_at, decided_by, handler_username, case_id, search_text, created_at, created_by,
                      updated_at, updated_by)
SELECT s.petition_id, s.org_unit_id, extract(year FROM s.received_on)::int, s.petition_seq,
       s.petition_seq || '/' || extract(year FROM s.received_on)::int || '/Đ', s.received_on, s.received_at,
       'TRUC_TIEP', s.visit_id, s.received_on, true, 'MOT_NGUOI_DUNG_TEN', 1, s.confidential, s.denouncer_ref,
       s.content_summary, s.visitor_request, s.field_code, s.case_type, 'DU_DIEU_KIEN', 'THUOC_THAM_QUYEN',
       'DECIDED', 'DE_XUAT_THU_LY', s.received_at + interval '2 days', 'demo', s.handler, NULL,
       fold_vi(coalesce(s.content_summary, '')), s.received_at, 'demo', s.received_at, 'demo'
FROM demo_case_src s
ON CONFLICT DO NOTHING;

INSERT INTO case_file (id, origin_unit_id, case_year, case_seq, case_no, case_type, org_unit_id, status, instance,
                       petition_id, visit_id, matter_id, received_on, title, summary, field_code, is_new, complex,
                       complexity_criteria, complexity_reason, large_group, confidential, denouncer_ref,
                       security_level, handler_username, handler_name, accepted_on, decided_on, closed_on, result,
                       search_text, created_at, created_by, updated_at, updated_by)
SELECT s.case_id, s.org_unit_id, extract(year FROM s.received_on)::int, s.case_seq,
       s.case_seq || '/' || extract(year FROM s.received_on)::int || '/'
           || CASE s.case_type WHEN 'KHIEU_NAI' THEN 'KN' WHEN 'TO_CAO' THEN 'TC' ELSE 'PA' END,
       s.case_type, s.org_unit_id, s.status, CASE WHEN s.case_type = 'KHIEU_NAI' THEN 1 END,
       s.petition_id, s.visit_id, s.matter_id, s.received_on,
       left(coalesce(s.content_summary, 'Vụ việc'), 120), coalesce(s.content_summary, 'Vụ việc'), s.field_code, true,
       s.complex, CASE WHEN s.complex THEN '["MULTI_LOCATION"]' ELSE '[]' END::jsonb,
       CASE WHEN s.complex THEN 'Phải xác minh tại nhiều địa điểm' END, s.large_group, s.confidential,
       s.denouncer_ref, CASE WHEN s.confidential THEN 'MAT' ELSE 'THUONG' END,
       CASE WHEN s.status NOT IN ('RECEIVED', 'INTAKE_CHECK') THEN s.handler END,
       CASE WHEN s.status NOT IN ('RECEIVED', 'INTAKE_CHECK') THEN s.handler_name END,
       s.accepted_on, s.decided_on, s.closed_on, s.result,
       fold_vi(coalesce(s.content_summary, '')), s.received_at, 'demo', s.received_at, 'demo'
FROM demo_case_src s
ON CONFLICT DO NOTHING;

-- The petitioners of the open (non-denunciation) petitions are the visit's people.
INSERT INTO petition_party (id, petition_id, ordinal, role, full_name, id_doc_type, id_number, address, phone, id_key,
                            name_key)
SELECT md5('demo-petition-party:' || vp.id)::uuid, s.petition_id, vp.ordinal,
       CASE vp.role WHEN 'REPRESENTATIVE' THEN 'REPRESENTATIVE' WHEN 'ORGANISATION' THEN 'ORGANISATION'
                    ELSE 'PETITIONER' END,
       vp.full_name, vp.id_doc_type, vp.id_number, vp.address_as_written, vp.phone, vp.id_key, vp.name_key
FROM demo_case_src s
JOIN visit_party vp ON vp.visit_id = s.visit_id
WHERE NOT s.confidential
ON CONFLICT DO NOTHING;
UPDATE petition p SET petitioner_count = greatest(1, (SELECT count(*) FROM petition_party pp WHERE pp.petition_id = p.id)),
                      signer_class = CASE WHEN (SELECT count(*) FROM petition_party pp WHERE pp.petition_id = p.id) > 1
                                          THEN 'NHIEU_NGUOI_DUNG_TEN' ELSE 'MOT_NGUOI_DUNG_TEN' END
FROM demo_case_src s WHERE p.id = s.petition_id AND NOT s.confidential;
-- Searchable as PetitionService.searchText: number, open petitioners' names, content, request (folded).
UPDATE petition p SET search_text = regexp_replace(fold_vi(p.petition_no || ' ' || coalesce((SELECT string_agg(pp.full_name,
        ' ' ORDER BY pp.ordinal) FROM petition_party pp WHERE pp.petition_id = p.id), '') || ' '
        || coalesce(p.content, '') || ' ' || coalesce(p.request, '')), '\s+', ' ', 'g')
FROM demo_case_src s WHERE p.id = s.petition_id;

UPDATE petition p SET case_id = s.case_id FROM demo_case_src s WHERE p.id = s.petition_id AND p.case_id IS NULL;
UPDATE reception_visit v SET case_id = s.case_id FROM demo_case_src s WHERE v.id = s.visit_id AND v.case_id IS NULL;
UPDATE reception_matter m SET case_id = s.case_id FROM demo_case_src s WHERE m.id = s.matter_id AND m.case_id IS NULL;

INSERT INTO petition_counter (org_unit_id, year, last_seq)
SELECT org_unit_id, extract(year FROM received_on)::int, max(petition_seq) FROM demo_case_src GROUP BY 1, 2
ON CONFLICT (org_unit_id, year) DO UPDATE SET last_seq = greatest(petition_counter.last_seq, excluded.last_seq);
INSERT INTO case_counter (org_unit_id, year, last_seq)
SELECT org_unit_id, extract(year FROM received_on)::int, max(case_seq) FROM demo_case_src GROUP BY 1, 2
ON CONFLICT (org_unit_id, year) DO UPDATE SET last_seq = greatest(case_counter.last_seq, excluded.last_seq);

-- Deadlines (due_on computed at start by DeadlineRefresh). The petition's processing deadline was met in 2 days.
INSERT INTO legal_deadline (id, petition_id, org_unit_id, kind, rule_code, rule_valid_from, start_on, status, met_on,
                            on_time)
SELECT md5('demo-deadline-process:' || s.visit_id)::uuid, s.petition_id, s.org_unit_id, 'PROCESS', r.code,
       r.valid_from, s.received_on, 'MET', s.received_on + 2, true
FROM demo_case_src s
JOIN deadline_rule r ON r.code = 'XLD.PROCESS' AND r.valid_from <= s.received_on
                    AND (r.valid_to IS NULL OR r.valid_to >= s.received_on)
ON CONFLICT DO NOTHING;

-- The first step: acceptance (complaints) or intake check (denunciations), met when accepted.
INSERT INTO legal_deadline (id, case_id, org_unit_id, kind, rule_code, rule_valid_from, start_on, status, met_on,
                            on_time)
SELECT md5('demo-deadline-first:' || s.visit_id)::uuid, s.case_id, s.org_unit_id,
       CASE s.case_type WHEN 'KHIEU_NAI' THEN 'ACCEPT' ELSE 'INTAKE' END, r.code, r.valid_from, s.received_on,
       CASE WHEN s.accepted_on IS NULL THEN 'ACTIVE' ELSE 'MET' END, s.accepted_on,
       CASE WHEN s.accepted_on IS NULL THEN NULL ELSE true END
FROM demo_case_src s
JOIN deadline_rule r ON r.code = CASE s.case_type WHEN 'KHIEU_NAI' THEN 'KN.ACCEPT_L1' ELSE 'TC.INTAKE' END
                    AND r.valid_from <= s.received_on AND (r.valid_to IS NULL OR r.valid_to >= s.received_on)
WHERE s.case_type IN ('KHIEU_NAI', 'TO_CAO')
ON CONFLICT DO NOTHING;

-- Resolution, from acceptance: running, or met by the first-instance decision.
INSERT INTO legal_deadline (id, case_id, org_unit_id, kind, rule_code, rule_valid_from, start_on, variants, status,
                            met_on, on_time)
SELECT md5('demo-deadline-resolve:' || s.visit_id)::uuid, s.case_id, s.org_unit_id, 'RESOLVE', r.code, r.valid_from,
       s.accepted_on, CASE WHEN s.complex THEN '["COMPLEX"]' ELSE '[]' END::jsonb,
       CASE WHEN s.decided_on IS NULL THEN 'ACTIVE' ELSE 'MET' END, s.decided_on,
       CASE WHEN s.decided_on IS NULL THEN NULL ELSE true END
FROM demo_case_src s
JOIN deadline_rule r ON r.code = CASE s.case_type WHEN 'KHIEU_NAI' THEN 'KN.RESOLVE_L1' ELSE 'TC.RESOLVE' END
                    AND r.valid_from <= s.accepted_on AND (r.valid_to IS NULL OR r.valid_to >= s.accepted_on)
WHERE s.accepted_on IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO legal_deadline_extension (id, deadline_id, ordinal, days, decision_ref, decided_on)
SELECT md5('demo-extension:' || s.visit_id)::uuid, md5('demo-deadline-resolve:' || s.visit_id)::uuid, 1, 30,
       s.case_seq || '/QĐ-GH', s.accepted_on + 25
FROM demo_case_src s
WHERE s.status = 'EXTENDED_1'
ON CONFLICT DO NOTHING;

-- Decisions behind the steps, with the report fields of a first-instance decision.
INSERT INTO case_decision (id, case_id, kind, doc_no, signed_on, signer_name, created_at, created_by)
SELECT md5('demo-decision-accept:' || s.visit_id)::uuid, s.case_id, 'ACCEPTANCE', s.case_seq || '/QĐ-TL',
       s.accepted_on, CASE WHEN s.handler = 'xuly.tranbien' THEN 'Trần Văn Hùng' ELSE 'Võ Thị Mai' END,
       s.accepted_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
FROM demo_case_src s WHERE s.accepted_on IS NOT NULL
ON CONFLICT DO NOTHING;
INSERT INTO case_decision (id, case_id, kind, doc_no, signed_on, signer_name, result, content, money_return,
                           persons_restored, resolved_by, on_time, created_at, created_by)
SELECT md5('demo-decision-resolve:' || s.visit_id)::uuid, s.case_id,
       CASE s.case_type WHEN 'KHIEU_NAI' THEN 'RESOLUTION_L1' ELSE 'REPLY' END, s.case_seq || '/QĐ-GQ',
       s.decided_on, CASE WHEN s.handler = 'xuly.tranbien' THEN 'Trần Văn Hùng' ELSE 'Võ Thị Mai' END, s.result,
       'Kết quả giải quyết (dữ liệu minh họa)', CASE WHEN s.case_type = 'KHIEU_NAI' THEN 12.5 END,
       CASE WHEN s.case_type = 'KHIEU_NAI' THEN 1 END, 'DECISION', true,
       s.decided_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', 'demo'
FROM demo_case_src s WHERE s.decided_on IS NOT NULL
ON CONFLICT DO NOTHING;

-- The timeline: opened, then the steps that led to the state.
INSERT INTO case_event (id, case_id, seq, at, action, from_status, to_status, actor_username, actor_name,
                        org_unit_id, note)
SELECT md5('demo-event:' || s.visit_id || ':' || e.seq)::uuid, s.case_id,
       row_number() OVER (PARTITION BY s.case_id ORDER BY e.seq), least(e.at, current_setting('tiepdan.now')::timestamptz), e.action, e.from_status,
       e.to_status, 'demo', 'Dữ liệu minh họa', s.org_unit_id, e.note
FROM demo_case_src s
CROSS JOIN LATERAL (VALUES
    (1, s.received_at + interval '2 days', 'OPEN', NULL::varchar,
        CASE s.case_type WHEN 'KHIEU_NAI' THEN 'RECEIVED' WHEN 'TO_CAO' THEN 'RECEIVED' ELSE 'RECEIVED' END,
        'Mở hồ sơ từ đơn tiếp nhận qua tiếp công dân'),
    (2, s.received_at + interval '2 days 1 hour', CASE WHEN s.case_type = 'TO_CAO' THEN 'REGISTER' ELSE NULL END,
        'RECEIVED', 'INTAKE_CHECK', 'Vào sổ, kiểm tra điều kiện thụ lý'),
    (3, s.accepted_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '9 hours',
        CASE WHEN s.accepted_on IS NOT NULL THEN 'ACCEPT' END,
        CASE s.case_type WHEN 'TO_CAO' THEN 'INTAKE_CHECK' ELSE 'RECEIVED' END,
        CASE s.case_type WHEN 'TO_CAO' THEN 'ACCEPTED' ELSE 'ACCEPTED_L1' END, 'Quyết định thụ lý'),
    (4, s.accepted_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '2 days 9 hours',
        CASE WHEN s.status IN ('VERIFYING_L1', 'DECIDED_L1', 'VERIFYING', 'EXTENDED_1') THEN 'ASSIGN_VERIFICATION' END,
        CASE s.case_type WHEN 'TO_CAO' THEN 'ACCEPTED' ELSE 'ACCEPTED_L1' END,
        CASE s.case_type WHEN 'TO_CAO' THEN 'VERIFYING' ELSE 'VERIFYING_L1' END, 'Giao xác minh'),
    (5, s.decided_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '10 hours',
        CASE WHEN s.status = 'DECIDED_L1' THEN 'DECIDE' END, 'VERIFYING_L1', 'DECIDED_L1',
        'Quyết định giải quyết khiếu nại lần đầu'),
    (6, s.accepted_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '25 days 9 hours',
        CASE WHEN s.status = 'EXTENDED_1' THEN 'EXTEND' END, 'VERIFYING', 'EXTENDED_1', 'Gia hạn giải quyết lần 1'),
    (7, s.received_at + interval '3 days', CASE WHEN s.case_type = 'KIEN_NGHI_PHAN_ANH' THEN 'START_RESOLVING' END,
        'RECEIVED', 'RESOLVING', 'Giao xem xét, giải quyết'),
    (8, s.decided_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '10 hours',
        CASE WHEN s.status IN ('RESPONDED', 'CLOSED') THEN 'REPLY' END, 'RESOLVING', 'RESPONDED',
        'Văn bản trả lời kiến nghị, phản ánh'),
    (9, s.closed_on::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '10 hours',
        CASE WHEN s.status = 'CLOSED' THEN 'CLOSE' END, 'RESPONDED', 'CLOSED', 'Kết thúc hồ sơ')
) AS e(seq, at, action, from_status, to_status, note)
WHERE e.action IS NOT NULL AND e.at IS NOT NULL
ON CONFLICT DO NOTHING;

INSERT INTO case_assignment (id, case_id, org_unit_id, username, display_name, role, from_at, reason, assigned_by)
SELECT md5('demo-assignment:' || s.visit_id)::uuid, s.case_id, s.org_unit_id, s.handler, s.handler_name, 'HANDLER',
       least(coalesce(s.accepted_on, s.received_on + 3)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh', current_setting('tiepdan.now')::timestamptz),
       'Phân công giải quyết', 'demo'
FROM demo_case_src s WHERE s.status NOT IN ('RECEIVED', 'INTAKE_CHECK')
ON CONFLICT DO NOTHING;
