-- Form 01/TCD and the dashboard trends on a province's five years (issue 7 performance, make bench-reports): the
-- visits of a year are read from the index alone (the reception kind and session decide the 01/TCD block), the
-- petitions received per month likewise, and the overdue-at-month-end series reads the deadlines' index only.
DROP INDEX IF EXISTS reception_visit_dashboard;
CREATE INDEX reception_visit_dashboard ON reception_visit (received_at)
    INCLUDE (org_unit_id, matter_id, headcount, status, first_time, large_group, handling_direction, with_petition,
             reception_kind, session_id);
CREATE INDEX petition_received_on_cover ON petition (received_on) INCLUDE (org_unit_id, decision);
CREATE INDEX legal_deadline_case_due ON legal_deadline (due_on) INCLUDE (org_unit_id, case_id, status, met_on)
    WHERE case_id IS NOT NULL;
