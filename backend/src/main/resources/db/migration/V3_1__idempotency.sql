-- Idempotency-Key (shared/design/API.md, "Writes"): the first response to a POST with a key is kept for a day, so
-- a retried submission replays it instead of creating a second record. Keys are per caller.
CREATE TABLE idempotency_record (
    principal     varchar(255) NOT NULL,
    idem_key      varchar(128) NOT NULL,
    request_hash  char(64)     NOT NULL,
    status        int,
    content_type  varchar(255),
    location      varchar(1000),
    body          text,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (principal, idem_key)
);
CREATE INDEX idempotency_record_created ON idempotency_record (created_at);
