package vn.tiepdan.official;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateOfficialRequest", description = "A new official of a unit.")
public record CreateOfficialRequest(
        @Schema(description = "Full name, family name first (1-255 characters).", required = true,
                example = "Nguyễn Văn An") String fullName,
        @Schema(description = "Position (1-255 characters).", required = true, example = "Phó Chủ tịch UBND phường")
        String position,
        @Schema(description = "Id of the unit; it must exist on validFrom.", required = true) UUID unitId,
        @Schema(description = "Head of the unit; not together with deputy.", example = "false") Boolean head,
        @Schema(description = "Deputy head; not together with head.", example = "true") Boolean deputy,
        @Schema(description = "Username of the Keycloak account; one official per account at a time.",
                example = "phochutich.tranbien") String keycloakUsername,
        @Schema(description = "First day in office (YYYY-MM-DD).", required = true, example = "2025-07-01")
        LocalDate validFrom) {
}
