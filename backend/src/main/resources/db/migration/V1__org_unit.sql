-- Organisation units: the tree every record belongs to (DOMAIN.md §3). Codes are stable across renames;
-- a unit that ends keeps its row with valid_to set, so history and old records stay readable.
CREATE TABLE org_unit (
    id          uuid         PRIMARY KEY,
    code        varchar(64)  NOT NULL,
    name        varchar(255) NOT NULL,
    kind        varchar(40)  NOT NULL,
    parent_id   uuid         REFERENCES org_unit (id),
    valid_from  date         NOT NULL,
    valid_to    date,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    CONSTRAINT org_unit_code_format CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{0,63}$'),
    CONSTRAINT org_unit_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT org_unit_kind CHECK (kind IN ('PROVINCIAL_PEOPLES_COMMITTEE', 'DEPARTMENT', 'PROVINCIAL_INSPECTORATE',
        'CITIZEN_RECEPTION_BOARD', 'DISTRICT_PEOPLES_COMMITTEE', 'COMMUNE_PEOPLES_COMMITTEE', 'PARTY_BODY',
        'EXTERNAL_BODY'))
);

-- One current unit per code.
CREATE UNIQUE INDEX org_unit_current_code ON org_unit (code) WHERE valid_to IS NULL;
CREATE INDEX org_unit_parent ON org_unit (parent_id);
