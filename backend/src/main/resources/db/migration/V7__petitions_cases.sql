-- Petitions and cases (issue 6): DOMAIN.md §5.4, §6.2–§6.6, §8.1, Appendix A/B.
-- Denouncer identity lives ONLY in identity_vault_entry / identity_vault_blob, sealed with AES-256-GCM by
-- vn.tiepdan.confidential.IdentityVault (key from configuration). Petitions and cases hold a pseudonymous
-- denouncer_ref. Nothing else in this schema may hold a denouncer's identity.

-- ---------------------------------------------------------------------------------------------------------------
-- Identity vault (DOMAIN.md §8.1 (1)): one row per person of a denunciation, sealed. The MAC columns are blind
-- indexes (HMAC-SHA256 with a separate key) so the reception lookup can match an ID number or name without
-- decrypting; they cannot be reversed without the key.
CREATE TABLE identity_vault_entry (
    id            uuid        PRIMARY KEY,
    denouncer_ref uuid        NOT NULL,
    ordinal       int         NOT NULL,
    key_id        varchar(32) NOT NULL,
    nonce         bytea       NOT NULL,
    sealed        bytea       NOT NULL,  -- AES-256-GCM(JSON person), AAD = 'identity:' || denouncer_ref || ':' || ordinal
    id_mac        varchar(64),           -- HMAC of the ID key (ID number without spaces, upper case)
    name_mac      varchar(64),           -- HMAC of fold_vi(name) || '|' || fold_vi(address)
    name_only_mac varchar(64),           -- HMAC of fold_vi(name)
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (denouncer_ref, ordinal)
);
CREATE INDEX identity_vault_entry_id_mac ON identity_vault_entry (id_mac) WHERE id_mac IS NOT NULL;
CREATE INDEX identity_vault_entry_name_mac ON identity_vault_entry (name_mac) WHERE name_mac IS NOT NULL;
CREATE INDEX identity_vault_entry_name_only_mac ON identity_vault_entry (name_only_mac) WHERE name_only_mac IS NOT NULL;

