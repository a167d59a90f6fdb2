package vn.tiepdan.orgunit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnitRef", description = "A reference to another organisation unit.")
public record UnitRef(
        @Schema(description = "Id of the unit; absent when the unit lies outside the caller's scope.")
        UUID id,
        @Schema(description = "Stable unit code.", example = "DN") String code,
        @Schema(description = "Name of the unit.", example = "UBND tỉnh Đồng Nai") String name) {
}
