-- Demo recognition records (LOCAL USE ONLY): Sở Nội vụ's unannounced inspections of the "Buổi sáng với Nhân dân"
-- sessions (CV 10549 §3) and the commendations and corrections that followed, for the dashboard. Invented findings.
-- Idempotent: fixed ids, ON CONFLICT DO NOTHING.
INSERT INTO inspection_record (id, org_unit_id, inspected_on, unannounced, session_id, session_held, rating,
                               findings_discipline, findings_conduct, follow_up, follow_up_due, follow_up_done_on,
                               inspector_username, inspector_name, created_by, updated_by)
VALUES
  ('00000000-0000-4000-8060-000000000001', '00000000-0000-4000-8000-000000000006', date '2026-10-14', true,
   (SELECT id FROM reception_session WHERE org_unit_id = '00000000-0000-4000-8000-000000000006'
      AND session_date = date '2026-10-14' LIMIT 1), true, 'GOOD',
   'Chủ tịch UBND phường có mặt từ 07:00, lịch tiếp niêm yết tại trụ sở và trên cổng thông tin; sổ tiếp ghi đầy đủ.',
   'Tiếp công dân ân cần, giải thích rõ ràng, hướng dẫn đúng quy định.', NULL, NULL, NULL,
   'noivu', 'Đặng Văn Phúc', 'demo', 'demo'),
  ('00000000-0000-4000-8060-000000000002', '00000000-0000-4000-8000-000000000007', date '2026-10-21', true,
   (SELECT id FROM reception_session WHERE org_unit_id = '00000000-0000-4000-8000-000000000007'
      AND session_date = date '2026-10-21' LIMIT 1), true, 'NEEDS_IMPROVEMENT',
   'Buổi tiếp bắt đầu lúc 07:20, chậm 20 phút so với lịch; chưa niêm yết số điện thoại đường dây nóng.',
   'Thái độ tiếp công dân đúng mực.', 'Niêm yết số điện thoại, bảo đảm bắt đầu đúng 07:00.', date '2026-11-05',
   date '2026-11-03', 'noivu', 'Đặng Văn Phúc', 'demo', 'demo'),
  ('00000000-0000-4000-8060-000000000003', '00000000-0000-4000-8000-000000000020', date '2026-11-04', true,
   (SELECT id FROM reception_session WHERE org_unit_id = '00000000-0000-4000-8000-000000000020'
      AND session_date = date '2026-11-04' LIMIT 1), true, 'VIOLATION',
   'Chủ tịch UBND phường vắng mặt; công chức tiếp thay nhưng không có văn bản ủy quyền, không thông báo cho công dân.',
   'Công dân phải chờ lâu, chưa được hướng dẫn rõ.', 'Báo cáo giải trình bằng văn bản; kiểm điểm trách nhiệm.',
   date '2026-11-20', NULL, 'noivu', 'Đặng Văn Phúc', 'demo', 'demo'),
  ('00000000-0000-4000-8060-000000000004', '00000000-0000-4000-8000-000000000004', date '2026-11-12', true,
   NULL, true, 'SATISFACTORY',
   'Giám đốc Sở chủ trì đúng giờ; hồ sơ theo dõi đơn đầy đủ.',
   'Một số câu trả lời còn chung chung, cần hướng dẫn cụ thể hơn về thủ tục đất đai.', NULL, NULL, NULL,
   'noivu', 'Đặng Văn Phúc', 'demo', 'demo')
ON CONFLICT (id) DO NOTHING;

INSERT INTO recognition (id, org_unit_id, official_id, kind, form, decided_on, decision_no, decided_by, reason,
                         inspection_id, created_by, updated_by)
VALUES
  ('00000000-0000-4000-8061-000000000001', '00000000-0000-4000-8000-000000000006', NULL, 'COMMENDATION',
   'GIAY_KHEN', date '2026-10-30', '215/QĐ-SNV', 'Sở Nội vụ tỉnh Đồng Nai',
   'Thực hiện tốt mô hình "Buổi sáng với Nhân dân" quý III/2026: tổ chức đủ các buổi tiếp, giải quyết kịp thời kiến nghị.',
   '00000000-0000-4000-8060-000000000001', 'demo', 'demo'),
  ('00000000-0000-4000-8061-000000000002', '00000000-0000-4000-8000-000000000020',
   '00000000-0000-4000-8002-000000000020', 'CORRECTION', 'CHAN_CHINH', date '2026-11-10', '231/TB-SNV',
   'Sở Nội vụ tỉnh Đồng Nai',
   'Vắng mặt buổi tiếp ngày 04/11/2026 mà không ủy quyền theo quy định, không thông báo cho công dân.',
   '00000000-0000-4000-8060-000000000003', 'demo', 'demo'),
  ('00000000-0000-4000-8061-000000000003', '00000000-0000-4000-8000-000000000007', NULL, 'CORRECTION',
   'NHAC_NHO', date '2026-10-23', '205/TB-SNV', 'Sở Nội vụ tỉnh Đồng Nai',
   'Buổi tiếp ngày 21/10/2026 bắt đầu chậm; chưa niêm yết số điện thoại đường dây nóng.',
   '00000000-0000-4000-8060-000000000002', 'demo', 'demo')
ON CONFLICT (id) DO NOTHING;
