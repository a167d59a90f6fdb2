package vn.tiepdan.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateOrgUnitRequest", description = "A new organisation unit.")
public record CreateOrgUnitRequest(
        @Schema(description = "Stable code: upper case letters, digits and '-', starting with a letter or digit.",
                required = true, example = "DN-BIENHOA") String code,
        @Schema(description = "Name (1-255 characters).", required = true, example = "UBND phường Biên Hòa")
        String name,
        @Schema(description = "Kind of unit.", required = true, example = "COMMUNE_PEOPLES_COMMITTEE")
        OrgUnitKind kind,
        @Schema(description = "Tier of government; must suit the kind.", required = true, example = "COMMUNE")
        OrgUnitLevel level,
        @Schema(description = "Id of the parent unit; it must exist on validFrom. Absent for a new root.")
        UUID parentId,
        @Schema(description = "National administrative unit code (2-5 digits), where known.", example = "26041")
        String adminUnitCode,
        @Schema(description = "Postal address (up to 500 characters).") String address,
        @Schema(description = "Public reception phone number (Vietnamese format).", example = "0251 3822 110")
        String phone,
        @Schema(description = "Contact e-mail.") String email,
        @Schema(description = "First day (YYYY-MM-DD).", required = true, example = "2025-07-01")
        LocalDate validFrom,
        @Schema(description = "Last day (YYYY-MM-DD), for recording a unit of the past.") LocalDate validTo,
        @Schema(description = "Reception places, in order.") List<ReceptionPlaceInput> receptionPlaces) {
}
