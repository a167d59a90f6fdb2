-- Indexes for the dashboard (issue 7, Part D). The overview reads a year of visits, result notices and met RESOLVE
-- deadlines of a whole province: covering indexes let PostgreSQL answer from the index alone (index-only scans,
-- with the visibility map that autovacuum keeps) instead of fetching ~200 000 scattered heap rows per year.
CREATE INDEX reception_visit_dashboard ON reception_visit (received_at)
    INCLUDE (org_unit_id, matter_id, headcount, status, first_time, large_group, handling_direction, with_petition);
CREATE INDEX reception_visit_notice_due ON reception_visit (result_notice_due)
    INCLUDE (org_unit_id, status, result_notice_sent_at) WHERE result_notice_due IS NOT NULL;
CREATE INDEX legal_deadline_resolve_met ON legal_deadline (met_on) INCLUDE (org_unit_id, case_id, on_time, due_on)
    WHERE status = 'MET' AND kind = 'RESOLVE';
CREATE INDEX case_event_accept_at ON case_event (at) INCLUDE (org_unit_id) WHERE action IN ('ACCEPT', 'ACCEPT_SECOND');
CREATE INDEX reception_session_dashboard ON reception_session (session_date)
    INCLUDE (org_unit_id, program, status, delegated, planned_start);
