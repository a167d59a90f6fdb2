package vn.tiepdan.official;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseOfficialRequest", description = "Ends an official's term.")
public record CloseOfficialRequest(
        @Schema(description = "The version the change is based on.", required = true, example = "0") Long version,
        @Schema(description = "Last day in office (YYYY-MM-DD), not before the first.", required = true,
                example = "2026-03-31") LocalDate validTo,
        @Schema(description = "Why the term ends (recorded in the audit trail).", required = true,
                example = "Nghỉ hưu") String reason) {
}
