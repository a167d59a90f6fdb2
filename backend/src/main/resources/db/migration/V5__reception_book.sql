-- The reception book (sổ tiếp công dân, Mẫu số 03 TT 04/2021/TT-TTCP): DOMAIN.md §5.2, §5.3, §6.1.2–§6.1.4, §8.1.
-- A visit's visitors live in visit_party, except when the visit carries a denunciation: then every person of that
-- visit lives in confidential_visit_party (the table reserved for denouncer identity, DOMAIN.md §8.1) and the visit
-- keeps only the pseudonymous denouncer_ref. Nothing else in this schema may hold a denouncer's identity.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Field taxonomy (lĩnh vực, DOMAIN.md §5.1), a hierarchical code list; codes are stable, labels Vietnamese.
CREATE TABLE field_category (
    code        varchar(64)  PRIMARY KEY,
    parent_code varchar(64)  REFERENCES field_category (code),
    label_vi    varchar(200) NOT NULL,
    applies_to  varchar(64)  NOT NULL, -- comma list of KHIEU_NAI, TO_CAO, KIEN_NGHI_PHAN_ANH
    sort_order  int          NOT NULL DEFAULT 0,
    valid_from  date         NOT NULL DEFAULT DATE '2021-01-01',
    valid_to    date
);
INSERT INTO field_category (code, parent_code, label_vi, applies_to, sort_order) VALUES
    ('HANH_CHINH', NULL, 'Hành chính', 'KHIEU_NAI,TO_CAO', 10),
    ('HANH_CHINH.CHE_DO_CHINH_SACH', 'HANH_CHINH', 'Chế độ, chính sách', 'KHIEU_NAI,TO_CAO', 11),
    ('HANH_CHINH.DAT_DAI_NHA_CUA', 'HANH_CHINH', 'Đất đai, nhà cửa', 'KHIEU_NAI,TO_CAO', 12),
    ('HANH_CHINH.CONG_CHUC_CONG_VU', 'HANH_CHINH', 'Công chức, công vụ', 'TO_CAO', 13),
    ('HANH_CHINH.KHAC', 'HANH_CHINH', 'Lĩnh vực hành chính khác', 'KHIEU_NAI,TO_CAO', 14),
    ('THAM_NHUNG', NULL, 'Tham nhũng', 'TO_CAO', 20),
    ('CHE_DO_CHINH_SACH', NULL, 'Chế độ, chính sách', 'KIEN_NGHI_PHAN_ANH', 30),
    ('DAT_DAI', NULL, 'Đất đai', 'KIEN_NGHI_PHAN_ANH', 31),
    ('TU_PHAP', NULL, 'Tư pháp', 'KHIEU_NAI,TO_CAO,KIEN_NGHI_PHAN_ANH', 40),
    ('DANG_DOAN_THE', NULL, 'Đảng, đoàn thể', 'KHIEU_NAI,TO_CAO', 50),
    ('KHAC', NULL, 'Khác', 'KHIEU_NAI,TO_CAO,KIEN_NGHI_PHAN_ANH', 90);

-- A matter (vụ việc) as reception sees it: the unit of "tiếp lần đầu / tiếp nhiều lần" in form 01/TCD.
-- The cases issue links it to a case (case_id); until then an accepted matter waits with case_id NULL.
CREATE TABLE reception_matter (
    id             uuid          PRIMARY KEY,
    org_unit_id    uuid          NOT NULL REFERENCES org_unit (id),
    classification varchar(24)   CHECK (classification IN ('KHIEU_NAI', 'TO_CAO', 'KIEN_NGHI_PHAN_ANH', 'NHIEU_NOI_DUNG')),
    field_code     varchar(64)   REFERENCES field_category (code),
    summary        varchar(2000) NOT NULL,
    confidential   boolean       NOT NULL DEFAULT false,
    first_visit_at timestamptz   NOT NULL,
    last_visit_at  timestamptz   NOT NULL,
    visits_count   int           NOT NULL DEFAULT 0,
    case_id        uuid,
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL DEFAULT now(),
    created_by     varchar(255),
    updated_at     timestamptz   NOT NULL DEFAULT now(),
    updated_by     varchar(255)
);
CREATE INDEX reception_matter_unit ON reception_matter (org_unit_id);
CREATE INDEX reception_matter_case ON reception_matter (case_id) WHERE case_id IS NOT NULL;

-- Gapless book numbers per unit per year: one row locked by UPDATE ... RETURNING in the saving transaction.
CREATE TABLE visit_book_counter (
    org_unit_id uuid NOT NULL REFERENCES org_unit (id),
    book_year   int  NOT NULL,
    last_seq    int  NOT NULL DEFAULT 0,
    PRIMARY KEY (org_unit_id, book_year)
);

