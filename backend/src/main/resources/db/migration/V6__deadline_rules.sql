-- Legal deadlines of cases as effective-dated data (DOMAIN.md §6.0, §6.3.1, §6.4.1, Appendix A; §0.2: every legal
-- rule has a validity period and a case uses the version in force on its triggering event's date).
-- vn.tiepdan.deadline.DeadlineCalculator reads these rows; days off come only from calendar_day (WorkingCalendar).
CREATE TABLE deadline_rule (
    code                     varchar(64)   NOT NULL,
    valid_from               date          NOT NULL,
    valid_to                 date,
    subject                  varchar(16)   NOT NULL CHECK (subject IN ('VISIT', 'PETITION', 'COMPLAINT',
                                                                       'DENUNCIATION')),
    trigger_event            text          NOT NULL,
    duration                 int           NOT NULL CHECK (duration >= 1),
    unit                     varchar(16)   NOT NULL CHECK (unit IN ('WORKING_DAY', 'CALENDAR_DAY', 'MONTH', 'YEAR')),
    -- Longer periods by variant ({"COMPLEX":45,"REMOTE":45,"REMOTE_COMPLEX":60}) or the extensions allowed
    -- ({"maxExtensions":{"COMPLEX":1,"VERY_COMPLEX":2},"extensionDays":30}).
    variants                 jsonb         NOT NULL DEFAULT '{}'::jsonb,
    -- Suspension (tạm đình chỉ) or obstacle periods do not count towards the deadline.
    pauses_excluded          boolean       NOT NULL DEFAULT false,
    -- The unit (working or calendar days) is a design default waiting for the legal team (§6.0, "*" in Appendix A).
    needs_legal_confirmation boolean       NOT NULL DEFAULT false,
    legal_basis              varchar(500)  NOT NULL,
    note                     varchar(1000),
    version                  bigint        NOT NULL DEFAULT 0,
    created_at               timestamptz   NOT NULL DEFAULT now(),
    created_by               varchar(255),
    updated_at               timestamptz   NOT NULL DEFAULT now(),
    updated_by               varchar(255),
    PRIMARY KEY (code, valid_from),
    CONSTRAINT deadline_rule_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    -- One version in force per code and day (btree_gist is created by V2).
    CONSTRAINT deadline_rule_no_overlap EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&)
);

