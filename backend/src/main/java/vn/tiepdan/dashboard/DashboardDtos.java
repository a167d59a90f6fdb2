package vn.tiepdan.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.report.PeriodView;

/** The dashboard's views: counts and rates only, never a person, a record number or a title. */
public final class DashboardDtos {
    private DashboardDtos() {
    }

    @Schema(description = "A unit of the organisation tree as the dashboard shows it (no contact data).")
    public record UnitNode(
            @Schema(description = "Unit id.") UUID unitId,
            @Schema(description = "Stable unit code.", example = "DN-TRANBIEN") String code,
            @Schema(description = "Unit name.", example = "UBND phường Trấn Biên") String name,
            @Schema(description = "Level: PROVINCE, DISTRICT, COMMUNE.", example = "COMMUNE") String level,
            @Schema(description = "Unit kind.", example = "COMMUNE_PEOPLES_COMMITTEE") String kind,
            @Schema(description = "Whether the unit has units below it (drill further).") boolean hasChildren) {
    }

    @Schema(description = "The model and reception figures of a unit's subtree over the window (see the operation "
            + "description for each definition). Rates are 0–1, null when their denominator is 0.")
    public record Figures(
            @Schema(description = "Working days on which an obliged unit had to hold a BSVND session, summed over "
                    + "the obliged units (up to today).") long sessionsRequired,
            @Schema(description = "BSVND sessions dated in the window, any status.") long sessionsScheduled,
            @Schema(description = "BSVND sessions held (HELD, HELD_NO_VISITORS) by the head in person.")
            long heldInPerson,
            @Schema(description = "BSVND sessions held by a delegate.") long delegated,
            @Schema(description = "BSVND sessions CANCELLED or POSTPONED, or still PLANNED/PUBLISHED after their day.")
            long missed,
            @Schema(description = "Required working days on which an obliged unit held a 07:00–08:00 BSVND session "
                    + "(in person or delegated).") long heldDays,
            @Schema(description = "heldDays ÷ sessionsRequired.", example = "0.95") Double heldShare,
            @Schema(description = "Reception visits (not REFUSED) received in the window.") long visits,
            @Schema(description = "People received (sum of headcounts).") long people,
            @Schema(description = "Matters (vụ việc) of those visits.") long matters,
            @Schema(description = "Matters received for the first time.") long mattersFirstTime,
            @Schema(description = "Matters received again (repeat).") long mattersRepeat,
            @Schema(description = "Large-group (đoàn đông người) visits.") long largeGroups,
            @Schema(description = "People in large-group visits.") long largeGroupPeople,
            @Schema(description = "Visits settled on the spot: HANDLED/RESULT_NOTIFIED, answered and guided "
                    + "(TRA_LAI_VA_HUONG_DAN) without a written petition.") long handledOnSpot,
            @Schema(description = "Visits whose content was accepted for handling (THU_LY).") long accepted,
            @Schema(description = "Visits returned with guidance (TRA_LAI_VA_HUONG_DAN).") long guided,
            @Schema(description = "Visits whose content was transferred (CHUYEN_DON).") long transferred,
            @Schema(description = "Result notices (Luật TCD Art. 28, 10 working days) due in the window.")
            long noticeDue,
            @Schema(description = "Of those, sent by their due day.") long noticeOnTime,
            @Schema(description = "noticeOnTime ÷ noticeDue.") Double noticeCompliance,
            @Schema(description = "RESOLVE deadlines of cases met in the window on time.") long resolvedOnTime,
            @Schema(description = "RESOLVE deadlines of cases met in the window late.") long resolvedLate,
            @Schema(description = "resolvedOnTime ÷ (resolvedOnTime + resolvedLate).") Double onTimeRate,
            @Schema(description = "Cases with a running (ACTIVE) legal deadline already past due today (a snapshot, "
                    + "not bound to the window).") long overdueCases,
            @Schema(description = "Matters with two visits or more in the window.") long repeatVisitors,
            @Schema(description = "Unannounced inspections by Sở Nội vụ in the window.") long inspections,
            @Schema(description = "Commendations decided in the window.") long commendations,
            @Schema(description = "Corrections decided in the window.") long corrections,
            @Schema(description = "Ranking score 0–100 (formula in the response), null when no rate applies.")
            Double score) {
    }

    @Schema(description = "One child unit of the dashboard drill: its whole subtree's figures and its rank among "
            + "its siblings.")
    public record ChildRow(
            @Schema(description = "The child unit.") UnitNode unit,
            @Schema(description = "Figures of the child's subtree.") Figures figures,
            @Schema(description = "Rank by score among the siblings (1 = best; equal scores share a rank), null when "
                    + "unranked.", example = "3") Integer rank) {
    }

