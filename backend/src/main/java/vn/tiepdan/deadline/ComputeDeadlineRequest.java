package vn.tiepdan.deadline;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ComputeDeadlineRequest", description = "The facts a deadline is computed from.")
public record ComputeDeadlineRequest(
        @Schema(description = "Rule code (DOMAIN.md Appendix A).", example = "TC.RESOLVE") String ruleCode,
        @Schema(description = "Day of the triggering event; the rule version in force on this day applies.",
                example = "2026-08-03") LocalDate startDate,
        @Schema(description = "Case facts that select a longer period or allow extensions.")
        List<DeadlineVariant> variants,
        @Schema(description = "Suspension or obstacle periods (counted only when the rule excludes pauses).")
        List<DeadlinePause> pauses,
        @Schema(description = "Extensions granted, in order.") List<DeadlineExtension> extensions) {
}
