-- The organisation tree in full (DOMAIN.md §3.3, §5.1): kinds of both the pre- and post-2025 trees, levels,
-- administrative unit codes, public contact data, a materialised path for subtree scoping, reception places,
-- succession links and officials.
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE org_unit DROP CONSTRAINT org_unit_kind;
ALTER TABLE org_unit
    ADD COLUMN level varchar(16),
    ADD COLUMN admin_unit_code varchar(16),
    ADD COLUMN address varchar(500),
    ADD COLUMN phone varchar(32),
    ADD COLUMN email varchar(255),
    -- '/<root id>/.../<own id>/': a unit's subtree is every row whose path starts with its path. Maintained by the
    -- service on create and on re-parenting (descendants included).
    ADD COLUMN path varchar(2000),
    ADD COLUMN created_by varchar(255),
    ADD COLUMN updated_by varchar(255);

-- Rows written before this migration (a local database of `make run`) get their kind, level and path here.
UPDATE org_unit SET kind = 'PARTY_BOARD' WHERE kind = 'PARTY_BODY';
UPDATE org_unit SET kind = 'OTHER_EXTERNAL' WHERE kind = 'EXTERNAL_BODY';
UPDATE org_unit SET level = CASE
    WHEN kind IN ('DISTRICT_PEOPLES_COMMITTEE') THEN 'DISTRICT'
    WHEN kind IN ('COMMUNE_PEOPLES_COMMITTEE') THEN 'COMMUNE'
    WHEN kind IN ('OTHER_EXTERNAL') THEN 'EXTERNAL'
    ELSE 'PROVINCE' END;
WITH RECURSIVE tree (id, path) AS (
    SELECT id, '/' || id || '/' FROM org_unit WHERE parent_id IS NULL
    UNION ALL
    SELECT u.id, t.path || u.id || '/' FROM org_unit u JOIN tree t ON u.parent_id = t.id
)
UPDATE org_unit u SET path = tree.path FROM tree WHERE tree.id = u.id;

ALTER TABLE org_unit ALTER COLUMN level SET NOT NULL;
ALTER TABLE org_unit ALTER COLUMN path SET NOT NULL;
ALTER TABLE org_unit ADD CONSTRAINT org_unit_kind CHECK (kind IN (
    'PROVINCIAL_PEOPLES_COMMITTEE', 'PROVINCIAL_OFFICE', 'DEPARTMENT', 'PROVINCIAL_INSPECTORATE',
    'CITIZEN_RECEPTION_BOARD', 'PUBLIC_SERVICE_UNIT', 'DISTRICT_PEOPLES_COMMITTEE', 'DISTRICT_DIVISION',
    'DISTRICT_INSPECTORATE', 'COMMUNE_PEOPLES_COMMITTEE', 'PARTY_COMMITTEE', 'PARTY_BOARD', 'COURT', 'PROCURACY',
    'POLICE', 'OTHER_EXTERNAL'));
ALTER TABLE org_unit ADD CONSTRAINT org_unit_level CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'EXTERNAL'));
ALTER TABLE org_unit ADD CONSTRAINT org_unit_phone CHECK (phone IS NULL OR phone ~ '^[0-9 +().-]{6,32}$');
ALTER TABLE org_unit ADD CONSTRAINT org_unit_admin_unit_code CHECK (admin_unit_code IS NULL
    OR admin_unit_code ~ '^[0-9]{2,5}$');
ALTER TABLE org_unit ADD CONSTRAINT org_unit_path_format CHECK (path ~ '^(/[0-9a-f-]{36})+/$');
-- The same code never has two overlapping validity periods (the unique index of V1 covers only current rows).
ALTER TABLE org_unit ADD CONSTRAINT org_unit_code_validity_overlap
    EXCLUDE USING gist (code WITH =, daterange(valid_from, valid_to, '[]') WITH &&);
CREATE INDEX org_unit_path ON org_unit (path text_pattern_ops);

-- Nơi tiếp công dân (Luật TCD Art. 2(3)): reception office, reception point or another announced workplace.
CREATE TABLE reception_place (
    id          uuid         PRIMARY KEY,
    org_unit_id uuid         NOT NULL REFERENCES org_unit (id),
    kind        varchar(24)  NOT NULL CHECK (kind IN ('RECEPTION_OFFICE', 'RECEPTION_POINT', 'OTHER_WORKPLACE')),
    name        varchar(255) NOT NULL,
    address     varchar(500) NOT NULL,
    is_public   boolean      NOT NULL DEFAULT true,
    position    int          NOT NULL DEFAULT 0
);
CREATE INDEX reception_place_unit ON reception_place (org_unit_id);

-- How a unit ended and which unit took over (the 2025 reform: MERGE of wards, RENAME of communes that kept their
-- boundaries, ABOLISH_TRANSFER of the district level).
CREATE TABLE org_unit_succession (
    id             uuid         PRIMARY KEY,
    predecessor_id uuid         NOT NULL REFERENCES org_unit (id),
    successor_id   uuid         NOT NULL REFERENCES org_unit (id),
    kind           varchar(24)  NOT NULL CHECK (kind IN ('MERGE', 'SPLIT', 'RENAME', 'ABOLISH_TRANSFER')),
    effective_date date         NOT NULL,
    legal_basis    varchar(500),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    created_by     varchar(255),
    CONSTRAINT org_unit_succession_distinct CHECK (predecessor_id <> successor_id),
    CONSTRAINT org_unit_succession_once UNIQUE (predecessor_id, successor_id)
);
CREATE INDEX org_unit_succession_successor ON org_unit_succession (successor_id);

CREATE TABLE official (
    id                uuid         PRIMARY KEY,
    full_name         varchar(255) NOT NULL,
    position          varchar(255) NOT NULL,
    org_unit_id       uuid         NOT NULL REFERENCES org_unit (id),
    is_head           boolean      NOT NULL DEFAULT false,
    is_deputy         boolean      NOT NULL DEFAULT false,
    keycloak_username varchar(255),
    valid_from        date         NOT NULL,
    valid_to          date,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL DEFAULT now(),
    created_by        varchar(255),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    updated_by        varchar(255),
    CONSTRAINT official_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT official_head_or_deputy CHECK (NOT (is_head AND is_deputy))
);
CREATE INDEX official_unit ON official (org_unit_id);
-- One account is one official at a time.
ALTER TABLE official ADD CONSTRAINT official_account_overlap
    EXCLUDE USING gist (keycloak_username WITH =, daterange(valid_from, valid_to, '[]') WITH &&);

-- Accent- and case-insensitive Vietnamese search (shared/text/VietnameseText.fold does the same in Java): folds
-- the precomposed (NFC) letters to ASCII whatever the database locale. Names are stored in NFC.
CREATE FUNCTION fold_vi(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT lower(translate($1, 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ', 'aaaaeeeiioooouuyaaaaeeeiioooouuyaaiiuuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyydd'))
$$;