-- Sealed originals (the signed denunciation petition, handwriting): DOMAIN.md §8.1 (1).
CREATE TABLE identity_vault_blob (
    id            uuid         PRIMARY KEY,
    denouncer_ref uuid         NOT NULL,
    key_id        varchar(32)  NOT NULL,
    nonce         bytea        NOT NULL,
    sealed        bytea        NOT NULL,  -- AES-256-GCM(bytes), AAD = 'blob:' || id
    content_type  varchar(100) NOT NULL,
    size_bytes    bigint       NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX identity_vault_blob_ref ON identity_vault_blob (denouncer_ref);

-- ---------------------------------------------------------------------------------------------------------------
-- Petitions (đơn; TT 05/2021/TT-TTCP). Numbered per receiving unit and year, gapless.
CREATE TABLE petition_counter (
    org_unit_id uuid NOT NULL REFERENCES org_unit (id),
    year        int  NOT NULL,
    last_seq    int  NOT NULL DEFAULT 0,
    PRIMARY KEY (org_unit_id, year)
);

CREATE TABLE petition (
    id                      uuid          PRIMARY KEY,
    org_unit_id             uuid          NOT NULL REFERENCES org_unit (id),   -- receiving (and handling) unit
    petition_year           int           NOT NULL,
    petition_seq            int           NOT NULL,
    petition_no             varchar(32)   NOT NULL,                           -- '<seq>/<year>/Đ'
    received_on             date          NOT NULL,
    received_at             timestamptz   NOT NULL,
    source                  varchar(32)   NOT NULL CHECK (source IN ('TRUC_TIEP', 'BUU_CHINH', 'CO_QUAN_KHAC_CHUYEN_DEN',
                                'LANH_DAO_GIAO', 'BAO_CHI', 'HDND', 'DBQH', 'MTTQ', 'TRUNG_UONG', 'HOP_THU', 'CONG_DVC',
                                'TONG_DAI_1022', 'TRUC_TUYEN', 'DOI_THOAI_TRUC_TIEP', 'KHAC')),
    sender_body             varchar(300),  -- transferring agency / press / assigning leader
    sender_doc_no           varchar(64),
    sender_doc_date         date,
    visit_id                uuid          REFERENCES reception_visit (id),
    written_date            date,
    language                varchar(16)   NOT NULL DEFAULT 'vi',
    translation_notarised   boolean,
    signed                  boolean       NOT NULL DEFAULT true,               -- signed or fingerprinted
    signer_class            varchar(32)   NOT NULL CHECK (signer_class IN ('NHIEU_NGUOI_DUNG_TEN', 'MOT_NGUOI_DUNG_TEN', 'DON_KHAC')),
    anonymous               boolean       NOT NULL DEFAULT false,              -- nặc danh
    pseudonymous            boolean       NOT NULL DEFAULT false,              -- mạo danh
    petitioner_count        int           NOT NULL DEFAULT 1 CHECK (petitioner_count >= 0),
    confidential            boolean       NOT NULL DEFAULT false,              -- carries a denunciation
    denouncer_ref           uuid,                                               -- people in identity_vault_entry
    content                 text          NOT NULL,
    request                 text,
    respondent              varchar(500),
    incident_unit_code      varchar(64),
    field_code              varchar(64)   REFERENCES field_category (code),
    classification          varchar(24)   CHECK (classification IN ('KHIEU_NAI', 'TO_CAO', 'KIEN_NGHI_PHAN_ANH', 'NHIEU_NOI_DUNG')),
    processable             varchar(24)   CHECK (processable IN ('DU_DIEU_KIEN', 'KHONG_DU_DIEU_KIEN')),
    not_processable_reason  text,
    competence              varchar(32)   CHECK (competence IN ('THUOC_THAM_QUYEN', 'KHONG_THUOC_THAM_QUYEN')),
    duplicate_of_id         uuid          REFERENCES petition (id),           -- the master petition (đơn gốc)
    parent_petition_id      uuid          REFERENCES petition (id),           -- split part of a mixed petition
    status                  varchar(24)   NOT NULL CHECK (status IN ('RECEIVED', 'CLASSIFIED', 'DECIDED', 'FILED', 'DESTROYED')),
    decision                varchar(32)   CHECK (decision IN ('DE_XUAT_THU_LY', 'KHONG_THU_LY', 'HUONG_DAN', 'TRA_LAI',
                                'CHUYEN_DON', 'DON_DOC', 'LUU_DON', 'XU_LY_THONG_TIN_TO_CAO', 'TACH_NOI_DUNG')),
    decision_ground         varchar(64),   -- e.g. KN_ART11_5 (Luật KN Art. 11 ground), TT05_ART28_1A
    decision_note           text,          -- reasons, guidance text, urging content
    transfer_to_unit_id     uuid          REFERENCES org_unit (id),
    transfer_to_body        varchar(300),
    transfer_slip_no        varchar(64),
    transfer_redacted       boolean,
    decided_at              timestamptz,
    decided_by              varchar(255),
    handler_username        varchar(255),
    process_due_on          date,          -- XLD.PROCESS (legal_deadline holds the derivation)
    case_id                 uuid,          -- FK below, set when a case is opened from it
    filed_at                timestamptz,
    destroy_after           date,          -- XLD.ARCHIVE_RETENTION (1 year)
    destroy_approved_by     varchar(255),
    destroy_approved_at     timestamptz,
    destroyed_at            timestamptz,
    destruction_record_no   varchar(64),
    search_text             text          NOT NULL DEFAULT '',
    version                 bigint        NOT NULL DEFAULT 0,
    created_at              timestamptz   NOT NULL DEFAULT now(),
    created_by              varchar(255),
    updated_at              timestamptz   NOT NULL DEFAULT now(),
    updated_by              varchar(255),
    UNIQUE (org_unit_id, petition_year, petition_seq),
    CONSTRAINT petition_confidential_ref CHECK (NOT confidential OR denouncer_ref IS NOT NULL)
);
CREATE INDEX petition_unit_received ON petition (org_unit_id, received_on DESC);
CREATE INDEX petition_status ON petition (status);
CREATE INDEX petition_visit ON petition (visit_id) WHERE visit_id IS NOT NULL;
CREATE INDEX petition_duplicate_of ON petition (duplicate_of_id) WHERE duplicate_of_id IS NOT NULL;
CREATE INDEX petition_search ON petition USING gin (search_text gin_trgm_ops);

-- Petitioners of petitions that carry no denunciation (a denunciation's people go to identity_vault_entry).
CREATE TABLE petition_party (
    id                 uuid         PRIMARY KEY,
    petition_id        uuid         NOT NULL REFERENCES petition (id),
    ordinal            int          NOT NULL,
    role               varchar(16)  NOT NULL CHECK (role IN ('PETITIONER', 'REPRESENTATIVE', 'ORGANISATION')),
    full_name          varchar(200) NOT NULL,
    id_doc_type        varchar(16)  CHECK (id_doc_type IN ('CCCD', 'CMND', 'HO_CHIEU', 'OTHER')),
    id_number          varchar(32),
    address            varchar(500),
    phone              varchar(32),
    email              varchar(200),
    id_key             varchar(32),
    name_key           varchar(800),
    UNIQUE (petition_id, ordinal)
);
CREATE INDEX petition_party_id_key ON petition_party (id_key) WHERE id_key IS NOT NULL;

-- ---------------------------------------------------------------------------------------------------------------
-- Cases (vụ việc; hồ sơ vụ việc). Numbered per origin unit and year, gapless.
CREATE TABLE case_counter (
    org_unit_id uuid NOT NULL REFERENCES org_unit (id),
    year        int  NOT NULL,
    last_seq    int  NOT NULL DEFAULT 0,
    PRIMARY KEY (org_unit_id, year)
);

CREATE TABLE case_file (
    id                    uuid          PRIMARY KEY,
    origin_unit_id        uuid          NOT NULL REFERENCES org_unit (id),
    case_year             int           NOT NULL,
    case_seq              int           NOT NULL,
    case_no               varchar(32)   NOT NULL,   -- '<seq>/<year>/KN|TC|KNPA'
    case_type             varchar(24)   NOT NULL CHECK (case_type IN ('KHIEU_NAI', 'TO_CAO', 'KIEN_NGHI_PHAN_ANH')),
    org_unit_id           uuid          NOT NULL REFERENCES org_unit (id),  -- current handling unit
    status                varchar(32)   NOT NULL CHECK (status IN (
                              -- complaint (DOMAIN.md §6.3.3)
                              'RECEIVED', 'NOT_ACCEPTED', 'ACCEPTED_L1', 'VERIFYING_L1', 'DIALOGUE_L1', 'SUSPENDED',
                              'DECIDED_L1', 'ACCEPTED_L2', 'VERIFYING_L2', 'DIALOGUE_L2', 'DECIDED_L2', 'EFFECTIVE',
                              'ENFORCING', 'ENFORCED', 'TERMINATED', 'IN_COURT',
                              -- denunciation (§6.4.3)
                              'INTAKE_CHECK', 'INFO_NOT_DENUNCIATION', 'INSPECTION_REFERRAL', 'ARCHIVED', 'TRANSFERRED',
                              'ACCEPTED', 'VERIFYING', 'EXTENDED_1', 'EXTENDED_2', 'DRAFT_CONCLUSION', 'CONCLUDED',
                              'HANDLED', 'PUBLISHED', 'MONITORING', 'CLOSED', 'CRIMINAL_REFERRAL',
                              -- petition/feedback (§6.5)
                              'RESOLVING', 'RESPONDED', 'FOLLOW_UP', 'REPLY_RECEIVED')),
    status_before_suspension varchar(32),
    instance              int           CHECK (instance IS NULL OR instance IN (1, 2)),  -- complaints
    petition_id           uuid          REFERENCES petition (id),
    visit_id              uuid          REFERENCES reception_visit (id),
    matter_id             uuid          REFERENCES reception_matter (id),
    repeat_of_case_id     uuid          REFERENCES case_file (id),   -- tố cáo tiếp / khiếu nại tiếp
    received_on           date          NOT NULL,
    title                 varchar(300)  NOT NULL,
    summary               text          NOT NULL,                    -- never identity (redacted for TO_CAO)
    respondent            varchar(500),
    field_code            varchar(64)   REFERENCES field_category (code),
    complaint_subject     varchar(32)   CHECK (complaint_subject IN ('QUYET_DINH_HANH_CHINH', 'HANH_VI_HANH_CHINH', 'QUYET_DINH_KY_LUAT')),
    is_new                boolean       NOT NULL DEFAULT true,       -- mới phát sinh / cũ
    complex               boolean       NOT NULL DEFAULT false,
    very_complex          boolean       NOT NULL DEFAULT false,
    complexity_criteria   jsonb         NOT NULL DEFAULT '[]',        -- ComplexityCriterion codes
    complexity_reason     text,
    remote_area           boolean       NOT NULL DEFAULT false,
    remote_reason         text,
    large_group           boolean       NOT NULL DEFAULT false,
    confidential          boolean       NOT NULL DEFAULT false,
    denouncer_ref         uuid,
    security_level        varchar(8)    NOT NULL DEFAULT 'THUONG' CHECK (security_level IN ('THUONG', 'MAT')),
    handler_username      varchar(255),
    handler_name          varchar(255),
    accepted_on           date,
    decided_on            date,
    closed_on             date,
    result                varchar(32),   -- last resolution result (ComplaintResultL1/L2, DenunciationResult, KNPA)
    search_text           text          NOT NULL DEFAULT '',
    version               bigint        NOT NULL DEFAULT 0,
    created_at            timestamptz   NOT NULL DEFAULT now(),
    created_by            varchar(255),
    updated_at            timestamptz   NOT NULL DEFAULT now(),
    updated_by            varchar(255),
    UNIQUE (origin_unit_id, case_year, case_seq),
    CONSTRAINT case_confidential_ref CHECK (NOT confidential OR denouncer_ref IS NOT NULL)
);
CREATE INDEX case_file_unit_status ON case_file (org_unit_id, status);
CREATE INDEX case_file_handler ON case_file (handler_username) WHERE handler_username IS NOT NULL;
CREATE INDEX case_file_petition ON case_file (petition_id) WHERE petition_id IS NOT NULL;
CREATE INDEX case_file_search ON case_file USING gin (search_text gin_trgm_ops);

ALTER TABLE petition ADD CONSTRAINT petition_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id);
ALTER TABLE reception_visit ADD CONSTRAINT reception_visit_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id);
ALTER TABLE reception_matter ADD CONSTRAINT reception_matter_case_fk FOREIGN KEY (case_id) REFERENCES case_file (id);

