package vn.tiepdan.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WithdrawDeadlineRuleVersion", description = "Withdraws a version that does not apply yet (entered by "
        + "mistake); the version before it is open again.")
public record WithdrawDeadlineRuleVersion(
        @Schema(description = "The version's current version number (optimistic lock).", example = "0",
                required = true) Long version,
        @Schema(description = "Why it is withdrawn; kept in the audit trail.", example = "Nhập nhầm năm hiệu lực",
                required = true) String reason) {
}
