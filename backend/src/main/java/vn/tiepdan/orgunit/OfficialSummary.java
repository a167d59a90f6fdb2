package vn.tiepdan.orgunit;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OfficialSummary", description = "A current official of a unit, in short.")
public record OfficialSummary(
        @Schema(description = "Id of the official.") UUID id,
        @Schema(description = "Full name, family name first.", example = "Trần Văn Hùng") String fullName,
        @Schema(description = "Position (chức vụ).", example = "Chủ tịch UBND phường") String position,
        @Schema(description = "Head of the unit (thủ trưởng).", example = "true") boolean head,
        @Schema(description = "Deputy head (cấp phó).", example = "false") boolean deputy) {
}
