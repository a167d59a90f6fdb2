package vn.tiepdan.deadline;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NewDeadlineRuleVersion", description = "A new version of an existing rule from a date; the version "
        + "in force then ends the day before. Absent fields are copied from it.")
public record NewDeadlineRuleVersion(
        @Schema(description = "Code of an existing rule.", example = "TC.RESOLVE", required = true) String code,
        @Schema(description = "First day of the new version.", example = "2027-01-01", required = true)
        LocalDate validFrom,
        @Schema(description = "Base length in units.", example = "30") Integer duration,
        @Schema(description = "How the period is counted.") DeadlineUnit unit,
        @Schema(description = "Variant periods or extension rules.") Map<String, Object> variants,
        @Schema(description = "Suspension or obstacle periods are not counted.") Boolean pausesExcluded,
        @Schema(description = "The unit awaits legal confirmation.") Boolean needsLegalConfirmation,
        @Schema(description = "Statute and article.", example = "Luật Tố cáo 2018, Điều 30, sửa đổi 2025")
        String legalBasis,
        @Schema(description = "Free note.") String note,
        @Schema(description = "Why the new version; kept in the audit trail.", example = "Luật 136/2025/QH15",
                required = true) String reason) {
}
