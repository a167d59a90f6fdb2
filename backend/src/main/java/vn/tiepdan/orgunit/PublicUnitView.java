package vn.tiepdan.orgunit;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicUnit", description = "A unit as the public directory shows it: where and how to reach it. "
        + "Carries no personal data.")
public record PublicUnitView(
        @Schema(description = "Id of the unit.") UUID id,
        @Schema(description = "Stable code.", example = "DN-TRANBIEN") String code,
        @Schema(description = "Name.", example = "UBND phường Trấn Biên") String name,
        @Schema(description = "Kind of unit.", example = "COMMUNE_PEOPLES_COMMITTEE") OrgUnitKind kind,
        @Schema(description = "Tier of government.", example = "COMMUNE") OrgUnitLevel level,
        @Schema(description = "Postal address.") String address,
        @Schema(description = "Public reception phone number.", example = "0251 3822 101") String phone,
        @Schema(description = "The reception places announced to citizens.") List<PublicPlace> receptionPlaces) {

    @Schema(name = "PublicReceptionPlace", description = "A reception place announced to citizens.")
    public record PublicPlace(
            @Schema(description = "Kind of place.", example = "RECEPTION_POINT") ReceptionPlaceKind kind,
            @Schema(description = "Name of the place.") String name,
            @Schema(description = "Address of the place.") String address) {
    }
}
