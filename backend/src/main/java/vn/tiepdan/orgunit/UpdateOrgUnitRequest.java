package vn.tiepdan.orgunit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateOrgUnitRequest", description = "Changes to a unit: absent (or null) fields keep their value; "
        + "an empty string clears adminUnitCode, address, phone or email. The code never changes.")
public record UpdateOrgUnitRequest(
        @Schema(description = "The version the change is based on; a stale one is answered 409.", required = true,
                example = "0") Long version,
        @Schema(description = "New name.", example = "UBND phường Trấn Biên") String name,
        @Schema(description = "New kind.") OrgUnitKind kind,
        @Schema(description = "New level; must suit the kind.") OrgUnitLevel level,
        @Schema(description = "New parent (re-parenting moves the whole subtree; never below the unit itself).")
        UUID parentId,
        @Schema(description = "National administrative unit code; empty string clears it.") String adminUnitCode,
        @Schema(description = "Postal address; empty string clears it.") String address,
        @Schema(description = "Public reception phone number; empty string clears it.", example = "0251 3822 101")
        String phone,
        @Schema(description = "Contact e-mail; empty string clears it.") String email,
        @Schema(description = "New first day (YYYY-MM-DD).") LocalDate validFrom,
        @Schema(description = "The full new list of reception places (replaces the old list).")
        List<ReceptionPlaceInput> receptionPlaces) {
}
