-- Reception scheduling (DOMAIN.md §4, §5.3, §6.1.1): the working-day calendar, reception schedules with an RFC 5545
-- recurrence, dated sessions and the statutory minimum frequencies as effective-dated data.

-- Exceptions to the Monday–Friday working week: public holidays, compensatory days off (DAY_OFF) and Saturdays or
-- Sundays worked in exchange (WORKING_DAY). Labour Code 2019 Art. 112 and the yearly swap notices; never in Java.
CREATE TABLE calendar_day (
    id           uuid         PRIMARY KEY,
    day          date         NOT NULL,
    kind         varchar(16)  NOT NULL CHECK (kind IN ('DAY_OFF', 'WORKING_DAY')),
    name         varchar(255) NOT NULL,
    legal_basis  varchar(500),
    verified     boolean      NOT NULL DEFAULT false,
    closed_at    timestamptz,
    close_reason varchar(1000),
    version      bigint       NOT NULL DEFAULT 0,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    created_by   varchar(255),
    updated_at   timestamptz  NOT NULL DEFAULT now(),
    updated_by   varchar(255)
);
-- One active entry per day; a closed (withdrawn) entry stays for history.
CREATE UNIQUE INDEX calendar_day_active ON calendar_day (day) WHERE closed_at IS NULL;

