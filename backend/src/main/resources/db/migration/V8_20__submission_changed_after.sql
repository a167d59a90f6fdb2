-- A change dated inside a period whose report was already submitted is logged on that submission (SubmittedPeriods).
ALTER TABLE report_submission_event DROP CONSTRAINT report_submission_event_action_check;
ALTER TABLE report_submission_event ADD CONSTRAINT report_submission_event_action_check
    CHECK (action IN ('CREATED', 'EDITED', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'REOPENED', 'VERIFIED', 'CHANGED_AFTER'));
