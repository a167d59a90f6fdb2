package vn.tiepdan.schedule;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.orgunit.UnitRef;

/** Records of the compliance report (GET /api/v1/compliance). */
public final class ComplianceView {
    private ComplianceView() {
    }

    @Schema(name = "ComplianceReport", description = "How the heads of the units met their reception obligations "
            + "over a period.")
    public record Report(
            @Schema(description = "First day (YYYY-MM-DD).") LocalDate from,
            @Schema(description = "Last day (YYYY-MM-DD).") LocalDate to,
            @Schema(description = "Minutes after the planned start beyond which a check-in is late.", example = "10")
            long lateToleranceMinutes,
            @Schema(description = "One row per head in office during the period.") List<OfficialRow> items) {
    }

    @Schema(name = "OfficialCompliance", description = "Figures of one obligated official. scheduled: sessions "
            + "except POSTPONED ones (their replacement counts); heldInPerson: HELD or HELD_NO_VISITORS not "
            + "delegated; delegated: held by a delegate (counted apart, DOMAIN.md §4.4); cancelled: cancelled with "
            + "a public notice (not missed); missed: past sessions still PLANNED or PUBLISHED (never held, never "
            + "cancelled or postponed); late: held in person with a check-in more than the tolerance after the "
            + "planned start.")
    public record OfficialRow(
            @Schema(description = "The official.") OfficialRef official,
            @Schema(description = "The unit.") UnitRef unit,
            @Schema(description = "Position the obligations apply to: COMMUNE_CHAIRPERSON, AGENCY_HEAD or "
                    + "PROVINCE_CHAIRPERSON; absent when no rule applies.",
                    enumeration = {"COMMUNE_CHAIRPERSON", "AGENCY_HEAD", "PROVINCE_CHAIRPERSON"}) String appliesTo,
            @Schema(description = "Sessions scheduled.") int scheduled,
            @Schema(description = "Sessions held in person.") int heldInPerson,
            @Schema(description = "Of those, sessions nobody came to.") int heldNoVisitors,
            @Schema(description = "Sessions held by a delegate.") int delegated,
            @Schema(description = "Sessions cancelled with a notice.") int cancelled,
            @Schema(description = "Sessions postponed with a notice.") int postponed,
            @Schema(description = "Past sessions neither held nor cancelled nor postponed.") int missed,
            @Schema(description = "Sessions held in person and started late.") int late,
            @Schema(description = "Visitors received in the sessions held in person.") int visitors,
            @Schema(description = "Each obligation rule in force during the period.") List<RuleRow> rules) {
    }

    @Schema(name = "RuleCompliance", description = "One obligation rule over the complete periods (weeks Monday to "
            + "Sunday, calendar months, or the working days) inside the range.")
    public record RuleRow(
            @Schema(description = "Rule code.", example = "SCHED.CT_XA") String code,
            @Schema(description = "WEEK, MONTH or WORKING_DAY.", enumeration = {"WEEK", "MONTH", "WORKING_DAY"})
            String period,
            @Schema(description = "Minimum days per period (per working day for WORKING_DAY).") int minDays,
            @Schema(description = "Programme the rule counts (BUOI_SANG_VOI_NHAN_DAN for the overlay).")
            Program program,
            @Schema(description = "Legal basis.") String legalBasis,
            @Schema(description = "Days required over the periods.") int required,
            @Schema(description = "Distinct days held in person that count.") int held,
            @Schema(description = "Whether every period met its minimum.") boolean met,
            @Schema(description = "The periods.") List<PeriodRow> periods) {
    }

    @Schema(name = "PeriodCompliance", description = "One period of a rule.")
    public record PeriodRow(
            @Schema(description = "First day.") LocalDate start,
            @Schema(description = "Last day.") LocalDate end,
            @Schema(description = "Days required.") int required,
            @Schema(description = "Distinct days held in person.") int held,
            @Schema(description = "held ≥ required.") boolean met) {
    }
}
