package vn.tiepdan.orgunit;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Succession", description = "A unit that ended and the unit that took over from it.")
public record SuccessionView(
        @Schema(description = "Id of the succession link.") UUID id,
        @Schema(description = "How the competence passed on.", example = "MERGE") SuccessionKind kind,
        @Schema(description = "First day of the successor's competence (YYYY-MM-DD).", example = "2025-07-01")
        LocalDate effectiveDate,
        @Schema(description = "The legal act.", example = "Nghị quyết 1662/NQ-UBTVQH15") String legalBasis,
        @Schema(description = "The unit that ended.") UnitRef predecessor,
        @Schema(description = "The unit that took over.") UnitRef successor) {
}
