-- Indexes for the dashboard (issue 7, Part D): the aggregates read result notices by due day, RESOLVE deadlines by
-- the day they were met and case acceptance steps by time (V8 already indexes visits, sessions and petitions by day).
CREATE INDEX reception_visit_notice_due ON reception_visit (result_notice_due) WHERE result_notice_due IS NOT NULL;
CREATE INDEX legal_deadline_resolve_met ON legal_deadline (met_on) WHERE status = 'MET' AND kind = 'RESOLVE';
CREATE INDEX case_event_accept_at ON case_event (at) WHERE action IN ('ACCEPT', 'ACCEPT_SECOND');
