package vn.tiepdan.official;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.orgunit.UnitRef;

@Schema(name = "Official", description = "An official (cán bộ) of a unit.")
public record OfficialView(
        @Schema(description = "Id of the official.") UUID id,
        @Schema(description = "Full name, family name first.", example = "Trần Văn Hùng") String fullName,
        @Schema(description = "Position (chức vụ).", example = "Chủ tịch UBND phường") String position,
        @Schema(description = "The unit the official belongs to.") UnitRef unit,
        @Schema(description = "Head of the unit (thủ trưởng).", example = "true") boolean head,
        @Schema(description = "Deputy head (cấp phó).", example = "false") boolean deputy,
        @Schema(description = "Username of the linked Keycloak account, if any.", example = "chutich.tranbien")
        String keycloakUsername,
        @Schema(description = "First day in office (YYYY-MM-DD).", example = "2025-07-01") LocalDate validFrom,
        @Schema(description = "Last day in office (YYYY-MM-DD); absent while in office.") LocalDate validTo,
        @Schema(description = "Whether the official is in office today.", example = "true") boolean current,
        @Schema(description = "Version for optimistic locking.", example = "0") long version) {
}
