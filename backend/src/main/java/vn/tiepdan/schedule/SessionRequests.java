package vn.tiepdan.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bodies of the session actions. */
final class SessionRequests {
    private SessionRequests() {
    }

    @Schema(name = "VersionRequest", description = "The version an action is based on.")
    public record VersionRequest(
            @Schema(description = "Version; a stale one is answered 409.", required = true, example = "0")
            Long version) {
    }

    @Schema(name = "CancelSessionRequest", description = "Cancels a session with a public notice.")
    public record CancelRequest(
            @Schema(description = "Version.", required = true, example = "0") Long version,
            @Schema(description = "Public notice (shown on the public schedule and in the iCalendar feed).",
                    required = true, example = "Lãnh đạo đi công tác đột xuất, lịch tiếp hủy") String notice) {
    }

    @Schema(name = "PostponeSessionRequest", description = "Postpones a session to a new date and time with a "
            + "public notice: the session becomes POSTPONED and a new PUBLISHED session is created.")
    public record PostponeRequest(
            @Schema(description = "Version.", required = true, example = "0") Long version,
            @Schema(description = "Public notice.", required = true, example = "Chuyển sang ngày 04/12/2026")
            String notice,
            @Schema(description = "New day (YYYY-MM-DD).", required = true, example = "2026-12-04")
            LocalDate newDate,
            @Schema(description = "New start (HH:mm); default the old one.", example = "07:00",
                    type = SchemaType.STRING) LocalTime newStart,
            @Schema(description = "New end (HH:mm); default the old one.", example = "08:00",
                    type = SchemaType.STRING) LocalTime newEnd) {
    }

    @Schema(name = "CheckOutRequest", description = "Ends a session: HELD with a visitor count, or HELD_NO_VISITORS.")
    public record CheckOutRequest(
            @Schema(description = "Version.", required = true, example = "1") Long version,
            @Schema(description = "Number of visitors received (≥ 1 for HELD).", example = "3") Integer visitorsCount,
            @Schema(description = "Nobody came (dân không đến).", example = "false") Boolean noVisitors) {
    }

    @Schema(name = "DelegateSessionRequest", description = "Delegates a session to another official of the unit "
            + "(ủy quyền tiếp, counted apart from the head's own sessions, DOMAIN.md §4.4).")
    public record DelegateRequest(
            @Schema(description = "Version.", required = true, example = "0") Long version,
            @Schema(description = "The official who will preside.", required = true) UUID presidingOfficialId,
            @Schema(description = "Why the head delegates.", required = true, example = "Họp HĐND đột xuất")
            String reason) {
    }
}
