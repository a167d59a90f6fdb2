package vn.tiepdan.orgunit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReceptionPlaceInput", description = "A reception place of a unit, as written by an administrator.")
public record ReceptionPlaceInput(
        @Schema(description = "Kind of place.", required = true, example = "RECEPTION_OFFICE") ReceptionPlaceKind kind,
        @Schema(description = "Name of the place (1-255 characters).", required = true,
                example = "Bộ phận tiếp công dân") String name,
        @Schema(description = "Address (1-500 characters).", required = true,
                example = "Số 1 đường Hưng Đạo Vương, phường Trấn Biên, tỉnh Đồng Nai") String address,
        @Schema(description = "Whether citizens see it in the public directory; default true.", example = "true")
        Boolean published) {
}
