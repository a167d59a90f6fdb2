package vn.tiepdan.schedule;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "EndScheduleRequest", description = "Ends a schedule on validTo: later planned or published "
        + "sessions are removed; sessions already held stay.")
public record EndScheduleRequest(
        @Schema(description = "Version the change is based on.", required = true, example = "0") Long version,
        @Schema(description = "Last day of the schedule (YYYY-MM-DD).", required = true, example = "2026-12-31")
        LocalDate validTo,
        @Schema(description = "Why the schedule ends.", required = true, example = "Thay đổi lịch") String reason) {
}