CREATE TABLE reception_visit (
    id                     uuid          PRIMARY KEY,
    org_unit_id            uuid          NOT NULL REFERENCES org_unit (id),
    book_year              int           NOT NULL,
    book_seq               int           NOT NULL CHECK (book_seq >= 1),
    session_id             uuid          REFERENCES reception_session (id),
    received_at            timestamptz   NOT NULL,
    reception_kind         varchar(16)   NOT NULL CHECK (reception_kind IN ('REGULAR', 'PERIODIC', 'URGENT')),
    program                varchar(32)   NOT NULL DEFAULT 'NONE' CHECK (program IN ('NONE', 'BUOI_SANG_VOI_NHAN_DAN')),
    channel                varchar(16)   NOT NULL DEFAULT 'IN_PERSON' CHECK (channel IN ('IN_PERSON', 'ONLINE')),
    receiving_official_id  uuid          REFERENCES official (id),
    presiding_official_id  uuid          REFERENCES official (id),
    status                 varchar(20)   NOT NULL CHECK (status IN ('RECORDED', 'HANDLED', 'REFUSED', 'RESULT_NOTIFIED')),
    -- visitors: PERSON (one citizen), ORGANISATION, GROUP (several people, same content; §6.1.4)
    party_kind             varchar(16)   NOT NULL CHECK (party_kind IN ('PERSON', 'ORGANISATION', 'GROUP')),
    headcount              int           NOT NULL DEFAULT 1 CHECK (headcount >= 1),
    large_group            boolean       NOT NULL DEFAULT false,
    confidential           boolean       NOT NULL DEFAULT false,
    denouncer_ref          uuid          UNIQUE,
    classification         varchar(24)   CHECK (classification IN ('KHIEU_NAI', 'TO_CAO', 'KIEN_NGHI_PHAN_ANH', 'NHIEU_NOI_DUNG')),
    mixed_kinds            varchar(80),  -- comma list when NHIEU_NOI_DUNG, e.g. 'KHIEU_NAI,TO_CAO'
    field_code             varchar(64)   REFERENCES field_category (code),
    content_summary        text,
    visitor_request        text,
    with_petition          boolean       NOT NULL DEFAULT true,
    statement_confirmation varchar(16)   CHECK (statement_confirmation IN ('SIGNED', 'FINGERPRINTED')),
    previously_handled     jsonb         NOT NULL DEFAULT '[]'::jsonb,
    receipt_no             varchar(64),
    handling_direction     varchar(24)   CHECK (handling_direction IN ('THU_LY', 'TRA_LAI_VA_HUONG_DAN', 'CHUYEN_DON')),
    guidance               text,
    transfer_to_unit_id    uuid          REFERENCES org_unit (id),
    transfer_to_name       varchar(500),
    leader_conclusion      text,
    members_opinions       text,
    visitor_statement      text,
    interpreter_used       boolean       NOT NULL DEFAULT false,
    interpreter_name       varchar(200),
    notes                  text,
    matter_id              uuid          REFERENCES reception_matter (id),
    first_time             boolean,
    case_id                uuid,
    result_notice_due      date,
    result_notice_sent_at  timestamptz,
    result_notice_kind     varchar(24)   CHECK (result_notice_kind IN ('DA_THU_LY', 'KEO_DAI_XEM_XET', 'TU_CHOI_THU_LY', 'DA_CHUYEN')),
    -- fold_vi() of the searchable text (visitor names of non-confidential visits, content), NFC, lower case.
    search_text            text          NOT NULL DEFAULT '',
    version                bigint        NOT NULL DEFAULT 0,
    created_at             timestamptz   NOT NULL DEFAULT now(),
    created_by             varchar(255),
    updated_at             timestamptz   NOT NULL DEFAULT now(),
    updated_by             varchar(255),
    CONSTRAINT reception_visit_book_no UNIQUE (org_unit_id, book_year, book_seq),
    CONSTRAINT reception_visit_statement CHECK (with_petition OR status = 'REFUSED' OR statement_confirmation IS NOT NULL),
    CONSTRAINT reception_visit_confidential_ref CHECK (NOT confidential OR denouncer_ref IS NOT NULL),
    CONSTRAINT reception_visit_handled CHECK (status IN ('RECORDED', 'REFUSED') OR handling_direction IS NOT NULL),
    CONSTRAINT reception_visit_matter CHECK (status = 'REFUSED' OR matter_id IS NOT NULL)
);
CREATE INDEX reception_visit_unit_received ON reception_visit (org_unit_id, received_at DESC);
CREATE INDEX reception_visit_session ON reception_visit (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX reception_visit_matter_idx ON reception_visit (matter_id);
CREATE INDEX reception_visit_due ON reception_visit (result_notice_due) WHERE result_notice_sent_at IS NULL;
CREATE INDEX reception_visit_search ON reception_visit USING gin (search_text gin_trgm_ops);

-- Visitors of visits that carry no denunciation (citizens, organisations, group representatives and members).
CREATE TABLE visit_party (
    id                 uuid         PRIMARY KEY,
    visit_id           uuid         NOT NULL REFERENCES reception_visit (id),
    ordinal            int          NOT NULL,
    role               varchar(16)  NOT NULL CHECK (role IN ('VISITOR', 'REPRESENTATIVE', 'MEMBER', 'ORGANISATION')),
    full_name          varchar(200) NOT NULL,
    id_doc_type        varchar(16)  CHECK (id_doc_type IN ('CCCD', 'CMND', 'HO_CHIEU', 'OTHER')),
    id_number          varchar(32),
    id_issue_date      date,
    id_issue_place     varchar(200),
    gender             varchar(8)   CHECK (gender IN ('MALE', 'FEMALE', 'OTHER')),
    birth_year         int,
    address_as_written varchar(500),
    address_unit_code  varchar(32),
    phone              varchar(32),
    position           varchar(200),  -- organisation: legal representative's or authorised person's position
    -- lookup keys: the ID number with spaces removed; fold_vi(name) || '|' || fold_vi(address)
    id_key             varchar(32),
    name_key           varchar(800),
    UNIQUE (visit_id, ordinal)
);
CREATE INDEX visit_party_id_key ON visit_party (id_key) WHERE id_key IS NOT NULL;
CREATE INDEX visit_party_name_key ON visit_party (name_key);

-- The table reserved for denouncer identity (DOMAIN.md §8.1): every person of a visit that carries a
-- denunciation. Only vn.tiepdan.visit's confidential store reads it; the cases issue encrypts it.
CREATE TABLE confidential_visit_party (
    id                 uuid         PRIMARY KEY,
    denouncer_ref      uuid         NOT NULL,
    ordinal            int          NOT NULL,
    role               varchar(16)  NOT NULL CHECK (role IN ('VISITOR', 'REPRESENTATIVE', 'MEMBER', 'ORGANISATION')),
    full_name          varchar(200) NOT NULL,
    id_doc_type        varchar(16)  CHECK (id_doc_type IN ('CCCD', 'CMND', 'HO_CHIEU', 'OTHER')),
    id_number          varchar(32),
    id_issue_date      date,
    id_issue_place     varchar(200),
    gender             varchar(8)   CHECK (gender IN ('MALE', 'FEMALE', 'OTHER')),
    birth_year         int,
    address_as_written varchar(500),
    address_unit_code  varchar(32),
    phone              varchar(32),
    position           varchar(200),
    id_key             varchar(32),
    name_key           varchar(800),
    UNIQUE (denouncer_ref, ordinal)
);
CREATE INDEX confidential_visit_party_id_key ON confidential_visit_party (id_key) WHERE id_key IS NOT NULL;
CREATE INDEX confidential_visit_party_name_key ON confidential_visit_party (name_key);

-- Documents, information and evidence received at the visit (a receipt, giấy biên nhận, lists them).
CREATE TABLE visit_document (
    id         uuid         PRIMARY KEY,
    visit_id   uuid         NOT NULL REFERENCES reception_visit (id),
    ordinal    int          NOT NULL,
    title      varchar(500) NOT NULL,
    pages      int          CHECK (pages IS NULL OR pages >= 1),
    copy_kind  varchar(16)  NOT NULL DEFAULT 'COPY' CHECK (copy_kind IN ('ORIGINAL', 'CERTIFIED_COPY', 'COPY')),
    UNIQUE (visit_id, ordinal)
);

-- A refusal of reception (Luật TCD Art. 9; TT 04/2021 Art. 4; DOMAIN.md §6.1.3). One per refused visit.
CREATE TABLE visit_refusal (
    visit_id               uuid          PRIMARY KEY REFERENCES reception_visit (id),
    ground                 varchar(32)   NOT NULL CHECK (ground IN ('R1_INCAPACITATED', 'R2_MISCONDUCT',
                                                                    'R3_VEXATIOUS_REPEAT', 'R4_OTHER')),
    explanation            text          NOT NULL,
    explained_to_citizen   boolean       NOT NULL DEFAULT true,
    reported_to            varchar(200),
    minutes_drawn_up       boolean       NOT NULL DEFAULT false,
    notice_no              varchar(64),
    notice_date            date,
    issued_by_official_id  uuid          REFERENCES official (id),
    matter_id              uuid          REFERENCES reception_matter (id),
    CONSTRAINT visit_refusal_r3 CHECK (ground <> 'R3_VEXATIOUS_REPEAT'
        OR (notice_no IS NOT NULL AND notice_date IS NOT NULL AND issued_by_official_id IS NOT NULL AND matter_id IS NOT NULL))
);
CREATE INDEX visit_refusal_matter ON visit_refusal (matter_id) WHERE matter_id IS NOT NULL;
