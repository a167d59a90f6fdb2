-- Issue 7 (forms 01/KQGQ, 03/KQGQ): a resolution or acceptance decision is attributed to the unit of the case event
-- that recorded it (case_event.decision_id); the report aggregates join decisions to their events by this key.
CREATE INDEX case_event_decision ON case_event (decision_id) WHERE decision_id IS NOT NULL;
