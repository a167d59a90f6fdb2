package vn.tiepdan.submission;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.report.FormDefinition;
import vn.tiepdan.report.FormResult;
import vn.tiepdan.report.FormRow;
import vn.tiepdan.report.PeriodView;

/** Requests and views of report submission, review, consolidation and period configuration. */
public final class SubmissionDtos {
    private SubmissionDtos() {
    }

    @Schema(description = "A new report for a unit and a named period (never a free range).")
    public record SubmissionCreate(
            @Schema(description = "The reporting unit (the province root for the inspectorate's consolidated "
                    + "report).", required = true) UUID unitId,
            @Schema(description = "Named period code.", required = true, example = "2026-H1") String period) {
    }

    @Schema(description = "Narrative, document number and signer of a draft or returned report; absent fields are "
            + "left as they are, an empty string clears a field.")
    public record SubmissionPatch(
            @Schema(description = "The version the change is based on.", required = true, example = "0") Long version,
            @Schema(description = "Kết quả đạt được (results).", nullable = true) String results,
            @Schema(description = "Khó khăn, vướng mắc (difficulties).", nullable = true) String difficulties,
            @Schema(description = "Điển hình tiêu biểu (outstanding examples).", nullable = true) String exemplary,
            @Schema(description = "Kiến nghị, đề xuất (proposals).", nullable = true) String proposals,
            @Schema(description = "Document number of the report.", nullable = true, example = "25/BC-UBND")
            String docNo,
            @Schema(description = "Name of the head who signs.", nullable = true) String signerName,
            @Schema(description = "Title of the signer.", nullable = true, example = "Chủ tịch") String signerTitle) {
    }

    @Schema(description = "An action on a submission based on a version.")
    public record SubmitRequest(
            @Schema(description = "The version the action is based on.", required = true, example = "1")
            Long version) {
    }

    @Schema(description = "The inspectorate's review of a submitted report.")
    public record ReviewRequest(
            @Schema(description = "The version the review is based on.", required = true, example = "2") Long version,
            @Schema(description = "Comment; required when returning the report.", nullable = true,
                    example = "Đề nghị bổ sung khó khăn, vướng mắc") String comment) {
    }

    @Schema(description = "A report in a list: unit, period, status and the frozen hash.")
    public record SubmissionSummary(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The reporting unit.") UUID unitId,
            @Schema(description = "Its code.", example = "DN-TRANBIEN") String unitCode,
            @Schema(description = "Its name.", example = "UBND phường Trấn Biên") String unitName,
            @Schema(description = "Period code.", example = "2026-H1") String periodCode,
            @Schema(description = "Period kind.", example = "H1") String periodKind,
            @Schema(description = "First day of the window.") LocalDate from,
            @Schema(description = "Last day of the window.") LocalDate to,
            @Schema(description = "Due date.") LocalDate dueOn,
            @Schema(description = "DRAFT, SUBMITTED, ACCEPTED or RETURNED.") SubmissionStatus status,
            @Schema(description = "True for the province's consolidated report.") boolean consolidated,
            @Schema(description = "Submitted after the due date (null before the first submission).",
                    nullable = true) Boolean late,
            @Schema(description = "When it was (last) submitted.", nullable = true) Instant submittedAt,
            @Schema(description = "Who submitted it.", nullable = true) String submittedBy,
            @Schema(description = "SHA-256 of the frozen content (null before the first submission).",
                    nullable = true) String contentHash,
            @Schema(description = "Optimistic-locking version.", example = "0") long version) {
    }

    @Schema(description = "One step in the submission log.")
    public record EventView(
            @Schema(description = "When.") Instant at,
            @Schema(description = "CREATED, EDITED, SUBMITTED, ACCEPTED, RETURNED, REOPENED, VERIFIED, or CHANGED_AFTER (a record dated in the period was written after submission).") String action,
            @Schema(description = "Username of the actor.") String actor,
            @Schema(description = "Comment, if any.", nullable = true) String comment,
            @Schema(description = "The content hash at that step (submission, verification).", nullable = true)
            String contentHash) {
    }

    @Schema(description = "A report with its forms (live for a draft or returned report, the frozen snapshot once "
            + "submitted), narrative, review and log.")
    public record SubmissionView(
            @Schema(description = "Unit, period, status and hash.") SubmissionSummary summary,
            @Schema(description = "The period.") PeriodView period,
            @Schema(description = "Kết quả đạt được.", nullable = true) String results,
            @Schema(description = "Khó khăn, vướng mắc.", nullable = true) String difficulties,
            @Schema(description = "Điển hình tiêu biểu.", nullable = true) String exemplary,
            @Schema(description = "Kiến nghị, đề xuất.", nullable = true) String proposals,
            @Schema(description = "Document number.", nullable = true) String docNo,
            @Schema(description = "Signer's name.", nullable = true) String signerName,
            @Schema(description = "Signer's title.", nullable = true) String signerTitle,
            @Schema(description = "Whether the narrative is required at submission for this period kind.")
            boolean narrativeRequired,
            @Schema(description = "Form codes in the report.") List<String> formCodes,
            @Schema(description = "True when the forms are computed now (DRAFT/RETURNED); false for the frozen "
                    + "snapshot.") boolean live,
            @Schema(description = "The forms with their rows and cross-checks.") List<FormResult> forms,
            @Schema(description = "True when every cross-check of every form passes.") boolean valid,
            @Schema(description = "When it was last reviewed.", nullable = true) Instant reviewedAt,
            @Schema(description = "Who reviewed it.", nullable = true) String reviewedBy,
            @Schema(description = "The review comment.", nullable = true) String reviewComment,
            @Schema(description = "The actions the state allows: edit, submit, accept, return.") List<String>
            allowedActions,
            @Schema(description = "The log, oldest first.") List<EventView> events) {
    }

