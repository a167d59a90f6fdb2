-- Demo reception book (LOCAL USE ONLY): visits received at the held "Buổi sáng với Nhân dân" sessions of UBND
-- phường Trấn Biên and UBND xã Phú Lý from 26/10/2026 to 27/11/2026, 2–5 per held session (sessions HELD_NO_VISITORS
-- get none), 07:00–08:00 Asia/Ho_Chi_Minh. Invented people and matters. Everything derives from the held sessions
-- of 030 and from each visit's rank i within its unit, so every load gives the same book:
--   classification  TO_CAO when i % 16 = 7 (people only in the identity vault, under the visit's
--                   denouncer_ref; no names in search_text), i = 11 NHIEU_NOI_DUNG, KHIEU_NAI when i % 3 = 0,
--                   otherwise KIEN_NGHI_PHAN_ANH;
--   repeat matters  i % 20 = 14 repeats the matter of i - 10, i % 20 = 18 the matter of i - 14 (chains 4 → 14 → 18,
--                   24 → 34 → 38, ...): first_time false, matter visits_count = its visits;
--   refusals        Trấn Biên i = 38: R3 (vexatious repeat, written notice of the chairperson on matter 24 → 34);
--                   Phú Lý i = 9: R1;
--   notices         result_notice_due = received date + 10 working days (calendar_day honoured); notices sent
--                   (RESULT_NOTIFIED) for due dates up to 27/11/2026 unless i % 5 = 0 (those are overdue).
-- Idempotent: ids are md5 of stable keys, rows are inserted ON CONFLICT DO NOTHING; book numbers are given only to
-- visits not yet in the book (continuing the unit's counter), and the counters, matter counts and sessions'
-- visitors_count are recomputed from the rows themselves. Runs in one transaction (temporary tables drop at commit).

CREATE TEMPORARY TABLE demo_person (p int PRIMARY KEY, full_name text, gender text, birth_year int) ON COMMIT DROP;
INSERT INTO demo_person VALUES
  (0, 'Nguyễn Văn An', 'MALE', 1968), (1, 'Trần Thị Bích Ngọc', 'FEMALE', 1985),
  (2, 'Lê Hoàng Phúc', 'MALE', 1979), (3, 'Phạm Thị Hồng Nhung', 'FEMALE', 1990),
  (4, 'Hoàng Văn Dũng', 'MALE', 1957), (5, 'Võ Thị Thu Trang', 'FEMALE', 1972),
  (6, 'Đặng Quốc Huy', 'MALE', 1988), (7, 'Bùi Thị Mỹ Linh', 'FEMALE', 1995),
  (8, 'Đỗ Minh Khôi', 'MALE', 2001), (9, 'Ngô Thị Kim Oanh', 'FEMALE', 1963),
  (10, 'Huỳnh Tấn Lộc', 'MALE', 1955), (11, 'Dương Thị Thanh Hương', 'FEMALE', 1981),
  (12, 'Phan Văn Tài', 'MALE', 1970), (13, 'Trương Thị Ngọc Hân', 'FEMALE', 2003),
  (14, 'Lý Văn Sơn', 'MALE', 1966), (15, 'Mai Thị Xuân', 'FEMALE', 1959),
  (16, 'Vũ Đình Khoa', 'MALE', 1983), (17, 'Tạ Thị Hải Yến', 'FEMALE', 1992),
  (18, 'Lâm Quang Vinh', 'MALE', 1975), (19, 'Châu Thị Diễm', 'FEMALE', 1987),
  (20, 'Nguyễn Thị Lệ Thu', 'FEMALE', 1961), (21, 'Trần Minh Tâm', 'MALE', 1978),
  (22, 'Lê Thị Hạnh', 'FEMALE', 1969), (23, 'Phạm Văn Thắng', 'MALE', 1952),
  (24, 'Hồ Thị Ánh Tuyết', 'FEMALE', 1986), (25, 'Nguyễn Hữu Nghĩa', 'MALE', 1974),
  (26, 'Đinh Thị Phương', 'FEMALE', 1998), (27, 'Cao Văn Lực', 'MALE', 1965),
  (28, 'Trịnh Thị Thảo', 'FEMALE', 1980), (29, 'Lương Văn Hiếu', 'MALE', 2000),
  (30, 'Kiều Thị Loan', 'FEMALE', 1971), (31, 'Nguyễn Đức Trọng', 'MALE', 1958),
  (32, 'Trần Thị Ngọc Ánh', 'FEMALE', 1993), (33, 'Võ Văn Lành', 'MALE', 1962),
  (34, 'Phùng Thị Hoa', 'FEMALE', 1977), (35, 'Đoàn Văn Toàn', 'MALE', 1984),
  (36, 'Hà Thị Thanh Tâm', 'FEMALE', 1967), (37, 'Tô Văn Bình', 'MALE', 1953),
  (38, 'Lưu Thị Cẩm Tú', 'FEMALE', 1989), (39, 'Quách Văn Hòa', 'MALE', 1976);

-- Matters typical of a commune. {xa}: "phường Trấn Biên" / "xã Phú Lý"; {kp}: "khu phố" / "ấp".
CREATE TEMPORARY TABLE demo_content (kind text, c int, field_code text, summary text, request text,
                                     transfer_unit_id uuid, transfer_name text, PRIMARY KEY (kind, c)) ON COMMIT DROP;
INSERT INTO demo_content VALUES
  ('KIEN_NGHI_PHAN_ANH', 0, 'DAT_DAI', 'Phản ánh việc chậm cấp Giấy chứng nhận quyền sử dụng đất cho thửa đất số 125, tờ bản đồ số 18 dù đã nộp hồ sơ hợp lệ từ tháng 5/2026', 'Đề nghị xem xét, đôn đốc cấp Giấy chứng nhận quyền sử dụng đất', NULL, 'Chi nhánh Văn phòng đăng ký đất đai khu vực Biên Hòa'),
  ('KIEN_NGHI_PHAN_ANH', 1, 'KHAC', 'Phản ánh ô nhiễm tiếng ồn từ cơ sở karaoke hoạt động quá 22 giờ, ảnh hưởng sinh hoạt của các hộ dân trong {kp} 2', 'Đề nghị kiểm tra, xử lý cơ sở gây ô nhiễm tiếng ồn', NULL, 'Công an {xa}'),
  ('KIEN_NGHI_PHAN_ANH', 2, 'CHE_DO_CHINH_SACH', 'Kiến nghị xem xét hồ sơ hưởng chế độ chính sách người có công với cách mạng của cha là liệt sĩ', 'Đề nghị hướng dẫn thủ tục và chuyển hồ sơ đến cơ quan có thẩm quyền', '00000000-0000-4000-8000-000000000003', 'Sở Nội vụ'),
  ('KIEN_NGHI_PHAN_ANH', 3, 'DAT_DAI', 'Phản ánh hộ liền kề xây dựng nhà lấn sang phần đất và lối đi chung, vi phạm trật tự xây dựng', 'Đề nghị kiểm tra, xử lý vi phạm trật tự xây dựng', '00000000-0000-4000-8000-000000000014', 'Sở Xây dựng'),
  ('KIEN_NGHI_PHAN_ANH', 4, 'KHAC', 'Phản ánh mùi hôi và nước thải từ cơ sở chăn nuôi heo xả ra kênh thoát nước chung của {kp} 1', 'Đề nghị kiểm tra, xử lý ô nhiễm môi trường', '00000000-0000-4000-8000-000000000004', 'Sở Nông nghiệp và Môi trường'),
  ('KIEN_NGHI_PHAN_ANH', 5, 'DAT_DAI', 'Kiến nghị về mức bồi thường, hỗ trợ giải phóng mặt bằng khi Nhà nước thu hồi đất mở rộng đường Đồng Khởi', 'Đề nghị xem xét lại đơn giá bồi thường và bố trí tái định cư', '00000000-0000-4000-8000-000000000004', 'Sở Nông nghiệp và Môi trường'),
  ('KIEN_NGHI_PHAN_ANH', 6, 'TU_PHAP', 'Đề nghị hướng dẫn thủ tục chứng thực văn bản phân chia di sản thừa kế là quyền sử dụng đất', 'Đề nghị hướng dẫn thủ tục', '00000000-0000-4000-8000-000000000013', 'Sở Tư pháp'),
  ('KIEN_NGHI_PHAN_ANH', 7, 'KHAC', 'Phản ánh đường hẻm số 12 của {kp} 3 xuống cấp, ngập nước khi mưa lớn', 'Đề nghị sửa chữa, nâng cấp đường hẻm và hệ thống thoát nước', '00000000-0000-4000-8000-000000000014', 'Sở Xây dựng'),
  ('KHIEU_NAI', 0, 'HANH_CHINH.DAT_DAI_NHA_CUA', 'Khiếu nại quyết định thu hồi đất và phương án bồi thường, hỗ trợ giải phóng mặt bằng dự án khu dân cư {kp} 4', 'Đề nghị hủy quyết định thu hồi đất, bồi thường theo giá thị trường', NULL, NULL),
  ('KHIEU_NAI', 1, 'HANH_CHINH.DAT_DAI_NHA_CUA', 'Khiếu nại việc UBND {xa} không xác nhận nguồn gốc, quá trình sử dụng đất để làm thủ tục cấp Giấy chứng nhận quyền sử dụng đất', 'Đề nghị xác nhận nguồn gốc, quá trình sử dụng đất', NULL, NULL),
  ('KHIEU_NAI', 2, 'HANH_CHINH.CHE_DO_CHINH_SACH', 'Khiếu nại việc cắt trợ cấp xã hội hằng tháng đối với người cao tuổi', 'Đề nghị khôi phục trợ cấp và truy lĩnh các tháng bị cắt', NULL, NULL),
  ('KHIEU_NAI', 3, 'HANH_CHINH.KHAC', 'Khiếu nại quyết định xử phạt vi phạm hành chính trong lĩnh vực trật tự xây dựng', 'Đề nghị xem xét lại mức phạt và biện pháp buộc tháo dỡ công trình', NULL, NULL),
  ('KHIEU_NAI', 4, 'HANH_CHINH.DAT_DAI_NHA_CUA', 'Khiếu nại việc cưỡng chế tháo dỡ mái che trước nhà khi chỉnh trang đô thị', 'Đề nghị bồi thường thiệt hại', NULL, NULL),
  ('KHIEU_NAI', 5, 'HANH_CHINH.CHE_DO_CHINH_SACH', 'Khiếu nại việc không được xét công nhận hộ cận nghèo năm 2026', 'Đề nghị xét lại danh sách hộ cận nghèo', NULL, NULL),
  ('TO_CAO', 0, 'HANH_CHINH.CONG_CHUC_CONG_VU', 'Tố cáo công chức địa chính {xa} có hành vi gây nhũng nhiễu khi tiếp nhận hồ sơ đăng ký biến động đất đai', 'Đề nghị xác minh, xử lý nghiêm người vi phạm', '00000000-0000-4000-8000-000000000002', 'Thanh tra tỉnh Đồng Nai'),
  ('TO_CAO', 1, 'THAM_NHUNG', 'Tố cáo cán bộ {kp} 5 thu tiền của người dân trái quy định khi xác nhận hồ sơ', 'Đề nghị xác minh, xử lý theo quy định', '00000000-0000-4000-8000-000000000002', 'Thanh tra tỉnh Đồng Nai'),
  ('TO_CAO', 2, 'HANH_CHINH.DAT_DAI_NHA_CUA', 'Tố cáo việc san lấp, chuyển mục đích sử dụng đất nông nghiệp trái phép nhưng không bị xử lý', 'Đề nghị kiểm tra, xử lý vi phạm và trách nhiệm của người buông lỏng quản lý', '00000000-0000-4000-8000-000000000002', 'Thanh tra tỉnh Đồng Nai'),
  ('TO_CAO', 3, 'HANH_CHINH.CONG_CHUC_CONG_VU', 'Tố cáo hành vi thiếu trách nhiệm trong việc lập danh sách hỗ trợ hộ nghèo', 'Đề nghị xác minh, xử lý', '00000000-0000-4000-8000-000000000002', 'Thanh tra tỉnh Đồng Nai'),
  ('NHIEU_NOI_DUNG', 0, 'HANH_CHINH.DAT_DAI_NHA_CUA', 'Khiếu nại phương án bồi thường khi thu hồi đất và kiến nghị sửa chữa đường vào khu tái định cư', 'Đề nghị xem xét lại phương án bồi thường và sửa chữa đường', '00000000-0000-4000-8000-000000000004', 'Sở Nông nghiệp và Môi trường');

-- One line per planned visit: the held sessions of the two communes, 2–5 visits each (from the session id), and
-- the visit's rank i within its unit in received order.
CREATE TEMPORARY TABLE demo_plan ON COMMIT DROP AS
WITH s AS (
  SELECT r.id AS session_id, r.org_unit_id, r.session_date, r.kind, r.program, r.channel, r.presiding_official_id,
         CASE r.org_unit_id WHEN '00000000-0000-4000-8000-000000000006' THEN 0 ELSE 1 END AS u,
         2 + ('x' || substr(md5('demo-visits:' || r.id::text), 1, 7))::bit(28)::int % 4 AS n
  FROM reception_session r
  WHERE r.created_by = 'demo' AND r.status = 'HELD'
    AND r.org_unit_id IN ('00000000-0000-4000-8000-000000000006', '00000000-0000-4000-8000-000000000007')
    AND r.session_date BETWEEN date '2026-10-26' AND date '2026-11-27'
), v AS (
  SELECT s.*, k,
         ((s.session_date + time '07:00' + make_interval(mins => 3 + (k - 1) * 11
             + ('x' || substr(md5(s.session_id::text || k), 1, 2))::bit(8)::int % 8))
             AT TIME ZONE 'Asia/Ho_Chi_Minh') AS received_at
  FROM s CROSS JOIN LATERAL generate_series(1, s.n) AS k
)
SELECT md5('demo-visit:' || v.session_id || ':' || v.k)::uuid AS id, v.*,
       row_number() OVER (PARTITION BY v.org_unit_id ORDER BY v.received_at, v.k)::int AS i
FROM v;

-- Every attribute of every planned visit.
CREATE TEMPORARY TABLE demo_visit ON COMMIT DROP AS
WITH a AS (
  SELECT p.*,
         CASE WHEN p.i % 20 = 14 THEN p.i - 10 WHEN p.i % 20 = 18 THEN p.i - 14 ELSE p.i END AS root_i,
         CASE WHEN p.u = 0 AND p.i = 38 THEN 'R3_VEXATIOUS_REPEAT' WHEN p.u = 1 AND p.i = 9 THEN 'R1_INCAPACITATED'
         END AS refusal,
         CASE p.u WHEN 0 THEN 'phường Trấn Biên' ELSE 'xã Phú Lý' END AS xa,
         CASE p.u WHEN 0 THEN 'khu phố' ELSE 'ấp' END AS kp
  FROM demo_plan p
), b AS (
  SELECT a.*, r.id AS root_id,
         CASE WHEN a.refusal = 'R1_INCAPACITATED' THEN NULL
              WHEN a.root_i % 16 = 7 THEN 'TO_CAO' WHEN a.root_i = 11 THEN 'NHIEU_NOI_DUNG'
              WHEN a.root_i % 3 = 0 THEN 'KHIEU_NAI' ELSE 'KIEN_NGHI_PHAN_ANH' END AS classification,
         CASE WHEN a.root_i % 25 = 12 THEN 'GROUP' WHEN a.root_i % 30 = 20 THEN 'ORGANISATION' ELSE 'PERSON'
         END AS party_kind,
         (a.root_i * 7 + a.u * 13) % 40 AS persona
  FROM a JOIN demo_plan r ON r.org_unit_id = a.org_unit_id AND r.i = a.root_i
), c AS (
  SELECT b.*, ct.field_code,
         replace(replace(ct.summary, '{xa}', b.xa), '{kp}', b.kp) AS content_summary,
         ct.request AS visitor_request,
         CASE WHEN b.refusal IS NOT NULL THEN NULL
              WHEN b.session_date = date '2026-11-27' AND b.k = 1 THEN NULL          -- not yet decided: RECORDED
              WHEN b.classification = 'TO_CAO' THEN CASE WHEN b.i % 2 = 0 THEN 'CHUYEN_DON' ELSE 'THU_LY' END
              WHEN b.classification = 'KHIEU_NAI' THEN CASE WHEN b.i % 4 = 1 THEN 'TRA_LAI_VA_HUONG_DAN' ELSE 'THU_LY' END
              ELSE CASE b.i % 3 WHEN 0 THEN 'CHUYEN_DON' WHEN 1 THEN 'THU_LY' ELSE 'TRA_LAI_VA_HUONG_DAN' END
         END AS handling_direction,
         ct.transfer_unit_id, replace(ct.transfer_name, '{xa}', b.xa) AS transfer_name
  FROM b
  LEFT JOIN (SELECT kind, count(*)::int AS cnt FROM demo_content GROUP BY kind) n ON n.kind = b.classification
  LEFT JOIN demo_content ct ON ct.kind = b.classification AND ct.c = ('x' || substr(md5('demo-content:' || b.u || ':' || b.root_i), 1, 4))::bit(16)::int % n.cnt
), d AS (
  SELECT c.*,
         (c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS received_date,
         extract(year FROM c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::int AS book_year,
         c.i % 6 <> 5 AS with_petition,
         CASE WHEN c.refusal IS NULL THEN (
           SELECT w.day FROM generate_series((c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 1,
                                             (c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date + 60,
                                             interval '1 day') AS g(ts)
           CROSS JOIN LATERAL (SELECT g.ts::date AS day) w
           LEFT JOIN calendar_day cd ON cd.day = w.day AND cd.closed_at IS NULL
           WHERE CASE WHEN cd.kind IS NOT NULL THEN cd.kind = 'WORKING_DAY' ELSE extract(isodow FROM w.day) < 6 END
           ORDER BY w.day OFFSET 9 LIMIT 1) END AS result_notice_due
  FROM c
)
SELECT d.*,
       CASE WHEN d.refusal = 'R1_INCAPACITATED' THEN NULL ELSE md5('demo-matter:' || d.root_id)::uuid END AS matter_id,
       CASE WHEN d.refusal = 'R1_INCAPACITATED' THEN NULL ELSE d.root_i = d.i END AS first_time,
       coalesce(d.classification = 'TO_CAO', false) AS confidential,
       CASE WHEN d.classification = 'TO_CAO' THEN md5('demo-denouncer:' || d.id)::uuid END AS denouncer_ref,
       CASE WHEN d.party_kind = 'GROUP' THEN 6 + d.root_i % 5 ELSE 1 END AS headcount,
       CASE WHEN d.handling_direction IS NOT NULL AND d.result_notice_due <= date '2026-11-27' AND d.i % 5 <> 0
            THEN ((d.result_notice_due - d.i % 3) + time '15:30') AT TIME ZONE 'Asia/Ho_Chi_Minh' END
         AS result_notice_sent_at,
       CASE d.handling_direction
         WHEN 'THU_LY' THEN CASE WHEN d.i % 11 = 0 THEN 'KEO_DAI_XEM_XET' ELSE 'DA_THU_LY' END
         WHEN 'TRA_LAI_VA_HUONG_DAN' THEN 'TU_CHOI_THU_LY' WHEN 'CHUYEN_DON' THEN 'DA_CHUYEN' END AS notice_kind
FROM d;

-- The people of each visit (a GROUP of 6–10 has two representatives, an ORGANISATION its legal representative).
CREATE TEMPORARY TABLE demo_party ON COMMIT DROP AS
WITH slots AS (
  SELECT v.id AS visit_id, v.u, v.confidential, v.denouncer_ref, v.party_kind, v.persona, x.ordinal, x.role, x.p
  FROM demo_visit v
  CROSS JOIN LATERAL (VALUES
      (1, CASE v.party_kind WHEN 'PERSON' THEN 'VISITOR' WHEN 'GROUP' THEN 'REPRESENTATIVE' ELSE 'ORGANISATION' END,
       CASE WHEN v.party_kind = 'ORGANISATION' THEN NULL ELSE v.persona END),
      (2, CASE v.party_kind WHEN 'ORGANISATION' THEN 'REPRESENTATIVE' ELSE 'REPRESENTATIVE' END,
       CASE v.party_kind WHEN 'ORGANISATION' THEN v.persona ELSE (v.persona + 17) % 40 END)) AS x(ordinal, role, p)
  WHERE x.ordinal = 1 OR v.party_kind <> 'PERSON'
)
SELECT s.visit_id, s.confidential, s.denouncer_ref, s.ordinal, s.role,
       coalesce(pe.full_name, CASE s.u WHEN 0 THEN 'Công ty TNHH Xây dựng Thành Phát'
                                     ELSE 'Hợp tác xã Nông nghiệp Phú Lý' END) AS full_name,
       CASE WHEN pe.p IS NOT NULL THEN 'CCCD' END AS id_doc_type,
       CASE WHEN pe.p IS NOT NULL THEN '075'
            || CASE WHEN pe.birth_year < 2000 THEN CASE pe.gender WHEN 'MALE' THEN '0' ELSE '1' END
                    ELSE CASE pe.gender WHEN 'MALE' THEN '2' ELSE '3' END END
            || lpad((pe.birth_year % 100)::text, 2, '0')
            || lpad((((pe.p + 1) * 7919 + s.u * 104729) % 1000000)::text, 6, '0') END AS id_number,
       CASE WHEN pe.p IS NOT NULL THEN date '2021-06-15' + (pe.p * 37 + s.u * 11) % 900 END AS id_issue_date,
       CASE WHEN pe.p IS NOT NULL THEN 'Cục Cảnh sát quản lý hành chính về trật tự xã hội' END AS id_issue_place,
       pe.gender, pe.birth_year,
       CASE WHEN s.u = 0 THEN CASE WHEN pe.p IS NULL THEN 'Số 45 đường Phạm Văn Thuận, phường Trấn Biên'
                                   ELSE 'Tổ ' || (s.p % 9 + 1) || ', khu phố ' || (s.p % 5 + 1) || ', phường Trấn Biên' END
            ELSE CASE WHEN pe.p IS NULL THEN 'Ấp 3, xã Phú Lý' ELSE 'Ấp ' || (s.p % 5 + 1) || ', xã Phú Lý' END
       END || ', tỉnh Đồng Nai' AS address_as_written,
       CASE WHEN pe.p IS NOT NULL THEN (ARRAY['090', '091', '093', '094', '097', '098', '035', '038', '077', '086'])[pe.p % 10 + 1]
                                       || lpad((((pe.p + 1) * 7654321 + s.u * 1237) % 10000000)::text, 7, '0')
            ELSE CASE s.u WHEN 0 THEN '0251 3823 456' ELSE '0251 3861 789' END END AS phone,
       CASE WHEN s.role = 'REPRESENTATIVE' AND s.party_kind = 'ORGANISATION'
            THEN CASE s.u WHEN 0 THEN 'Giám đốc' ELSE 'Chủ nhiệm hợp tác xã' END END AS position
FROM slots s
LEFT JOIN demo_person pe ON pe.p = s.p;

-- Matters: one per first visit (a repeat visit joins its root's matter).
INSERT INTO reception_matter (id, org_unit_id, classification, field_code, summary, confidential, first_visit_at,
                              last_visit_at, visits_count, created_at, created_by, updated_at, updated_by)
SELECT v.matter_id, v.org_unit_id, v.classification, v.field_code, v.content_summary, v.confidential,
       v.received_at, v.received_at, 0, v.received_at, 'demo', v.received_at, 'demo'
FROM demo_visit v
WHERE v.first_time
ON CONFLICT DO NOTHING;

-- Visits not yet in the book get the next numbers of their unit and year, in received order.
INSERT INTO reception_visit (id, org_unit_id, book_year, book_seq, session_id, received_at, reception_kind, program,
                             channel, receiving_official_id, presiding_official_id, status, party_kind, headcount,
                             large_group, confidential, denouncer_ref, classification, mixed_kinds, field_code,
                             content_summary, visitor_request, with_petition, statement_confirmation,
                             previously_handled, receipt_no, handling_direction, guidance, transfer_to_unit_id,
                             transfer_to_name, leader_conclusion, notes, matter_id, first_time,
                             result_notice_due, result_notice_sent_at, result_notice_kind, search_text,
                             created_at, created_by, updated_at, updated_by)
SELECT n.id, n.org_unit_id, n.book_year, n.book_seq, n.session_id, n.received_at, n.kind, n.program, n.channel,
       CASE n.u WHEN 0 THEN '00000000-0000-4000-8002-000000000001'::uuid
                ELSE '00000000-0000-4000-8002-000000000005'::uuid END,
       n.presiding_official_id,
       CASE WHEN n.refusal IS NOT NULL THEN 'REFUSED' WHEN n.handling_direction IS NULL THEN 'RECORDED'
            WHEN n.result_notice_sent_at IS NOT NULL THEN 'RESULT_NOTIFIED' ELSE 'HANDLED' END,
       n.party_kind, n.headcount, n.headcount >= 5, n.confidential, n.denouncer_ref, n.classification,
       CASE WHEN n.classification = 'NHIEU_NOI_DUNG' THEN 'KHIEU_NAI,KIEN_NGHI_PHAN_ANH' END,
       n.field_code, n.content_summary, n.visitor_request, n.with_petition,
       CASE WHEN NOT n.with_petition THEN CASE WHEN n.i % 12 = 11 THEN 'FINGERPRINTED' ELSE 'SIGNED' END END,
       CASE WHEN n.classification = 'KHIEU_NAI' AND n.root_i % 2 = 0
            THEN jsonb_build_array(jsonb_build_object(
                   'agency', CASE n.u WHEN 0 THEN 'UBND phường Trấn Biên' ELSE 'UBND xã Phú Lý' END,
                   'documentNo', (20 + n.root_i) || '/QĐ-UBND',
                   'date', to_char(date '2026-09-01' + n.root_i, 'YYYY-MM-DD'),
                   'form', 'Quyết định giải quyết khiếu nại lần đầu'))
            ELSE '[]'::jsonb END,
       CASE WHEN n.with_petition AND n.refusal IS NULL THEN n.book_seq || '/' || n.book_year || '/BN' END,
       n.handling_direction,
       CASE WHEN n.handling_direction = 'TRA_LAI_VA_HUONG_DAN' THEN CASE
            WHEN n.classification = 'KHIEU_NAI'
              THEN 'Hướng dẫn công dân gửi đơn đến Chủ tịch UBND tỉnh Đồng Nai để được giải quyết khiếu nại lần hai theo Điều 33 Luật Khiếu nại'
            WHEN n.i % 2 = 0
              THEN 'Hướng dẫn công dân nộp hồ sơ tại Trung tâm phục vụ hành chính công ' || n.xa || ' để được giải quyết theo thủ tục hành chính'
            ELSE 'Hướng dẫn công dân liên hệ Chi nhánh Văn phòng đăng ký đất đai khu vực Biên Hòa để được giải quyết'
            END END,
       CASE WHEN n.handling_direction = 'CHUYEN_DON' THEN n.transfer_unit_id END,
       CASE WHEN n.handling_direction = 'CHUYEN_DON' THEN n.transfer_name END,
       CASE n.handling_direction
         WHEN 'THU_LY' THEN 'Giao công chức chuyên môn kiểm tra, xác minh, báo cáo Chủ tịch UBND ' || n.xa || ' trong 10 ngày làm việc'
         WHEN 'CHUYEN_DON' THEN 'Chuyển đơn đến ' || n.transfer_name || ' để giải quyết theo thẩm quyền'
         WHEN 'TRA_LAI_VA_HUONG_DAN' THEN 'Nội dung không thuộc thẩm quyền giải quyết của UBND ' || n.xa END,
       CASE WHEN NOT n.first_time THEN 'Tiếp nhiều lần' END,
       n.matter_id, n.first_time, n.result_notice_due, n.result_notice_sent_at,
       CASE WHEN n.result_notice_sent_at IS NOT NULL THEN n.notice_kind END,
       fold_vi(concat_ws(' ', CASE WHEN NOT n.confidential THEN
                                (SELECT string_agg(dp.full_name, ' ' ORDER BY dp.ordinal) FROM demo_party dp
                                 WHERE dp.visit_id = n.id) END,
                         n.content_summary, n.visitor_request)),
       n.received_at, 'demo', coalesce(n.result_notice_sent_at, n.received_at), 'demo'
FROM (SELECT v.*, coalesce(bc.last_seq, 0)
               + row_number() OVER (PARTITION BY v.org_unit_id, v.book_year ORDER BY v.received_at, v.id)::int AS book_seq
      FROM demo_visit v
      LEFT JOIN visit_book_counter bc ON bc.org_unit_id = v.org_unit_id AND bc.book_year = v.book_year
      WHERE NOT EXISTS (SELECT 1 FROM reception_visit rv WHERE rv.id = v.id)) n;

-- People: in visit_party, or only in confidential_visit_party (under the denouncer_ref) for denunciations.
INSERT INTO visit_party (id, visit_id, ordinal, role, full_name, id_doc_type, id_number, id_issue_date,
                         id_issue_place, gender, birth_year, address_as_written, phone, position, id_key, name_key)
SELECT md5('demo-party:' || p.visit_id || ':' || p.ordinal)::uuid, p.visit_id, p.ordinal, p.role, p.full_name,
       p.id_doc_type, p.id_number, p.id_issue_date, p.id_issue_place, p.gender, p.birth_year, p.address_as_written,
       p.phone, p.position, upper(replace(p.id_number, ' ', '')),
       fold_vi(p.full_name) || '|' || fold_vi(coalesce(p.address_as_written, ''))
FROM demo_party p
WHERE NOT p.confidential
ON CONFLICT DO NOTHING;

INSERT INTO confidential_visit_party (id, denouncer_ref, ordinal, role, full_name, id_doc_type, id_number,
                                      id_issue_date, id_issue_place, gender, birth_year, address_as_written, phone,
                                      position, id_key, name_key)
SELECT md5('demo-confidential-party:' || p.visit_id || ':' || p.ordinal)::uuid, p.denouncer_ref, p.ordinal, p.role,
       p.full_name, p.id_doc_type, p.id_number, p.id_issue_date, p.id_issue_place, p.gender, p.birth_year,
       p.address_as_written, p.phone, p.position, upper(replace(p.id_number, ' ', '')),
       fold_vi(p.full_name) || '|' || fold_vi(coalesce(p.address_as_written, ''))
FROM demo_party p
WHERE p.confidential
  -- sealed into the identity vault at start (ConfidentialStore.sealLegacyRows), then deleted from this intake table
  AND NOT EXISTS (SELECT 1 FROM identity_vault_entry e WHERE e.denouncer_ref = p.denouncer_ref)
ON CONFLICT DO NOTHING;

-- Documents received (listed on the receipt): the petition, and for every second visit a copy of evidence.
INSERT INTO visit_document (id, visit_id, ordinal, title, pages, copy_kind)
SELECT md5('demo-document:' || v.id || ':' || x.ordinal)::uuid, v.id, x.ordinal, x.title, x.pages, x.copy_kind
FROM demo_visit v
CROSS JOIN LATERAL (VALUES
    (1, CASE v.classification WHEN 'KHIEU_NAI' THEN 'Đơn khiếu nại' WHEN 'TO_CAO' THEN 'Đơn tố cáo'
                              WHEN 'NHIEU_NOI_DUNG' THEN 'Đơn khiếu nại, kiến nghị' ELSE 'Đơn kiến nghị' END,
     1 + v.i % 3, 'ORIGINAL'),
    (2, CASE WHEN v.field_code LIKE '%DAT%' THEN 'Bản sao Giấy chứng nhận quyền sử dụng đất'
             WHEN v.field_code LIKE '%CHINH_SACH%' THEN 'Bản sao giấy tờ hưởng chế độ, chính sách'
             ELSE 'Ảnh chụp hiện trường' END,
     2, CASE WHEN v.field_code LIKE '%DAT%' THEN 'CERTIFIED_COPY' ELSE 'COPY' END)) AS x(ordinal, title, pages, copy_kind)
WHERE v.with_petition AND v.refusal IS NULL AND (x.ordinal = 1 OR v.i % 2 = 0)
ON CONFLICT DO NOTHING;

-- Refusals: one R3 (the head's written notice on a matter already visited twice) and one R1.
INSERT INTO visit_refusal (visit_id, ground, explanation, explained_to_citizen, reported_to, minutes_drawn_up,
                           notice_no, notice_date, issued_by_official_id, matter_id)
SELECT v.id, v.refusal,
       CASE v.refusal
         WHEN 'R3_VEXATIOUS_REPEAT' THEN 'Vụ việc đã được giải quyết đúng chính sách, pháp luật, đã được kiểm tra, rà soát '
              || 'và thông báo bằng văn bản; công dân vẫn cố tình khiếu nại kéo dài'
         ELSE 'Công dân trong tình trạng say rượu, không làm chủ được hành vi; hẹn công dân trở lại vào buổi tiếp sau' END,
       true, CASE v.refusal WHEN 'R1_INCAPACITATED' THEN 'Công an xã Phú Lý' END, v.refusal = 'R1_INCAPACITATED',
       CASE v.refusal WHEN 'R3_VEXATIOUS_REPEAT' THEN '15/TB-UBND' END,
       CASE v.refusal WHEN 'R3_VEXATIOUS_REPEAT' THEN prev.day + (v.received_date - prev.day) / 2 END,
       CASE v.refusal WHEN 'R3_VEXATIOUS_REPEAT' THEN '00000000-0000-4000-8002-000000000002'::uuid END,
       CASE v.refusal WHEN 'R3_VEXATIOUS_REPEAT' THEN v.matter_id END
FROM demo_visit v
LEFT JOIN LATERAL (SELECT max(o.received_date) AS day FROM demo_visit o
                   WHERE o.matter_id = v.matter_id AND o.i < v.i) prev ON true
WHERE v.refusal IS NOT NULL
ON CONFLICT DO NOTHING;

-- Derived state, recomputed from the rows: matter visit counts, the book counters, the sessions' visitors.
UPDATE reception_matter m
SET visits_count = x.visits, first_visit_at = x.first_at, last_visit_at = x.last_at
FROM (SELECT matter_id, count(*)::int AS visits, min(received_at) AS first_at, max(received_at) AS last_at
      FROM reception_visit WHERE matter_id IN (SELECT matter_id FROM demo_visit) GROUP BY matter_id) x
WHERE m.id = x.matter_id
  AND (m.visits_count, m.first_visit_at, m.last_visit_at) IS DISTINCT FROM (x.visits, x.first_at, x.last_at);

INSERT INTO visit_book_counter (org_unit_id, book_year, last_seq)
SELECT org_unit_id, book_year, max(book_seq)
FROM reception_visit
WHERE org_unit_id IN (SELECT DISTINCT org_unit_id FROM demo_visit)
GROUP BY org_unit_id, book_year
ON CONFLICT (org_unit_id, book_year) DO UPDATE
  SET last_seq = greatest(visit_book_counter.last_seq, EXCLUDED.last_seq);

UPDATE reception_session r
SET visitors_count = x.people
FROM (SELECT session_id, sum(headcount)::int AS people FROM reception_visit
      WHERE session_id IN (SELECT session_id FROM demo_plan) GROUP BY session_id) x
WHERE r.id = x.session_id AND r.status = 'HELD' AND r.visitors_count IS DISTINCT FROM x.people;
