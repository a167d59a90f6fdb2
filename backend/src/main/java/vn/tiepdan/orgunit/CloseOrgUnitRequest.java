package vn.tiepdan.orgunit;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseOrgUnitRequest", description = "Ends a unit (it is never deleted), optionally naming the unit "
        + "that takes over.")
public record CloseOrgUnitRequest(
        @Schema(description = "The version the change is based on.", required = true, example = "0") Long version,
        @Schema(description = "Last day of the unit (YYYY-MM-DD), not before its first day.", required = true,
                example = "2025-06-30") LocalDate validTo,
        @Schema(description = "Why the unit ends (recorded in the audit trail).", required = true,
                example = "Sắp xếp đơn vị hành chính cấp xã") String reason,
        @Schema(description = "The unit that takes over; it must exist on the day after validTo.") UUID successorId,
        @Schema(description = "How the successor takes over; required with successorId.", example = "MERGE")
        SuccessionKind successionKind,
        @Schema(description = "The legal act of the succession.", example = "Nghị quyết 1662/NQ-UBTVQH15")
        String legalBasis) {
}
