package vn.tiepdan.profile;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Me", description = "The signed-in caller: who they are, their realm roles and their organisation unit.")
public record MeView(
        @Schema(required = true, description = "Login name (preferred_username).", example = "chutich.tranbien") String username,
        @Schema(required = true, description = "Full name in Vietnamese order, family name first.", example = "Trần Văn Hùng")
        String name,
        @Schema(required = true, description = "Realm roles of the caller that TiếpDân knows.", example = "[\"unit_leader\"]")
        List<String> roles,
        @Schema(description = "The caller's organisation unit (claim org_unit); absent when the token has none.")
        OrgUnitRef orgUnit) {

    @Schema(name = "OrgUnitRef", description = "A reference to an organisation unit.")
    public record OrgUnitRef(
            @Schema(required = true, description = "Stable unit code.", example = "DN-TRANBIEN") String code,
            @Schema(required = true, description = "Current name of the unit; the code itself when the unit is not in the "
                    + "organisation data.", example = "UBND phường Trấn Biên") String name) {
    }
}
