package vn.tiepdan.deadline;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlineRuleChange", description = "Changes to one rule version; absent fields keep their value. "
        + "A change of legalBasis requires a reason.")
public record DeadlineRuleChange(
        @Schema(description = "Version the change is based on.", example = "0", required = true) Long version,
        @Schema(description = "Base length in units.", example = "30") Integer duration,
        @Schema(description = "How the period is counted.") DeadlineUnit unit,
        @Schema(description = "Variant periods or extension rules (replaces the whole object).")
        Map<String, Object> variants,
        @Schema(description = "The unit awaits legal confirmation.", example = "false") Boolean needsLegalConfirmation,
        @Schema(description = "Statute and article.", example = "Luật Khiếu nại 2011, Điều 28") String legalBasis,
        @Schema(description = "Why the rule changes (required with legalBasis); kept in the audit trail.",
                example = "Ý kiến pháp chế: tính theo ngày làm việc") String reason) {
}
