package vn.tiepdan.deadline;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DueAdjustment", description = "One change to the base period: a variant, a pause, an extension or "
        + "the move of a last day off to the next working day.")
public record DueAdjustment(
        @Schema(description = "VARIANT, PAUSE, EXTENSION or SHIFT.", example = "EXTENSION") String kind,
        @Schema(description = "Days added (units of the rule for VARIANT; calendar days for SHIFT).", example = "30")
        int days,
        @Schema(description = "First day (PAUSE) or the unshifted last day (SHIFT).") LocalDate from,
        @Schema(description = "Last day (PAUSE) or the shifted due date (SHIFT).") LocalDate to,
        @Schema(description = "Variant key or decision reference.", example = "15/QĐ-UBND") String reference) {
}