INSERT INTO calendar_day (id, day, kind, name, legal_basis, verified, created_by) VALUES
  ('00000000-0000-4000-8100-202501010000', '2025-01-01', 'DAY_OFF', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112(1)(a)', true, 'migration'),
  ('00000000-0000-4000-8100-202501270000', '2025-01-27', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); Thông báo 6150/TB-LĐTBXH', true, 'migration'),
  ('00000000-0000-4000-8100-202501280000', '2025-01-28', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); Thông báo 6150/TB-LĐTBXH', true, 'migration'),
  ('00000000-0000-4000-8100-202501290000', '2025-01-29', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); Thông báo 6150/TB-LĐTBXH', true, 'migration'),
  ('00000000-0000-4000-8100-202501300000', '2025-01-30', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); Thông báo 6150/TB-LĐTBXH', true, 'migration'),
  ('00000000-0000-4000-8100-202501310000', '2025-01-31', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); Thông báo 6150/TB-LĐTBXH', true, 'migration'),
  ('00000000-0000-4000-8100-202504070000', '2025-04-07', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, Điều 112(1)(e)', true, 'migration'),
  ('00000000-0000-4000-8100-202504260000', '2025-04-26', 'WORKING_DAY', 'Làm bù cho ngày 02/5/2025', 'Công văn 7354/CV-VPCP (hoán đổi ngày làm việc dịp 30/4–1/5/2025)', true, 'migration'),
  ('00000000-0000-4000-8100-202504300000', '2025-04-30', 'DAY_OFF', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112(1)(c)', true, 'migration'),
  ('00000000-0000-4000-8100-202505010000', '2025-05-01', 'DAY_OFF', 'Ngày Quốc tế lao động', 'Bộ luật Lao động 2019, Điều 112(1)(d)', true, 'migration'),
  ('00000000-0000-4000-8100-202505020000', '2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)', 'Công văn 7354/CV-VPCP (hoán đổi ngày làm việc dịp 30/4–1/5/2025)', true, 'migration'),
  ('00000000-0000-4000-8100-202509010000', '2025-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề)', 'Bộ luật Lao động 2019, Điều 112(1)(đ)', true, 'migration'),
  ('00000000-0000-4000-8100-202509020000', '2025-09-02', 'DAY_OFF', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112(1)(đ)', true, 'migration'),
  ('00000000-0000-4000-8100-202601010000', '2026-01-01', 'DAY_OFF', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112(1)(a)', true, 'migration'),
  ('00000000-0000-4000-8100-202601020000', '2026-01-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', 'Thông báo hoán đổi ngày làm việc năm 2026 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202601100000', '2026-01-10', 'WORKING_DAY', 'Làm bù cho ngày 02/01/2026', 'Thông báo hoán đổi ngày làm việc năm 2026 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202602160000', '2026-02-16', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2026 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202602170000', '2026-02-17', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2026 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202602180000', '2026-02-18', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2026 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202602190000', '2026-02-19', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2026 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202602200000', '2026-02-20', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2026 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202604270000', '2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/4/2026 là Chủ nhật)', 'Bộ luật Lao động 2019, Điều 112(1)(e), (3)', true, 'migration'),
  ('00000000-0000-4000-8100-202604300000', '2026-04-30', 'DAY_OFF', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112(1)(c)', true, 'migration'),
  ('00000000-0000-4000-8100-202605010000', '2026-05-01', 'DAY_OFF', 'Ngày Quốc tế lao động', 'Bộ luật Lao động 2019, Điều 112(1)(d)', true, 'migration'),
  ('00000000-0000-4000-8100-202609010000', '2026-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề, chưa xác minh)', 'Bộ luật Lao động 2019, Điều 112(1)(đ) (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202609020000', '2026-09-02', 'DAY_OFF', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112(1)(đ)', true, 'migration'),
  ('00000000-0000-4000-8100-202701010000', '2027-01-01', 'DAY_OFF', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112(1)(a)', true, 'migration'),
  ('00000000-0000-4000-8100-202702040000', '2027-02-04', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2027 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202702050000', '2027-02-05', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2027 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202702080000', '2027-02-08', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2027 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202702090000', '2027-02-09', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2027 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202702100000', '2027-02-10', 'DAY_OFF', 'Tết Nguyên đán', 'Bộ luật Lao động 2019, Điều 112(1)(b); lịch nghỉ Tết 2027 (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202704160000', '2027-04-16', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, Điều 112(1)(e)', true, 'migration'),
  ('00000000-0000-4000-8100-202704300000', '2027-04-30', 'DAY_OFF', 'Ngày Chiến thắng', 'Bộ luật Lao động 2019, Điều 112(1)(c)', true, 'migration'),
  ('00000000-0000-4000-8100-202705030000', '2027-05-03', 'DAY_OFF', 'Nghỉ bù Ngày Quốc tế lao động (01/5/2027 là thứ Bảy)', 'Bộ luật Lao động 2019, Điều 112(1)(d), (3) (chưa xác minh)', false, 'migration'),
  ('00000000-0000-4000-8100-202709020000', '2027-09-02', 'DAY_OFF', 'Quốc khánh', 'Bộ luật Lao động 2019, Điều 112(1)(đ)', true, 'migration'),
  ('00000000-0000-4000-8100-202709030000', '2027-09-03', 'DAY_OFF', 'Quốc khánh (ngày liền kề, chưa xác minh)', 'Bộ luật Lao động 2019, Điều 112(1)(đ) (chưa xác minh)', false, 'migration');

-- Lịch tiếp công dân: who presides where and when, as an RFC 5545 RRULE over a validity period.
CREATE TABLE reception_schedule (
    id                    uuid         PRIMARY KEY,
    org_unit_id           uuid         NOT NULL REFERENCES org_unit (id),
    presiding_official_id uuid         NOT NULL REFERENCES official (id),
    title                 varchar(255) NOT NULL,
    rrule                 varchar(500) NOT NULL,
    start_time            time         NOT NULL,
    end_time              time         NOT NULL,
    reception_place_id    uuid         REFERENCES reception_place (id),
    place_text            varchar(500),
    channel               varchar(16)  NOT NULL CHECK (channel IN ('IN_PERSON', 'ONLINE')),
    kind                  varchar(16)  NOT NULL CHECK (kind IN ('REGULAR', 'PERIODIC', 'URGENT')),
    program               varchar(32)  NOT NULL CHECK (program IN ('NONE', 'BUOI_SANG_VOI_NHAN_DAN')),
    holiday_policy        varchar(24)  NOT NULL CHECK (holiday_policy IN ('SKIP', 'NEXT_WORKING_DAY')),
    valid_from            date         NOT NULL,
    valid_to              date,
    published_at          timestamptz,
    ended_at              timestamptz,
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    created_by            varchar(255),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    updated_by            varchar(255),
    CONSTRAINT reception_schedule_slot CHECK (end_time > start_time),
    CONSTRAINT reception_schedule_validity CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX reception_schedule_unit ON reception_schedule (org_unit_id);

-- Kỳ/buổi tiếp: one dated session, generated from a schedule or created ad hoc (urgent, postponed-to).
CREATE TABLE reception_session (
    id                    uuid         PRIMARY KEY,
    schedule_id           uuid         REFERENCES reception_schedule (id),
    org_unit_id           uuid         NOT NULL REFERENCES org_unit (id),
    session_date          date         NOT NULL,
    planned_start         time         NOT NULL,
    planned_end           time         NOT NULL,
    reception_place_id    uuid         REFERENCES reception_place (id),
    place_text            varchar(500),
    channel               varchar(16)  NOT NULL CHECK (channel IN ('IN_PERSON', 'ONLINE')),
    kind                  varchar(16)  NOT NULL CHECK (kind IN ('REGULAR', 'PERIODIC', 'URGENT')),
    program               varchar(32)  NOT NULL CHECK (program IN ('NONE', 'BUOI_SANG_VOI_NHAN_DAN')),
    status                varchar(20)  NOT NULL CHECK (status IN ('PLANNED', 'PUBLISHED', 'HELD', 'HELD_NO_VISITORS',
                                                                  'POSTPONED', 'CANCELLED')),
    obligated_head_id     uuid         NOT NULL REFERENCES official (id),
    presiding_official_id uuid         NOT NULL REFERENCES official (id),
    delegated             boolean      NOT NULL DEFAULT false,
    delegation_reason     varchar(1000),
    urgent_reason         varchar(1000),
    notice                varchar(2000),
    postponed_from_id     uuid         REFERENCES reception_session (id),
    postponed_to_id       uuid         REFERENCES reception_session (id),
    actual_start          timestamptz,
    actual_end            timestamptz,
    visitors_count        int          CHECK (visitors_count IS NULL OR visitors_count >= 0),
    published_at          timestamptz,
    version               bigint       NOT NULL DEFAULT 0,
    created_at            timestamptz  NOT NULL DEFAULT now(),
    created_by            varchar(255),
    updated_at            timestamptz  NOT NULL DEFAULT now(),
    updated_by            varchar(255),
    CONSTRAINT reception_session_slot CHECK (planned_end > planned_start),
    CONSTRAINT reception_session_delegation CHECK (NOT delegated OR delegation_reason IS NOT NULL),
    CONSTRAINT reception_session_notice CHECK (status NOT IN ('CANCELLED', 'POSTPONED') OR notice IS NOT NULL)
);
-- Generation is idempotent, also with several API replicas: INSERT ... ON CONFLICT DO NOTHING on this index.
CREATE UNIQUE INDEX reception_session_once ON reception_session (schedule_id, session_date)
    WHERE schedule_id IS NOT NULL;
CREATE INDEX reception_session_unit_date ON reception_session (org_unit_id, session_date);
CREATE INDEX reception_session_presiding_date ON reception_session (presiding_official_id, session_date);
CREATE INDEX reception_session_head_date ON reception_session (obligated_head_id, session_date);

-- Minimum frequency of the head's periodic reception (DOMAIN.md §4.2, Appendix A SCHED.*), effective-dated.
CREATE TABLE obligation_rule (
    code        varchar(64)  NOT NULL,
    applies_to  varchar(32)  NOT NULL CHECK (applies_to IN ('COMMUNE_CHAIRPERSON', 'AGENCY_HEAD',
                                                            'PROVINCE_CHAIRPERSON')),
    period      varchar(16)  NOT NULL CHECK (period IN ('WEEK', 'MONTH', 'WORKING_DAY')),
    min_days    int          NOT NULL CHECK (min_days >= 1),
    program     varchar(32)  NOT NULL DEFAULT 'NONE',
    valid_from  date         NOT NULL,
    valid_to    date,
    legal_basis varchar(500) NOT NULL,
    PRIMARY KEY (code, applies_to, valid_from)
);
INSERT INTO obligation_rule (code, applies_to, period, min_days, program, valid_from, valid_to, legal_basis) VALUES
  ('SCHED.CT_XA', 'COMMUNE_CHAIRPERSON', 'WEEK', 1, 'NONE', '2014-07-01', '2026-06-30', 'Luật Tiếp công dân 2013, Điều 15(2)(d)'),
  ('SCHED.CT_XA', 'COMMUNE_CHAIRPERSON', 'MONTH', 2, 'NONE', '2026-07-01', NULL, 'Luật Tiếp công dân 2013, Điều 15(2)(d), sửa đổi bởi Luật 136/2025/QH15'),
  ('SCHED.CT_TINH', 'PROVINCE_CHAIRPERSON', 'MONTH', 1, 'NONE', '2014-07-01', NULL, 'Luật Tiếp công dân 2013, Điều 12(5)'),
  ('SCHED.THU_TRUONG_CQHCNN', 'AGENCY_HEAD', 'MONTH', 1, 'NONE', '2014-07-01', NULL, 'Luật Tiếp công dân 2013, Điều 18(2),(4); Nghị định 64/2014/NĐ-CP, Điều 4(2)'),
  ('SCHED.BSVND', 'COMMUNE_CHAIRPERSON', 'WORKING_DAY', 1, 'BUOI_SANG_VOI_NHAN_DAN', '2024-01-01', NULL, 'Công văn 1572 và Công văn 10549 của UBND tỉnh Đồng Nai (Buổi sáng với Nhân dân)'),
  ('SCHED.BSVND', 'AGENCY_HEAD', 'WORKING_DAY', 1, 'BUOI_SANG_VOI_NHAN_DAN', '2024-01-01', NULL, 'Công văn 1572 và Công văn 10549 của UBND tỉnh Đồng Nai (Buổi sáng với Nhân dân)');