    @Schema(description = "The dashboard overview of a unit's subtree.")
    public record Overview(
            @Schema(description = "The unit the figures are for.") UnitNode unit,
            @Schema(description = "The window.") PeriodView period,
            @Schema(description = "The day overdue figures and missed sessions are computed for.") LocalDate asOf,
            @Schema(description = "Figures of the unit's whole subtree.") Figures totals,
            @Schema(description = "Figures of the unit's own records only.") Figures own,
            @Schema(description = "One row per direct child unit valid in the window (or with data in it), by rank.")
            List<ChildRow> children,
            @Schema(description = "How the score is computed.") String scoreFormula) {
    }

    @Schema(description = "One month of the trend series of a unit's subtree.")
    public record TrendPoint(
            @Schema(description = "The month (YYYY-MM).", example = "2026-03") String month,
            @Schema(description = "First day of the month counted (the window may cut the month).") LocalDate from,
            @Schema(description = "Last day of the month counted.") LocalDate to,
            @Schema(description = "BSVND working days required (as in the overview).") long sessionsRequired,
            @Schema(description = "Required days with a held 07:00–08:00 BSVND session.") long sessionsHeld,
            @Schema(description = "Visits (not REFUSED).") long visits,
            @Schema(description = "People received.") long people,
            @Schema(description = "Matters of the month's visits.") long matters,
            @Schema(description = "Petitions received (split parents excluded).") long petitionsReceived,
            @Schema(description = "Cases accepted (ACCEPT steps of the month).") long casesAccepted,
            @Schema(description = "RESOLVE deadlines met on time.") long resolvedOnTime,
            @Schema(description = "RESOLVE deadlines met late.") long resolvedLate,
            @Schema(description = "Case legal deadlines past due and not met at the month's end.")
            long overdueAtMonthEnd) {
    }

    @Schema(description = "Monthly series of a unit's subtree.")
    public record Trends(
            @Schema(description = "The unit.") UnitNode unit,
            @Schema(description = "First day.") LocalDate from,
            @Schema(description = "Last day.") LocalDate to,
            @Schema(description = "One point per month, oldest first.") List<TrendPoint> months) {
    }

    @Schema(description = "An inspection of Sở Nội vụ as the dashboard shows it.")
    public record InspectionItem(
            @Schema(description = "Inspection id.") UUID id,
            @Schema(description = "The inspected unit.") UUID unitId,
            @Schema(description = "Its name.") String unitName,
            @Schema(description = "Day of the inspection.") LocalDate inspectedOn,
            @Schema(description = "Unannounced.") boolean unannounced,
            @Schema(description = "Whether the 07:00–08:00 session was running.") Boolean sessionHeld,
            @Schema(description = "GOOD, SATISFACTORY, NEEDS_IMPROVEMENT or VIOLATION.") String rating,
            @Schema(description = "Findings, shortened to 200 characters.") String findings) {
    }

    @Schema(description = "A commendation or correction as the dashboard shows it (an official only by position).")
    public record RecognitionItem(
            @Schema(description = "Recognition id.") UUID id,
            @Schema(description = "The unit.") UUID unitId,
            @Schema(description = "Its name.") String unitName,
            @Schema(description = "COMMENDATION or CORRECTION.") String kind,
            @Schema(description = "Form, e.g. BANG_KHEN, NHAC_NHO.") String form,
            @Schema(description = "Day of the decision.") LocalDate decidedOn,
            @Schema(description = "Decision number.") String decisionNo,
            @Schema(description = "Issuing body.") String decidedBy,
            @Schema(description = "Position title of the official concerned; null for the unit itself.")
            String officialPosition,
            @Schema(description = "Reason, shortened to 200 characters.") String reason) {
    }

    @Schema(description = "Inspections and commendations/corrections of a unit's subtree in the window, newest "
            + "first (at most 200 of each).")
    public record RecognitionFeed(
            @Schema(description = "The unit.") UnitNode unit,
            @Schema(description = "The window.") PeriodView period,
            @Schema(description = "Inspections in the window (all of them).") long inspectionsTotal,
            @Schema(description = "Commendations in the window.") long commendationsTotal,
            @Schema(description = "Corrections in the window.") long correctionsTotal,
            @Schema(description = "The newest inspections.") List<InspectionItem> inspections,
            @Schema(description = "The newest commendations and corrections.") List<RecognitionItem> recognitions) {
    }
}
