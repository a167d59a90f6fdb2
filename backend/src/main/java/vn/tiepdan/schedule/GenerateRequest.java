package vn.tiepdan.schedule;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GenerateSessionsRequest", description = "Generates the sessions of a schedule for explicit dates "
        + "(at most 92 days, within the schedule's validity); existing sessions are kept.")
public record GenerateRequest(
        @Schema(description = "First day (YYYY-MM-DD).", required = true, example = "2026-12-01") LocalDate from,
        @Schema(description = "Last day (YYYY-MM-DD).", required = true, example = "2026-12-31") LocalDate to) {
}