-- valid_from of a first version = the day the statute took effect: Luật Khiếu nại 2011 1/7/2012; Luật Tiếp công dân
-- 2013 1/7/2014; Luật Tố tụng hành chính 2015 1/7/2016; Luật Tố cáo 2018 1/1/2019; Thông tư 05/2021/TT-TTCP
-- 15/11/2021 [M]. Rows with needs_legal_confirmation = true carry the CALENDAR_DAY (or WORKING_DAY per the TTHC card)
-- default of §6.0, to be confirmed by the legal team.
-- DESIGN SUGGESTIONS [I], not statute: (1) the two versions of KN.RESOLVE_L1 and KN.RESOLVE_L2 split on 1/7/2026 only
-- because Law 136/2025 introduces temporary suspension (tạm đình chỉ) of complaints and we assume, mirroring the
-- denunciation rule, that the suspension time is not counted; (2) TC.INTAKE's "up to 10 working days when checks are
-- needed at several places" is keyed COMPLEX; (3) pauses_excluded on KN.LIMITATION and KN.LAWSUIT stands for the
-- objective-obstacle periods that are not counted.
INSERT INTO deadline_rule (code, valid_from, valid_to, subject, trigger_event, duration, unit, variants,
                           pauses_excluded, needs_legal_confirmation, legal_basis, note, created_by) VALUES
  ('TCD.NOTIFY_RESULT', '2014-07-01', NULL, 'VISIT', 'Tiếp nhận nội dung tại buổi tiếp công dân', 10, 'WORKING_DAY', '{}', false, false,
   'Luật Tiếp công dân 2013, Điều 28', 'Thông báo kết quả xử lý nội dung khiếu nại, tố cáo, kiến nghị, phản ánh', 'migration'),
  ('XLD.PROCESS', '2021-11-15', NULL, 'PETITION', 'Nhận đơn', 10, 'WORKING_DAY', '{}', false, false,
   'Thông tư 05/2021/TT-TTCP (xử lý đơn)', 'Thời hạn xử lý đơn [M/P]: cần đối chiếu lại văn bản', 'migration'),
  ('XLD.ARCHIVE_RETENTION', '2021-11-15', NULL, 'PETITION', 'Lưu đơn', 1, 'YEAR', '{}', false, false,
   'Thông tư 05/2021/TT-TTCP, Điều 28', 'Hết thời hạn lưu, người đứng đầu quyết định tiêu hủy', 'migration'),
  ('KN.LIMITATION', '2012-07-01', NULL, 'COMPLAINT', 'Nhận được hoặc biết được quyết định, hành vi hành chính', 90, 'CALENDAR_DAY', '{}', true, false,
   'Luật Khiếu nại 2011, Điều 9', 'Thời hiệu khiếu nại; thời gian có trở ngại khách quan (ốm đau, thiên tai, địch họa, đi công tác, học tập ở nơi xa...) không tính vào thời hiệu', 'migration'),
  ('KN.ACCEPT_L1', '2012-07-01', NULL, 'COMPLAINT', 'Nhận được khiếu nại lần đầu', 10, 'WORKING_DAY', '{}', false, true,
   'Luật Khiếu nại 2011, Điều 27', 'Luật ghi "10 ngày"; thủ tục hành chính ghi "10 ngày làm việc" (cần xác nhận đơn vị)', 'migration'),
  ('KN.RESOLVE_L1', '2012-07-01', '2026-06-30', 'COMPLAINT', 'Thụ lý khiếu nại lần đầu', 30, 'CALENDAR_DAY', '{"COMPLEX":45,"REMOTE":45,"REMOTE_COMPLEX":60}', false, true,
   'Luật Khiếu nại 2011, Điều 28', 'Không quá 30 ngày; phức tạp hoặc vùng sâu, vùng xa không quá 45 ngày; vùng sâu, vùng xa và phức tạp không quá 60 ngày', 'migration'),
  ('KN.RESOLVE_L1', '2026-07-01', NULL, 'COMPLAINT', 'Thụ lý khiếu nại lần đầu', 30, 'CALENDAR_DAY', '{"COMPLEX":45,"REMOTE":45,"REMOTE_COMPLEX":60}', true, true,
   'Luật Khiếu nại 2011, Điều 28, sửa đổi bởi Luật 136/2025/QH15', 'Từ 1/7/2026 có tạm đình chỉ; thời gian tạm đình chỉ không tính vào thời hạn (gợi ý thiết kế, cần xác nhận)', 'migration'),
  ('KN.SECOND_OR_SUE', '2012-07-01', NULL, 'COMPLAINT', 'Nhận quyết định giải quyết lần đầu hoặc hết thời hạn giải quyết lần đầu', 30, 'CALENDAR_DAY', '{"REMOTE":45}', false, false,
   'Luật Khiếu nại 2011, Điều 33', 'Khiếu nại lần hai hoặc khởi kiện; vùng sâu, vùng xa 45 ngày', 'migration'),
  ('KN.ACCEPT_L2', '2012-07-01', NULL, 'COMPLAINT', 'Nhận được khiếu nại lần hai', 10, 'WORKING_DAY', '{}', false, true,
   'Luật Khiếu nại 2011, Điều 36', 'Đơn vị "ngày làm việc" cần xác nhận [M]', 'migration'),
  ('KN.RESOLVE_L2', '2012-07-01', '2026-06-30', 'COMPLAINT', 'Thụ lý khiếu nại lần hai', 45, 'CALENDAR_DAY', '{"COMPLEX":60,"REMOTE":60,"REMOTE_COMPLEX":70}', false, true,
   'Luật Khiếu nại 2011, Điều 37', 'Không quá 45 ngày; phức tạp hoặc vùng sâu, vùng xa không quá 60 ngày; vùng sâu, vùng xa và phức tạp không quá 70 ngày', 'migration'),
  ('KN.RESOLVE_L2', '2026-07-01', NULL, 'COMPLAINT', 'Thụ lý khiếu nại lần hai', 45, 'CALENDAR_DAY', '{"COMPLEX":60,"REMOTE":60,"REMOTE_COMPLEX":70}', true, true,
   'Luật Khiếu nại 2011, Điều 37, sửa đổi bởi Luật 136/2025/QH15', 'Từ 1/7/2026 có tạm đình chỉ; thời gian tạm đình chỉ không tính vào thời hạn (gợi ý thiết kế, cần xác nhận)', 'migration'),
  ('KN.EFFECTIVE_L1', '2012-07-01', NULL, 'COMPLAINT', 'Ban hành quyết định giải quyết khiếu nại lần đầu', 30, 'CALENDAR_DAY', '{"REMOTE":45}', false, false,
   'Luật Khiếu nại 2011, Điều 44 [M]', 'Có hiệu lực nếu không khiếu nại lần hai, không khởi kiện [M]', 'migration'),
  ('KN.EFFECTIVE_L2', '2012-07-01', NULL, 'COMPLAINT', 'Ban hành quyết định giải quyết khiếu nại lần hai', 30, 'CALENDAR_DAY', '{"REMOTE":45}', false, false,
   'Luật Khiếu nại 2011, Điều 44 [M]', 'Có hiệu lực sau 30 ngày, vùng sâu, vùng xa 45 ngày [M]', 'migration'),
  ('KN.LAWSUIT', '2016-07-01', NULL, 'COMPLAINT', 'Nhận hoặc biết quyết định giải quyết khiếu nại, hoặc hết thời hạn giải quyết', 1, 'YEAR', '{}', true, false,
   'Luật Tố tụng hành chính 2015, Điều 116', 'Thời hiệu khởi kiện; thời gian có trở ngại khách quan không tính', 'migration'),
  ('KN.AFTER_TERMINATION', '2012-07-01', NULL, 'COMPLAINT', 'Nhận thông báo đình chỉ', 30, 'CALENDAR_DAY', '{}', false, false,
   'Luật Khiếu nại 2011, Điều 11(8)', 'Quá hạn thì khiếu nại mới không được thụ lý', 'migration'),
  ('TC.INTAKE', '2019-01-01', NULL, 'DENUNCIATION', 'Nhận được tố cáo', 7, 'WORKING_DAY', '{"COMPLEX":10}', false, false,
   'Luật Tố cáo 2018, Điều 24', 'Kéo dài tối đa 10 ngày làm việc khi phải kiểm tra, xác minh ở nhiều địa điểm (khóa COMPLEX) [M]', 'migration'),
  ('TC.TRANSFER', '2019-01-01', NULL, 'DENUNCIATION', 'Nhận được tố cáo không thuộc thẩm quyền', 5, 'WORKING_DAY', '{}', false, false,
   'Luật Tố cáo 2018, Điều 24 [M]', 'Chuyển đơn tố cáo cho cơ quan có thẩm quyền [M]', 'migration'),
  ('TC.NOTIFY_ACCEPT', '2019-01-01', NULL, 'DENUNCIATION', 'Ra quyết định thụ lý tố cáo', 5, 'WORKING_DAY', '{}', false, false,
   'Luật Tố cáo 2018, Điều 29(3)', 'Thông báo cho người tố cáo và người bị tố cáo', 'migration'),
  ('TC.RESOLVE', '2019-01-01', NULL, 'DENUNCIATION', 'Thụ lý tố cáo', 30, 'CALENDAR_DAY', '{"maxExtensions":{"COMPLEX":1,"VERY_COMPLEX":2},"extensionDays":30}', true, true,
   'Luật Tố cáo 2018, Điều 30, 34', 'Phức tạp gia hạn một lần, tối đa 30 ngày; đặc biệt phức tạp gia hạn hai lần, mỗi lần tối đa 30 ngày; thời gian tạm đình chỉ không tính', 'migration'),
  ('TC.NOTIFY_SUSPEND_TERMINATE', '2019-01-01', NULL, 'DENUNCIATION', 'Ra quyết định tạm đình chỉ hoặc đình chỉ giải quyết tố cáo', 5, 'WORKING_DAY', '{}', false, false,
   'Luật Tố cáo 2018, Điều 34', 'Gửi cho người tố cáo và người bị tố cáo', 'migration'),
  ('TC.POLICE_NOTIFY', '2019-01-01', NULL, 'DENUNCIATION', 'Cơ quan điều tra, Viện kiểm sát nhận hồ sơ có dấu hiệu tội phạm', 20, 'CALENDAR_DAY', '{"COMPLEX":60}', false, false,
   'Luật Tố cáo 2018, Điều 28', 'Vụ việc phức tạp không quá 60 ngày', 'migration');
