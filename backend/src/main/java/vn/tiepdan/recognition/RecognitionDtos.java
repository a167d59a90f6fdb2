package vn.tiepdan.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.orgunit.UnitRef;

/** Requests and views of the unannounced inspections and the commendations/corrections (Sở Nội vụ). */
public final class RecognitionDtos {
    private RecognitionDtos() {
    }

    @Schema(description = "Rating of an unannounced inspection of a unit's \"Buổi sáng với Nhân dân\" reception.")
    public enum Rating { GOOD, SATISFACTORY, NEEDS_IMPROVEMENT, VIOLATION }

    @Schema(description = "Commendation (khen thưởng, biểu dương) or correction (nhắc nhở, chấn chỉnh, phê bình, "
            + "kiểm điểm).")
    public enum Kind { COMMENDATION, CORRECTION }

    @Schema(description = "Form of the recognition: BANG_KHEN, GIAY_KHEN, BIEU_DUONG (commendations); NHAC_NHO, "
            + "CHAN_CHINH, PHE_BINH, KIEM_DIEM (corrections).")
    public enum Form {
        BANG_KHEN(Kind.COMMENDATION), GIAY_KHEN(Kind.COMMENDATION), BIEU_DUONG(Kind.COMMENDATION),
        NHAC_NHO(Kind.CORRECTION), CHAN_CHINH(Kind.CORRECTION), PHE_BINH(Kind.CORRECTION), KIEM_DIEM(Kind.CORRECTION);

        private final Kind kind;

        Form(Kind kind) {
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    @Schema(description = "A new inspection record.")
    public record InspectionCreate(
            @Schema(description = "The inspected unit.", required = true) UUID orgUnitId,
            @Schema(description = "Day of the inspection (not in the future).", required = true, example = "2026-11-20")
            LocalDate inspectedOn,
            @Schema(description = "Unannounced (default true).") Boolean unannounced,
            @Schema(description = "The session inspected (a session of that unit on that day).") UUID sessionId,
            @Schema(description = "Whether the 07:00–08:00 session was running when inspected.") Boolean sessionHeld,
            @Schema(description = "Rating.", required = true) Rating rating,
            @Schema(description = "Findings on discipline (hours, presence), up to 4000 characters.", required = true)
            String findingsDiscipline,
            @Schema(description = "Findings on conduct and manners, up to 4000 characters.", required = true)
            String findingsConduct,
            @Schema(description = "Required remedy.") String followUp,
            @Schema(description = "Remedy due by (on or after the inspection day).") LocalDate followUpDue,
            @Schema(description = "Day the remedy was done.") LocalDate followUpDoneOn) {
    }

    @Schema(description = "Changes to an inspection; absent fields stay as they are.")
    public record InspectionPatch(
            @Schema(description = "The version read (optimistic locking).", required = true) Long version,
            @Schema(description = "Day of the inspection.") LocalDate inspectedOn,
            @Schema(description = "Unannounced.") Boolean unannounced,
            @Schema(description = "The session inspected.") UUID sessionId,
            @Schema(description = "Whether the session was running.") Boolean sessionHeld,
            @Schema(description = "Rating.") Rating rating,
            @Schema(description = "Findings on discipline.") String findingsDiscipline,
            @Schema(description = "Findings on conduct.") String findingsConduct,
            @Schema(description = "Required remedy.") String followUp,
            @Schema(description = "Remedy due by.") LocalDate followUpDue,
            @Schema(description = "Day the remedy was done.") LocalDate followUpDoneOn) {
    }

    @Schema(description = "An unannounced inspection by Sở Nội vụ.")
    public record InspectionView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The inspected unit.") UnitRef unit,
            @Schema(description = "Day of the inspection.") LocalDate inspectedOn,
            @Schema(description = "Unannounced.") boolean unannounced,
            @Schema(description = "The session inspected.") UUID sessionId,
            @Schema(description = "Whether the 07:00–08:00 session was running.") Boolean sessionHeld,
            @Schema(description = "Rating.") Rating rating,
            @Schema(description = "Findings on discipline.") String findingsDiscipline,
            @Schema(description = "Findings on conduct.") String findingsConduct,
            @Schema(description = "Required remedy.") String followUp,
            @Schema(description = "Remedy due by.") LocalDate followUpDue,
            @Schema(description = "Day the remedy was done.") LocalDate followUpDoneOn,
            @Schema(description = "Account of the inspector who recorded it.") String inspectorUsername,
            @Schema(description = "Version for optimistic locking.") long version,
            @Schema(description = "When recorded.") Instant createdAt,
            @Schema(description = "When last changed.") Instant updatedAt) {
    }

    @Schema(description = "A new commendation or correction.")
    public record RecognitionCreate(
            @Schema(description = "The unit.", required = true) UUID orgUnitId,
            @Schema(description = "The official concerned (of the unit or a unit below it); absent: the unit itself.")
            UUID officialId,
            @Schema(description = "Kind.", required = true) Kind kind,
            @Schema(description = "Form; must belong to the kind.", required = true) Form form,
            @Schema(description = "Day of the decision (not in the future).", required = true, example = "2026-11-20")
            LocalDate decidedOn,
            @Schema(description = "Decision number.", example = "125/QĐ-SNV") String decisionNo,
            @Schema(description = "Issuing body.", example = "Sở Nội vụ") String decidedBy,
            @Schema(description = "Reason, up to 4000 characters.", required = true) String reason,
            @Schema(description = "The inspection that led to it (same unit subtree).") UUID inspectionId) {
    }

    @Schema(description = "Changes to a commendation or correction; absent fields stay as they are.")
    public record RecognitionPatch(
            @Schema(description = "The version read (optimistic locking).", required = true) Long version,
            @Schema(description = "The official concerned.") UUID officialId,
            @Schema(description = "Kind.") Kind kind,
            @Schema(description = "Form; must belong to the kind.") Form form,
            @Schema(description = "Day of the decision.") LocalDate decidedOn,
            @Schema(description = "Decision number.") String decisionNo,
            @Schema(description = "Issuing body.") String decidedBy,
            @Schema(description = "Reason.") String reason,
            @Schema(description = "The inspection that led to it.") UUID inspectionId) {
    }

    @Schema(description = "The official a recognition concerns.")
    public record OfficialItem(
            @Schema(description = "Official id.") UUID id,
            @Schema(description = "Full name (an official acting in office).") String fullName,
            @Schema(description = "Position title.") String position) {
    }

    @Schema(description = "A commendation or correction of a unit or one of its officials.")
    public record RecognitionView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The unit.") UnitRef unit,
            @Schema(description = "The official; null for the unit itself.") OfficialItem official,
            @Schema(description = "Kind.") Kind kind,
            @Schema(description = "Form.") Form form,
            @Schema(description = "Day of the decision.") LocalDate decidedOn,
            @Schema(description = "Decision number.") String decisionNo,
            @Schema(description = "Issuing body.") String decidedBy,
            @Schema(description = "Reason.") String reason,
            @Schema(description = "The inspection that led to it.") UUID inspectionId,
            @Schema(description = "Version for optimistic locking.") long version,
            @Schema(description = "When recorded.") Instant createdAt,
            @Schema(description = "When last changed.") Instant updatedAt) {
    }
}