    @Schema(description = "The regeneration check: the forms computed again now for the same unit and period, hashed "
            + "the same way as the stored snapshot.")
    public record VerifyResult(
            @Schema(description = "The hash stored at submission.") String storedHash,
            @Schema(description = "The hash of the content regenerated now.") String regeneratedHash,
            @Schema(description = "True when both hashes are equal.") boolean same,
            @Schema(description = "The cells that differ, e.g. `01-TCD DN-X CHILD col 4: 3 → 4`.") List<String>
            differences) {
    }

    @Schema(description = "A report period kind with its configurable window and due date.")
    public record PeriodKindView(
            @Schema(description = "Code.", example = "Q1") String code,
            @Schema(description = "TT01_2024 or BSVND.") String regime,
            @Schema(description = "Label (Vietnamese).") String labelVi,
            @Schema(description = "Label (English).") String labelEn,
            @Schema(description = "Display order.") int sortOrder,
            @Schema(description = "Window start month (null for MONTH).", nullable = true) Integer startMonth,
            @Schema(description = "Window start day.", nullable = true) Integer startDay,
            @Schema(description = "-1 when the window starts in the previous year.") int startYearOffset,
            @Schema(description = "Window end month.", nullable = true) Integer endMonth,
            @Schema(description = "Window end day.", nullable = true) Integer endDay,
            @Schema(description = "Due month (null for MONTH: the next month).", nullable = true) Integer dueMonth,
            @Schema(description = "Due day.") int dueDay,
            @Schema(description = "1 when the due date falls in the next year.") int dueYearOffset,
            @Schema(description = "Whether the narrative is required at submission.") boolean narrativeRequired,
            @Schema(description = "Legal basis of the window and due date.") String legalBasis,
            @Schema(description = "The forms a report of this kind holds.") List<String> forms,
            @Schema(description = "Optimistic-locking version.") long version) {
    }

    @Schema(description = "New window and due date of a period kind (Thanh tra tỉnh); absent fields keep their value.")
    public record PeriodKindUpdate(
            @Schema(description = "The version the change is based on.", required = true) Long version,
            @Schema(description = "Window start month 1–12.", nullable = true) Integer startMonth,
            @Schema(description = "Window start day 1–31.", nullable = true) Integer startDay,
            @Schema(description = "-1 or 0.", nullable = true) Integer startYearOffset,
            @Schema(description = "Window end month 1–12.", nullable = true) Integer endMonth,
            @Schema(description = "Window end day 1–31.", nullable = true) Integer endDay,
            @Schema(description = "Due month 1–12.", nullable = true) Integer dueMonth,
            @Schema(description = "Due day 1–31.", nullable = true) Integer dueDay,
            @Schema(description = "0 or 1.", nullable = true) Integer dueYearOffset,
            @Schema(description = "Whether the narrative is required.", nullable = true) Boolean narrativeRequired,
            @Schema(description = "Legal basis.", nullable = true) String legalBasis) {
    }

    @Schema(description = "A unit expected to report for the period and where its report stands.")
    public record ExpectedUnit(
            @Schema(description = "Unit id.") UUID unitId,
            @Schema(description = "Unit code.") String unitCode,
            @Schema(description = "Unit name.") String unitName,
            @Schema(description = "Unit kind.", example = "COMMUNE_PEOPLES_COMMITTEE") String unitKind,
            @Schema(description = "MISSING, DRAFT, SUBMITTED, RETURNED or ACCEPTED.") String status,
            @Schema(description = "True when submitted after the due date, or not submitted and the due date has "
                    + "passed.") boolean late,
            @Schema(description = "The submission, if any.", nullable = true) UUID submissionId,
            @Schema(description = "When it was submitted.", nullable = true) Instant submittedAt) {
    }

    @Schema(description = "The province form consolidated from the accepted reports' snapshots, and who has reported.")
    public record Consolidation(
            @Schema(description = "The period.") PeriodView period,
            @Schema(description = "The form definition.") FormDefinition form,
            @Schema(description = "One row per accepted report (that report's total row), then the TOTAL row "
                    + "\"Toàn tỉnh\".") List<FormRow> rows,
            @Schema(description = "Units expected to report, with their status.") List<ExpectedUnit> units,
            @Schema(description = "Expected units.") int expected,
            @Schema(description = "Accepted reports among them.") int accepted) {
    }
}