-- The timeline (ProcessHistory, DOMAIN.md §5.4): every step, append-only, numbered per case.
CREATE TABLE case_event (
    id             uuid          PRIMARY KEY,
    case_id        uuid          NOT NULL REFERENCES case_file (id),
    seq            int           NOT NULL,
    at             timestamptz   NOT NULL,
    action         varchar(48)   NOT NULL,   -- OPEN, ACCEPT, EXTEND, TRANSFER, ASSIGN, DOCUMENT_ADDED, REVEAL, ...
    from_status    varchar(32),
    to_status      varchar(32),
    actor_username varchar(255)  NOT NULL,
    actor_name     varchar(255),
    org_unit_id    uuid          REFERENCES org_unit (id),
    note           text,                     -- never identity
    decision_id    uuid,
    document_id    uuid,
    data           jsonb         NOT NULL DEFAULT '{}',
    UNIQUE (case_id, seq)
);

-- Handlers and verifiers, with history (CaseAssignment).
CREATE TABLE case_assignment (
    id           uuid         PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES case_file (id),
    org_unit_id  uuid         NOT NULL REFERENCES org_unit (id),
    username     varchar(255) NOT NULL,
    display_name varchar(255),
    role         varchar(16)  NOT NULL CHECK (role IN ('HANDLER', 'VERIFIER')),
    from_at      timestamptz  NOT NULL,
    to_at        timestamptz,
    reason       text,
    assigned_by  varchar(255) NOT NULL
);
CREATE INDEX case_assignment_case ON case_assignment (case_id);
CREATE INDEX case_assignment_user ON case_assignment (username) WHERE to_at IS NULL;

