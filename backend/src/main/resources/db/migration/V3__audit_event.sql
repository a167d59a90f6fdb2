-- Append-only audit trail (DOMAIN.md §8.4) with a hash chain: each event's hash covers its own content and the
-- previous event's hash, so changing or deleting any row breaks every link after it. Appends are serialised by
-- the application with pg_advisory_xact_lock, so seq has no gaps and the chain cannot fork.
CREATE TABLE audit_event (
    seq          bigint       PRIMARY KEY CHECK (seq > 0),
    id           uuid         NOT NULL UNIQUE,
    occurred_at  timestamptz  NOT NULL,
    actor        varchar(255) NOT NULL,
    actor_unit   varchar(64),
    action       varchar(64)  NOT NULL,
    entity_type  varchar(64)  NOT NULL,
    entity_id    varchar(64),
    reason       varchar(1000),
    request_id   varchar(64),
    details      text,
    prev_hash    varchar(64)     NOT NULL,
    hash         varchar(64)     NOT NULL
);
CREATE INDEX audit_event_entity ON audit_event (entity_type, entity_id);
CREATE INDEX audit_event_time ON audit_event (occurred_at);
CREATE INDEX audit_event_actor ON audit_event (actor);

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only';
END $$;
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
