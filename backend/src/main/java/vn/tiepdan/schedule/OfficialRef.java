package vn.tiepdan.schedule;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SessionOfficial", description = "The official who presides a session or is obliged to receive "
        + "(name and position are published with the schedule).")
public record OfficialRef(
        @Schema(description = "Id of the official.") UUID id,
        @Schema(description = "Full name, family name first.", example = "Trần Văn Hùng") String fullName,
        @Schema(description = "Position.", example = "Chủ tịch UBND phường Trấn Biên") String position) {
}
