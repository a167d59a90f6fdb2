package vn.tiepdan.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GenerationResult", description = "How many sessions a generation created.")
public record GenerationResult(
        @Schema(description = "Occurrences of the rule in the range after the holiday policy.", example = "22")
        int occurrences,
        @Schema(description = "Sessions newly created (existing ones are kept).", example = "22") int created) {
}