-- Transfers (chuyển đơn / chuyển hồ sơ): to another unit of the tree (the case moves to its inbox; the sender keeps a
-- read-only trace) or to an external body (the case ends here as TRANSFERRED).
CREATE TABLE case_transfer (
    id                   uuid          PRIMARY KEY,
    case_id              uuid          NOT NULL REFERENCES case_file (id),
    from_unit_id         uuid          NOT NULL REFERENCES org_unit (id),
    to_unit_id           uuid          REFERENCES org_unit (id),
    external_body        varchar(300),
    slip_no              varchar(64)   NOT NULL,   -- phiếu chuyển
    form_code            varchar(32),              -- e.g. TT05/2021-M04
    transferred_at       timestamptz   NOT NULL,
    transferred_by       varchar(255)  NOT NULL,
    reason               text          NOT NULL,
    redaction_applied    boolean       NOT NULL DEFAULT false,
    redacted_document_id uuid,
    reply_doc_no         varchar(64),
    reply_on             date,
    CONSTRAINT case_transfer_target CHECK ((to_unit_id IS NULL) <> (external_body IS NULL))
);
CREATE INDEX case_transfer_case ON case_transfer (case_id);
CREATE INDEX case_transfer_from ON case_transfer (from_unit_id);

-- Decisions and outcomes (quyết định, kết luận, văn bản trả lời) with the fields the report forms need.
CREATE TABLE case_decision (
    id                             uuid          PRIMARY KEY,
    case_id                        uuid          NOT NULL REFERENCES case_file (id),
    kind                           varchar(32)   NOT NULL CHECK (kind IN ('NOT_ACCEPTED', 'ACCEPTANCE', 'ACCEPTANCE_NOTICE',
                                       'VERIFICATION_ASSIGNMENT', 'DIALOGUE_MINUTES', 'EXTENSION', 'SUSPENSION', 'RESUMPTION',
                                       'RESOLUTION_L1', 'RESOLUTION_L2', 'EFFECTIVE', 'ENFORCEMENT', 'ENFORCEMENT_DONE',
                                       'LAWSUIT', 'WITHDRAWAL', 'TERMINATION', 'DRAFT_CONCLUSION', 'CONCLUSION', 'HANDLING',
                                       'PUBLICATION', 'CRIMINAL_REFERRAL', 'REFERRAL', 'REPLY', 'FOLLOW_UP', 'TRANSFER_REPLY',
                                       'ARCHIVE', 'CLOSURE')),
    doc_no                         varchar(64),
    signed_on                      date          NOT NULL,
    signer_name                    varchar(255),
    result                         varchar(32),   -- DUNG_TOAN_BO, SAI_TOAN_BO, DUNG_MOT_PHAN, CONG_NHAN_QD_LAN_DAU,
                                                  -- HUY_SUA_QD_LAN_DAU, DUNG, SAI, CO_DUNG_CO_SAI
    ground                         varchar(64),   -- legal ground code (Art. 11 Luật KN, Art. 34 Luật TC ...)
    scope                          varchar(16)    CHECK (scope IS NULL OR scope IN ('FULL', 'PARTIAL')),
    content                        text,          -- never identity
    money_recover_state            numeric(18, 3), -- million VND
    land_recover_state             numeric(14, 1), -- m²
    money_return                   numeric(18, 3),
    land_return                    numeric(14, 1),
    orgs_restored                  int,
    persons_restored               int,
    persons_sanctioned             int,
    persons_sanctioned_officials   int,            -- of whom cán bộ, công chức, viên chức
    cases_to_investigation         int,
    persons_to_investigation       int,
    persons_to_investigation_officials int,
    resolved_by                    varchar(16)    CHECK (resolved_by IS NULL OR resolved_by IN ('DECISION', 'WITHDRAWAL')),
    on_time                        boolean,
    data                           jsonb          NOT NULL DEFAULT '{}',  -- kind-specific extras (attendees, days...)
    created_at                     timestamptz    NOT NULL DEFAULT now(),
    created_by                     varchar(255)
);
CREATE INDEX case_decision_case ON case_decision (case_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Legal deadlines (DeadlineTimer, DOMAIN.md §5.4): one per running legal period of a case or a petition. The due
-- date is recomputed by the deadline engine from the rule version in force on start_on, the variants, the
-- extensions and the pauses; the derivation is not stored, it is recomputed on read.
CREATE TABLE legal_deadline (
    id              uuid          PRIMARY KEY,
    case_id         uuid          REFERENCES case_file (id),
    petition_id     uuid          REFERENCES petition (id),
    org_unit_id     uuid          NOT NULL REFERENCES org_unit (id),  -- unit responsible now (for the scan)
    kind            varchar(24)   NOT NULL,   -- PROCESS, ACCEPT, RESOLVE, INTAKE, NOTIFY_ACCEPT, TRANSFER
    rule_code       varchar(64)   NOT NULL,
    rule_valid_from date          NOT NULL,
    start_on        date          NOT NULL,
    variants        jsonb         NOT NULL DEFAULT '[]',   -- DeadlineVariant codes
    due_on          date,                                  -- NULL while paused
    status          varchar(16)   NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'MET', 'CANCELLED')),
    met_on          date,
    on_time         boolean,
    breached        boolean       NOT NULL DEFAULT false,  -- set by the scan when due_on passed while ACTIVE
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL DEFAULT now(),
    FOREIGN KEY (rule_code, rule_valid_from) REFERENCES deadline_rule (code, valid_from),
    CONSTRAINT legal_deadline_owner CHECK ((case_id IS NULL) <> (petition_id IS NULL))
);
CREATE INDEX legal_deadline_case ON legal_deadline (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX legal_deadline_petition ON legal_deadline (petition_id) WHERE petition_id IS NOT NULL;
CREATE INDEX legal_deadline_active_due ON legal_deadline (due_on) WHERE status = 'ACTIVE';

CREATE TABLE legal_deadline_extension (
    id           uuid        PRIMARY KEY,
    deadline_id  uuid        NOT NULL REFERENCES legal_deadline (id),
    ordinal      int         NOT NULL,
    days         int         NOT NULL CHECK (days >= 1),
    decision_ref varchar(64) NOT NULL,
    decided_on   date        NOT NULL,
    UNIQUE (deadline_id, ordinal)
);

CREATE TABLE legal_deadline_pause (
    id           uuid        PRIMARY KEY,
    deadline_id  uuid        NOT NULL REFERENCES legal_deadline (id),
    from_on      date        NOT NULL,
    to_on        date,          -- NULL while the suspension lasts
    decision_ref varchar(64) NOT NULL,
    resume_ref   varchar(64),
    CONSTRAINT legal_deadline_pause_range CHECK (to_on IS NULL OR to_on >= from_on)
);
CREATE INDEX legal_deadline_pause_deadline ON legal_deadline_pause (deadline_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Documents attached to cases; bytes behind vn.tiepdan.document.DocumentStorage (stored_blob by default). A MAT
-- document is sealed with the vault key. is_redacted_copy_of links a redacted copy to its original.
CREATE TABLE case_document (
    id                 uuid          PRIMARY KEY,
    case_id            uuid          NOT NULL REFERENCES case_file (id),
    doc_type           varchar(32)   NOT NULL,  -- DECISION, NOTICE, MINUTES, TRANSFER_SLIP, GUIDANCE, EVIDENCE, REPLY,
                                                -- REDACTED_COPY, CONCLUSION, OTHER
    title              varchar(300)  NOT NULL,
    doc_no             varchar(64),
    signed_on          date,
    file_name          varchar(255)  NOT NULL,
    content_type       varchar(100)  NOT NULL,
    size_bytes         bigint        NOT NULL,
    sha256             varchar(64)   NOT NULL,
    storage_key        varchar(128)  NOT NULL,
    security_level     varchar(8)    NOT NULL DEFAULT 'THUONG' CHECK (security_level IN ('THUONG', 'MAT')),
    is_redacted_copy_of uuid         REFERENCES case_document (id),
    decision_id        uuid          REFERENCES case_decision (id),
    uploaded_at        timestamptz   NOT NULL DEFAULT now(),
    uploaded_by        varchar(255)  NOT NULL
);
CREATE INDEX case_document_case ON case_document (case_id);

CREATE TABLE stored_blob (
    storage_key varchar(128) PRIMARY KEY,
    bytes       bytea        NOT NULL,
    created_at  timestamptz  NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------------------------------------------------------
-- In-app notifications (due soon, overdue, assigned, transferred in). dedup_key makes the scan idempotent across
-- replicas and runs (e.g. 'DUE_SOON:<deadline id>:<due_on>:<username>').
CREATE TABLE notification (
    id                 uuid          PRIMARY KEY,
    recipient_username varchar(255)  NOT NULL,
    kind               varchar(24)   NOT NULL CHECK (kind IN ('DUE_SOON', 'OVERDUE', 'ASSIGNED', 'TRANSFERRED_IN')),
    case_id            uuid          REFERENCES case_file (id),
    petition_id        uuid          REFERENCES petition (id),
    deadline_id        uuid          REFERENCES legal_deadline (id),
    due_on             date,
    title              varchar(500)  NOT NULL,  -- case/petition number and type; never identity
    created_at         timestamptz   NOT NULL DEFAULT now(),
    read_at            timestamptz,
    dedup_key          varchar(200)  NOT NULL UNIQUE
);
CREATE INDEX notification_recipient ON notification (recipient_username, created_at DESC);
