package vn.tiepdan.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionStatus", description = "PLANNED (not yet public), PUBLISHED, HELD (with visitors), HELD_NO_VISITORS, POSTPONED (moved to a new session, with notice), CANCELLED (with notice).")
public enum SessionStatus {
    PLANNED, PUBLISHED, HELD, HELD_NO_VISITORS, POSTPONED, CANCELLED;

    /**
     * The one rule on which sessions a visit may be booked into (desk and API): a published session or one held
     * with visitors. HELD_NO_VISITORS was closed as "nobody came" (DOMAIN.md §6.1.1); a visit would contradict it.
     */
    public boolean acceptsVisits() {
        return this == PUBLISHED || this == HELD;
    }
}
