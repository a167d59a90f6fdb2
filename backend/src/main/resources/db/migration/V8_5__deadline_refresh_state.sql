-- What the stored due dates of running deadlines were last recomputed against (DeadlineRefresh): a fingerprint of
-- the working-day calendar and the deadline rule table. At start, only a changed fingerprint recomputes every
-- running deadline; otherwise only rows without a due date (written by SQL) are computed.
CREATE TABLE deadline_refresh_state (
    id           int          PRIMARY KEY CHECK (id = 1),
    fingerprint  varchar(64)  NOT NULL,
    refreshed_at timestamptz  NOT NULL
);
