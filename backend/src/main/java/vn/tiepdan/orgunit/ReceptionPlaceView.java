package vn.tiepdan.orgunit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReceptionPlace", description = "A place where the unit receives citizens (Luật TCD Art. 2(3)).")
public record ReceptionPlaceView(
        @Schema(description = "Id of the place.") UUID id,
        @Schema(description = "Kind: reception office, reception point or another announced workplace.",
                example = "RECEPTION_OFFICE") ReceptionPlaceKind kind,
        @Schema(description = "Name of the place.", example = "Bộ phận tiếp công dân phường Trấn Biên") String name,
        @Schema(description = "Address of the place.", example = "Số 1 đường Hưng Đạo Vương, phường Trấn Biên")
        String address,
        @Schema(description = "Whether the place is announced to citizens (shown in the public directory).",
                example = "true") boolean published) {

    static ReceptionPlaceView of(ReceptionPlace place) {
        return new ReceptionPlaceView(place.id(), place.kind(), place.name(), place.address(), place.published());
    }
}
