package vn.tiepdan.deadline;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A computed legal date with its derivation, so a user can see why (shared/design/API.md "Representations"). */
@Schema(name = "Due", description = "A computed legal date with its derivation.")
public record Due(
        @Schema(description = "The due date: the period ends at the close of this day.", example = "2026-09-02")
        LocalDate dueOn,
        @Schema(description = "Rule code.", example = "TC.RESOLVE") String rule,
        @Schema(description = "First day of the rule version used (the one in force on startedOn).",
                example = "2019-01-01") LocalDate ruleValidFrom,
        @Schema(description = "Statute and article.", example = "Luật Tố cáo 2018, Điều 30, 34") String legalBasis,
        @Schema(description = "The unit of the rule awaits legal confirmation.") boolean needsLegalConfirmation,
        @Schema(description = "The triggering event.", example = "Thụ lý tố cáo") String startEvent,
        @Schema(description = "Day of the triggering event; counting starts the day after (BLDS 2015 Art. 147).",
                example = "2026-08-03") LocalDate startedOn,
        @Schema(description = "Unit of the rule.") DeadlineUnit unit,
        @Schema(description = "Base length of the rule.", example = "30") int baseDays,
        @Schema(description = "Variant key applied, if any.", example = "REMOTE_COMPLEX") String variantApplied,
        @Schema(description = "Length of the applied variant, if any.", example = "60") Integer variantDays,
        @Schema(description = "Days not counted because of pauses (in the rule's day unit).", example = "0")
        int pausedDays,
        @Schema(description = "Extensions counted.") List<DeadlineExtension> extensions,
        @Schema(description = "Total counted: period + extensions + paused days (months or years for MONTH/YEAR "
                + "periods are in baseDays/variantDays).", example = "30") int days,
        @Schema(description = "The last day before it moved off a weekend or holiday (BLDS 2015 Art. 148).",
                example = "2026-08-30") LocalDate shiftedFrom,
        @Schema(description = "Variants, pauses, extensions and the shift, as data.") List<DueAdjustment> adjustments,
        @Schema(description = "The derivation step by step, in Vietnamese.") List<String> steps) {
}
