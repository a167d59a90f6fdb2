package vn.tiepdan.official;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateOfficialRequest", description = "Changes to an official: absent (or null) fields keep their "
        + "value; an empty keycloakUsername unlinks the account.")
public record UpdateOfficialRequest(
        @Schema(description = "The version the change is based on; a stale one is answered 409.", required = true,
                example = "0") Long version,
        @Schema(description = "New full name.") String fullName,
        @Schema(description = "New position.", example = "Chủ tịch UBND phường") String position,
        @Schema(description = "New unit.") UUID unitId,
        @Schema(description = "Head of the unit.") Boolean head,
        @Schema(description = "Deputy head.") Boolean deputy,
        @Schema(description = "Keycloak username; empty string unlinks.") String keycloakUsername,
        @Schema(description = "New first day in office (YYYY-MM-DD).") LocalDate validFrom) {
}
