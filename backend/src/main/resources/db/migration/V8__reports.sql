-- Issue 7: periodic reports (DOMAIN.md §7), their submission up the tree, the Mass Mobilization dashboard's
-- recognition records (§4.5), and the petition facts the forms need that earlier issues did not record.

-- Report period kinds and their configurable windows and due dates (§7.1 cut-offs of TT 01/2024/TT-TTCP; the
-- "Buổi sáng với Nhân dân" model's own reports, §7.4). A window is [start, end] relative to the period's year;
-- MONTH is the calendar month (due_day of the following month). Thanh tra tỉnh edits due dates.
CREATE TABLE report_period_kind (
    code               varchar(16)  PRIMARY KEY,
    regime             varchar(16)  NOT NULL CHECK (regime IN ('TT01_2024', 'BSVND')),
    label_vi           varchar(200) NOT NULL,
    label_en           varchar(200) NOT NULL,
    sort_order         int          NOT NULL,
    start_month        int          CHECK (start_month BETWEEN 1 AND 12),
    start_day          int          CHECK (start_day BETWEEN 1 AND 31),
    start_year_offset  int          NOT NULL DEFAULT 0 CHECK (start_year_offset IN (-1, 0)),
    end_month          int          CHECK (end_month BETWEEN 1 AND 12),
    end_day            int          CHECK (end_day BETWEEN 1 AND 31),
    due_month          int          CHECK (due_month BETWEEN 1 AND 12),
    due_day            int          NOT NULL CHECK (due_day BETWEEN 1 AND 31),
    due_year_offset    int          NOT NULL DEFAULT 0 CHECK (due_year_offset IN (0, 1)),
    narrative_required boolean      NOT NULL DEFAULT false,
    legal_basis        varchar(500) NOT NULL,
    version            bigint       NOT NULL DEFAULT 0,
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    updated_by         varchar(255),
    CONSTRAINT report_period_kind_window CHECK (code = 'MONTH' OR (start_month IS NOT NULL AND start_day IS NOT NULL
        AND end_month IS NOT NULL AND end_day IS NOT NULL AND due_month IS NOT NULL))
);
INSERT INTO report_period_kind (code, regime, label_vi, label_en, sort_order, start_month, start_day, start_year_offset,
                                end_month, end_day, due_month, due_day, due_year_offset, narrative_required, legal_basis)
VALUES
  ('Q1', 'TT01_2024', 'Quý I', 'Quarter 1', 10, 12, 15, -1, 3, 14, 3, 18, 0, true, 'Thông tư 01/2024/TT-TTCP (chốt số liệu 15/12 năm trước – 14/3); hạn nộp nội bộ do Thanh tra tỉnh quy định'),
  ('Q2', 'TT01_2024', 'Quý II', 'Quarter 2', 20, 3, 15, 0, 6, 14, 6, 18, 0, false, 'Thông tư 01/2024/TT-TTCP (15/3 – 14/6); hạn nộp nội bộ do Thanh tra tỉnh quy định'),
  ('Q3', 'TT01_2024', 'Quý III', 'Quarter 3', 30, 6, 15, 0, 9, 14, 9, 18, 0, false, 'Thông tư 01/2024/TT-TTCP (15/6 – 14/9); hạn nộp nội bộ do Thanh tra tỉnh quy định'),
  ('Q4', 'TT01_2024', 'Quý IV', 'Quarter 4', 40, 9, 15, 0, 12, 14, 12, 18, 0, false, 'Thông tư 01/2024/TT-TTCP (15/9 – 14/12); hạn nộp nội bộ do Thanh tra tỉnh quy định'),
  ('H1', 'TT01_2024', '6 tháng', 'Six months', 50, 12, 15, -1, 6, 14, 6, 18, 0, true, 'Thông tư 01/2024/TT-TTCP (15/12 năm trước – 14/6)'),
  ('9M', 'TT01_2024', '9 tháng', 'Nine months', 60, 12, 15, -1, 9, 14, 9, 18, 0, true, 'Thông tư 01/2024/TT-TTCP (15/12 năm trước – 14/9)'),
  ('Y', 'TT01_2024', 'Năm', 'Year', 70, 12, 15, -1, 12, 14, 12, 18, 0, true, 'Thông tư 01/2024/TT-TTCP (15/12 năm trước – 14/12)'),
  ('MONTH', 'BSVND', 'Tháng (mô hình Buổi sáng với Nhân dân)', 'Month (Morning with the People)', 80, NULL, NULL, 0, NULL, NULL, NULL, 5, 0, false, 'Công văn 1572 của UBND tỉnh Đồng Nai (báo cáo hằng tháng qua Ban Dân vận); hạn ngày 05 tháng sau: đề xuất, cấu hình được'),
  ('BSVND_H1', 'BSVND', '6 tháng (mô hình Buổi sáng với Nhân dân)', 'Six months (Morning with the People)', 90, 10, 15, -1, 4, 14, 5, 14, 0, true, 'Công văn 10549 của UBND tỉnh Đồng Nai (báo cáo 6 tháng trước ngày 15/5); khoảng số liệu: đề xuất, cấu hình được'),
  ('BSVND_Y', 'BSVND', 'Năm (mô hình Buổi sáng với Nhân dân)', 'Year (Morning with the People)', 100, 10, 15, -1, 10, 14, 10, 31, 0, true, 'Công văn 10549 của UBND tỉnh Đồng Nai (báo cáo năm trước ngày 01/11); khoảng số liệu: đề xuất, cấu hình được');

-- A unit's report for one period: a draft with live figures, then a frozen snapshot with its content hash.
CREATE TABLE report_submission (
    id              uuid          PRIMARY KEY,
    org_unit_id     uuid          NOT NULL REFERENCES org_unit (id),
    period_code     varchar(32)   NOT NULL,           -- e.g. 2026-H1, 2026-BSVND-Y, 2026-03
    period_kind     varchar(16)   NOT NULL REFERENCES report_period_kind (code),
    from_on         date          NOT NULL,
    to_on           date          NOT NULL,
    due_on          date          NOT NULL,
    forms           jsonb         NOT NULL,           -- form codes in the report, e.g. ["01-TCD","01-XLD"]
    status          varchar(16)   NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    consolidated    boolean       NOT NULL DEFAULT false,  -- the province's consolidation of accepted reports
    results         text,                              -- narrative: kết quả đạt được
    difficulties    text,                              -- khó khăn, vướng mắc
    exemplary       text,                              -- điển hình tiêu biểu
    proposals       text,                              -- kiến nghị, đề xuất
    doc_no          varchar(64),
    signer_name     varchar(255),
    signer_title    varchar(255),
    snapshot        jsonb,                             -- frozen at submission: forms + narrative (canonical)
    content_hash    varchar(64),                       -- SHA-256 hex of the canonical snapshot content
    submitted_at    timestamptz,
    submitted_by    varchar(255),
    late            boolean,                           -- submitted after due_on
    reviewed_at     timestamptz,
    reviewed_by     varchar(255),
    review_comment  text,
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    created_by      varchar(255),
    updated_at      timestamptz   NOT NULL DEFAULT now(),
    updated_by      varchar(255),
    CONSTRAINT report_submission_once UNIQUE (org_unit_id, period_code),
    CONSTRAINT report_submission_frozen CHECK (status = 'DRAFT' OR (snapshot IS NOT NULL AND content_hash IS NOT NULL
        AND submitted_at IS NOT NULL))
);
CREATE INDEX report_submission_period ON report_submission (period_code, status);
CREATE INDEX report_submission_status ON report_submission (status, due_on);

CREATE TABLE report_submission_event (
    id            uuid         PRIMARY KEY,
    submission_id uuid         NOT NULL REFERENCES report_submission (id),
    at            timestamptz  NOT NULL,
    action        varchar(24)  NOT NULL CHECK (action IN ('CREATED', 'EDITED', 'SUBMITTED', 'ACCEPTED', 'RETURNED',
                                                          'REOPENED', 'VERIFIED')),
    actor         varchar(255) NOT NULL,
    comment       text,
    content_hash  varchar(64)
);
CREATE INDEX report_submission_event_sub ON report_submission_event (submission_id, at);

-- Sở Nội vụ's unannounced inspections of discipline and conduct at reception (§4.5, CV 10549 §3).
CREATE TABLE inspection_record (
    id                 uuid          PRIMARY KEY,
    org_unit_id        uuid          NOT NULL REFERENCES org_unit (id),
    inspected_on       date          NOT NULL,
    unannounced        boolean       NOT NULL DEFAULT true,
    session_id         uuid          REFERENCES reception_session (id),
    session_held       boolean,                        -- was the 07:00–08:00 session running when inspected
    rating             varchar(24)   NOT NULL CHECK (rating IN ('GOOD', 'SATISFACTORY', 'NEEDS_IMPROVEMENT', 'VIOLATION')),
    findings_discipline text         NOT NULL,         -- kỷ luật, kỷ cương (giờ giấc, hiện diện)
    findings_conduct   text          NOT NULL,         -- thái độ, tác phong, văn hóa ứng xử
    follow_up          text,                           -- yêu cầu khắc phục
    follow_up_due      date,
    follow_up_done_on  date,
    inspector_username varchar(255)  NOT NULL,
    inspector_name     varchar(255),
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL DEFAULT now(),
    created_by         varchar(255),
    updated_at         timestamptz   NOT NULL DEFAULT now(),
    updated_by         varchar(255)
);
CREATE INDEX inspection_record_unit ON inspection_record (org_unit_id, inspected_on DESC);

-- Commendations (khen thưởng) and corrections (chấn chỉnh, phê bình, kiểm điểm) of units and officials.
CREATE TABLE recognition (
    id            uuid          PRIMARY KEY,
    org_unit_id   uuid          NOT NULL REFERENCES org_unit (id),
    official_id   uuid          REFERENCES official (id),   -- NULL: the unit itself
    kind          varchar(16)   NOT NULL CHECK (kind IN ('COMMENDATION', 'CORRECTION')),
    form          varchar(32)   NOT NULL,   -- BANG_KHEN, GIAY_KHEN, BIEU_DUONG / NHAC_NHO, CHAN_CHINH, PHE_BINH, KIEM_DIEM
    decided_on    date          NOT NULL,
    decision_no   varchar(64),
    decided_by    varchar(300),             -- issuing body, e.g. UBND tỉnh, Sở Nội vụ
    reason        text          NOT NULL,
    inspection_id uuid          REFERENCES inspection_record (id),
    version       bigint        NOT NULL DEFAULT 0,
    created_at    timestamptz   NOT NULL DEFAULT now(),
    created_by    varchar(255),
    updated_at    timestamptz   NOT NULL DEFAULT now(),
    updated_by    varchar(255)
);
CREATE INDEX recognition_unit ON recognition (org_unit_id, decided_on DESC);

-- Petition facts the XLD forms count (DOMAIN.md §7.2): the matter's resolution status when the petition came in
-- (already resolved first time / several times / by a court judgment, or not fully resolved), and the reply
-- received to a transfer (chuyển đơn). The time of the handling decision is petition.decided_at.
ALTER TABLE petition ADD COLUMN prior_resolution varchar(24)
    CHECK (prior_resolution IN ('CHUA_GIAI_QUYET', 'DA_GIAI_QUYET_LAN_DAU', 'DA_GIAI_QUYET_NHIEU_LAN', 'DA_CO_BAN_AN'));
ALTER TABLE petition ADD COLUMN transfer_reply_doc_no varchar(64);
ALTER TABLE petition ADD COLUMN transfer_reply_on date;

-- The report and dashboard aggregates read by time window first (issue 7 performance).
CREATE INDEX reception_visit_received ON reception_visit (received_at);
CREATE INDEX reception_session_date ON reception_session (session_date);
CREATE INDEX petition_received_on ON petition (received_on);
CREATE INDEX petition_decided_at ON petition (decided_at) WHERE decided_at IS NOT NULL;
CREATE INDEX case_file_received_on ON case_file (received_on);
CREATE INDEX case_decision_signed_on ON case_decision (signed_on);
