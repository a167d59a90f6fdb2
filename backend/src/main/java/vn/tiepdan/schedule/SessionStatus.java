package vn.tiepdan.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionStatus", description = "PLANNED (not yet public), PUBLISHED, HELD (with visitors), HELD_NO_VISITORS, POSTPONED (moved to a new session, with notice), CANCELLED (with notice).")
public enum SessionStatus {
    PLANNED, PUBLISHED, HELD, HELD_NO_VISITORS, POSTPONED, CANCELLED
}
