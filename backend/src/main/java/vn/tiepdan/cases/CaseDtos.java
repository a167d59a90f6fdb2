package vn.tiepdan.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.deadline.Due;

/** Requests and views of the cases API. Nothing here ever carries a denouncer's identity. */
public final class CaseDtos {
    private CaseDtos() {
    }

    /** Every action body carries the version the caller read. */
    public interface ActionRequest {
        Long version();
    }

    // ------------------------------------------------------------------ open / patch

    @Schema(name = "CaseCreate", description = "Opens a case from an accepted (THU_LY) visit without a case, or from a "
            + "petition decided DE_XUAT_THU_LY whose case is not open yet.")
    public record CaseCreate(
            @Schema(description = "The THU_LY visit (one of visitId, petitionId).") UUID visitId,
            @Schema(description = "The accepted petition (one of visitId, petitionId).") UUID petitionId,
            @Schema(description = "Short title; defaults to the start of the content.", maxLength = 300) String title) {
    }

    @Schema(name = "CasePatch", description = "Plain fields of a case; absent fields are left unchanged.")
    public record CasePatch(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Short title.", maxLength = 300) String title,
            @Schema(description = "Summary of the content (never the denouncer's identity).", maxLength = 20000)
            String summary,
            @Schema(description = "The person or body complained about or denounced.", maxLength = 500)
            String respondent,
            @Schema(description = "Field category code.") String fieldCode,
            @Schema(description = "QUYET_DINH_HANH_CHINH, HANH_VI_HANH_CHINH or QUYET_DINH_KY_LUAT (complaints).")
            String complaintSubject,
            @Schema(description = "Crowd complaint (đông người).") Boolean largeGroup) implements ActionRequest {
    }

    // ------------------------------------------------------------------ action bodies

    @Schema(name = "CaseAcceptRequest", description = "Acceptance (thụ lý). Complaints: complex/remote with reasons "
            + "select the longer period; denunciations: complexity criteria (NĐ 31/2019 Art. 3).")
    public record AcceptRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Number of the acceptance decision/notice.", required = true) String docNo,
            @Schema(description = "Signing date; the resolution period runs from it.", required = true)
            LocalDate signedOn,
            @Schema(description = "Signer.") String signerName,
            @Schema(description = "Complaint: complex case (vụ việc phức tạp).") Boolean complex,
            @Schema(description = "Complaint: why it is complex (required when complex).") String complexityReason,
            @Schema(description = "Complaint: remote area (vùng sâu, vùng xa).") Boolean remoteArea,
            @Schema(description = "Complaint: why remote (required when remoteArea).") String remoteReason,
            @Schema(description = "Denunciation: ComplexityCriterion codes; ≥1 complex, ≥2 very complex.")
            List<String> complexityCriteria) implements ActionRequest {
    }

    @Schema(name = "CaseRejectRequest", description = "Not accepted (không thụ lý) with the legal ground.")
    public record RejectRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "KN_ART11_1..10 (complaints) or TC_ART29_1_* (denunciations).", required = true)
            String ground,
            @Schema(description = "Number of the notice.", required = true) String docNo,
            @Schema(description = "Signing date.", required = true) LocalDate signedOn,
            @Schema(description = "Reasons and guidance.", required = true) String content)
            implements ActionRequest {
    }

    @Schema(name = "CaseAssignVerificationRequest", description = "Assigns the verification (giao xác minh).")
    public record AssignVerificationRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Username of the verifier.", required = true) String verifierUsername,
            @Schema(description = "Number of the assignment decision.", required = true) String docNo,
            @Schema(description = "Signing date; defaults to today.") LocalDate signedOn,
            @Schema(description = "Scope of the verification.") String content) implements ActionRequest {
    }

    @Schema(name = "CaseDialogueRequest", description = "Minutes of the dialogue (đối thoại).")
    public record DialogueRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Day of the dialogue.", required = true) LocalDate signedOn,
            @Schema(description = "Who attended.", required = true) List<String> attendees,
            @Schema(description = "Who was invited but absent.") List<String> absent,
            @Schema(description = "What was said and agreed.", required = true) String content)
            implements ActionRequest {
    }

    @Schema(name = "CaseDecideRequest", description = "Complaint resolution decision (quyết định giải quyết) with the "
            + "remedy figures of the report forms (money in million VND, land in m²; all ≥ 0).")
    public record DecideRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "L1: DUNG_TOAN_BO, SAI_TOAN_BO, DUNG_MOT_PHAN; L2: CONG_NHAN_QD_LAN_DAU, "
                    + "HUY_SUA_QD_LAN_DAU.", required = true) String result,
            @Schema(description = "Decision number.", required = true) String docNo,
            @Schema(description = "Signing date.", required = true) LocalDate signedOn,
            @Schema(description = "Signer.", required = true) String signerName,
            @Schema(description = "Content of the decision.") String content,
            @Schema(description = "Money to recover for the State.") BigDecimal moneyRecoverState,
            @Schema(description = "Land to recover for the State.") BigDecimal landRecoverState,
            @Schema(description = "Money to return.") BigDecimal moneyReturn,
            @Schema(description = "Land to return.") BigDecimal landReturn,
            @Schema(description = "Organisations whose rights were restored.") Integer orgsRestored,
            @Schema(description = "Persons whose rights were restored.") Integer personsRestored,
            @Schema(description = "Persons sanctioned.") Integer personsSanctioned,
            @Schema(description = "Of whom officials.") Integer personsSanctionedOfficials,
            @Schema(description = "Cases sent to investigation.") Integer casesToInvestigation,
            @Schema(description = "Persons sent to investigation.") Integer personsToInvestigation,
            @Schema(description = "Of whom officials.") Integer personsToInvestigationOfficials)
            implements Resolution {
    }

    @Schema(name = "CaseConcludeRequest", description = "Conclusion of a denunciation (kết luận nội dung tố cáo) with "
            + "the remedy figures of the report forms (all ≥ 0).")
    public record ConcludeRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "DUNG, SAI or CO_DUNG_CO_SAI.", required = true) String result,
            @Schema(description = "Conclusion number.", required = true) String docNo,
            @Schema(description = "Signing date.", required = true) LocalDate signedOn,
            @Schema(description = "Signer.", required = true) String signerName,
            @Schema(description = "Content of the conclusion.") String content,
            @Schema(description = "Money to recover for the State.") BigDecimal moneyRecoverState,
            @Schema(description = "Land to recover for the State.") BigDecimal landRecoverState,
            @Schema(description = "Money to return.") BigDecimal moneyReturn,
            @Schema(description = "Land to return.") BigDecimal landReturn,
            @Schema(description = "Organisations whose rights were restored.") Integer orgsRestored,
            @Schema(description = "Persons whose rights were restored.") Integer personsRestored,
            @Schema(description = "Persons sanctioned.") Integer personsSanctioned,
            @Schema(description = "Of whom officials.") Integer personsSanctionedOfficials,
            @Schema(description = "Cases sent to investigation.") Integer casesToInvestigation,
            @Schema(description = "Persons sent to investigation.") Integer personsToInvestigation,
            @Schema(description = "Of whom officials.") Integer personsToInvestigationOfficials)
            implements Resolution {
    }

    @Schema(name = "CaseSuspendRequest", description = "Suspension (tạm đình chỉ); the resolution period pauses from "
            + "signedOn. Complaints only from 2026-07-01 (Law 136/2025).")
    public record SuspendRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Denunciation: TC_ART34_1_AWAIT_RESULT or TC_ART34_1_AWAIT_EXPERT (required).")
            String ground,
            @Schema(description = "Decision number.", required = true) String docNo,
            @Schema(description = "Signing date: first paused day.", required = true) LocalDate signedOn,
            @Schema(description = "Reasons.") String content) implements ActionRequest {
    }

    @Schema(name = "CaseResumeRequest", description = "Resumption; the pause ends the day before signedOn.")
    public record ResumeRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Decision number.", required = true) String docNo,
            @Schema(description = "Signing date: first counted day again.", required = true) LocalDate signedOn)
            implements ActionRequest {
    }

    @Schema(name = "CaseAcceptSecondRequest", description = "Acceptance of the second complaint (thụ lý lần hai).")
    public record AcceptSecondRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Day the second complaint was received.", required = true) LocalDate receivedOn,
            @Schema(description = "Number of the acceptance notice.", required = true) String docNo,
            @Schema(description = "Acceptance date; KN.RESOLVE_L2 runs from it. Defaults to receivedOn.")
            LocalDate signedOn) implements ActionRequest {
    }

    /** The fields of a simple step: an optional document number, a date (default today) and a note. */
    /** The fields a resolving decision (complaint decision, denunciation conclusion) carries for the report forms. */
    public interface Resolution extends ActionRequest {
        String docNo();

        LocalDate signedOn();

        String signerName();

        String result();

        String content();

        java.math.BigDecimal moneyRecoverState();

        java.math.BigDecimal landRecoverState();

        java.math.BigDecimal moneyReturn();

        java.math.BigDecimal landReturn();

        Integer orgsRestored();

        Integer personsRestored();

        Integer personsSanctioned();

        Integer personsSanctionedOfficials();

        Integer casesToInvestigation();

        Integer personsToInvestigation();

        Integer personsToInvestigationOfficials();
    }

    public interface StepFields extends ActionRequest {
        String docNo();

        LocalDate signedOn();

        String content();
    }

    @Schema(name = "CaseMarkEffectiveRequest", description = "Marking the decision effective (có hiệu lực).")
    public record MarkEffectiveRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseFileLawsuitRequest", description = "An administrative lawsuit was filed (khởi kiện).")
    public record FileLawsuitRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseStartEnforcementRequest", description = "Start of the enforcement (tổ chức thi hành).")
    public record StartEnforcementRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseCompleteEnforcementRequest", description = "End of the enforcement.")
    public record CompleteEnforcementRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseRegisterRequest", description = "Registration of a denunciation for the intake check.")
    public record RegisterRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseReferInspectionRequest", description = "Referral of denunciation information for inspection or checks.")
    public record ReferInspectionRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseArchiveRequest", description = "Archiving of denunciation information.")
    public record ArchiveRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseNotifyAcceptanceRequest", description = "The acceptance notice sent (Luật TC Art. 29(3)).")
    public record NotifyAcceptanceRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseDraftConclusionRequest", description = "The draft conclusion (dự thảo kết luận).")
    public record DraftConclusionRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseHandleRequest", description = "Handling after the conclusion (xử lý kết luận).")
    public record HandleRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseMonitorRequest", description = "Monitoring of the handling.")
    public record MonitorRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseCloseRequest", description = "Closing of the case.")
    public record CloseRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseReferCriminalRequest", description = "Referral to the investigation body (dấu hiệu tội phạm).")
    public record ReferCriminalRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseStartResolvingRequest", description = "Start of resolving a petition/feedback.")
    public record StartResolvingRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseFollowUpRequest", description = "Urging the body the feedback was transferred to (đôn đốc).")
    public record FollowUpRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Document number, if any.") String docNo,
            @Schema(description = "Date of the step; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note (never the denouncer's identity).") String content) implements StepFields {
    }

    @Schema(name = "CaseWithdrawRequest", description = "Withdrawal (rút khiếu nại/tố cáo). FULL ends the case unless "
            + "a denunciation continues (Luật TC Art. 33(3)); PARTIAL records the withdrawn items.")
    public record WithdrawRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "FULL or PARTIAL.", required = true) String scope,
            @Schema(description = "Termination decision number (FULL).") String docNo,
            @Schema(description = "Date.", required = true) LocalDate signedOn,
            @Schema(description = "Items withdrawn (PARTIAL).") List<String> items,
            @Schema(description = "Denunciation: continue despite a full withdrawal.") Boolean continueDespiteWithdrawal,
            @Schema(description = "Why it continues (required with continueDespiteWithdrawal).") String reason)
            implements ActionRequest {
    }

    /** A step taken on a legal ground. */
    public interface GroundFields extends ActionRequest {
        String ground();

        String docNo();

        LocalDate signedOn();

        String content();
    }

    @Schema(name = "CaseNotDenunciationRequest", description = "The information is not a denunciation (Luật TC "
            + "Art. 25): ANONYMOUS, PSEUDONYMOUS, UNIDENTIFIABLE or WRONG_FORM.")
    public record NotDenunciationRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "ANONYMOUS, PSEUDONYMOUS, UNIDENTIFIABLE or WRONG_FORM.", required = true)
            String ground,
            @Schema(description = "Document number.") String docNo,
            @Schema(description = "Date; defaults to today.") LocalDate signedOn,
            @Schema(description = "Reasons.") String content) implements GroundFields {
    }

    @Schema(name = "CaseTerminateRequest", description = "Termination (đình chỉ) of a denunciation's resolution on a "
            + "ground of Luật TC Art. 34(2): TC_ART34_2_WITHDRAWN, TC_ART34_2_DECEASED, TC_ART34_2_SETTLED.")
    public record TerminateRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "TC_ART34_2_WITHDRAWN, TC_ART34_2_DECEASED or TC_ART34_2_SETTLED.", required = true)
            String ground,
            @Schema(description = "Termination decision number.", required = true) String docNo,
            @Schema(description = "Date; defaults to today.") LocalDate signedOn,
            @Schema(description = "Reasons.") String content) implements GroundFields {
    }

    @Schema(name = "CaseExtendRequest", description = "Extension of the denunciation's resolution (gia hạn).")
    public record ExtendRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Days added, 1–30.", required = true) Integer days,
            @Schema(description = "Extension decision number.", required = true) String docNo,
            @Schema(description = "Signing date.", required = true) LocalDate signedOn) implements ActionRequest {
    }

    @Schema(name = "CasePublishRequest", description = "Publication of the conclusion (công khai).")
    public record PublishRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "MEETING, POSTING or MEDIA.", required = true) String method,
            @Schema(description = "Date; defaults to today.") LocalDate signedOn,
            @Schema(description = "Note.") String content) implements ActionRequest {
    }

    @Schema(name = "CaseReplyRequest", description = "The written reply to a petition/feedback (văn bản trả lời).")
    public record ReplyRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Reply number.", required = true) String docNo,
            @Schema(description = "Signing date; defaults to today.") LocalDate signedOn,
            @Schema(description = "Content of the reply.", required = true) String content,
            @Schema(description = "DUNG, SAI or CO_DUNG_CO_SAI.") String result) implements ActionRequest {
    }

    @Schema(name = "CaseRecordReplyRequest", description = "The reply of the body the feedback was transferred to.")
    public record RecordReplyRequest(
            @Schema(description = "The version read.", required = true) Long version,
            @Schema(description = "Number of the reply received.", required = true) String replyDocNo,
            @Schema(description = "Date of the reply.", required = true) LocalDate replyOn,
            @Schema(description = "Note.") String content) implements ActionRequest {
    }

    // ------------------------------------------------------------------ views

    @Schema(name = "CaseUnit", description = "A unit, briefly.")
    public record UnitInfo(@Schema(description = "Id.") UUID id, @Schema(description = "Code.") String code,
            @Schema(description = "Name.") String name) {
    }

    @Schema(name = "CaseHandler", description = "The assigned handler.")
    public record HandlerInfo(@Schema(description = "Username.") String username,
            @Schema(description = "Display name.") String name) {
    }

    @Schema(name = "CaseDeadlineBadge", description = "The most urgent running deadline of a case.")
    public record DeadlineSummary(
            @Schema(description = "ACCEPT, RESOLVE, INTAKE, NOTIFY_ACCEPT ...") String kind,
            @Schema(description = "Rule code.", example = "KN.RESOLVE_L1") String rule,
            @Schema(description = "Due date; null while paused.") LocalDate dueOn,
            @Schema(description = "Calendar days left (negative when overdue); null while paused.") Integer daysLeft,
            @Schema(description = "Colour computed by the server.") DeadlineBadge.Colour badge,
            @Schema(description = "Due date passed.") boolean overdue,
            @Schema(description = "Paused by a suspension.") boolean paused) {
    }

    @Schema(name = "CaseSummary", description = "A row of the case inbox.")
    public record CaseSummary(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Case number.", example = "12/2026/KN") String caseNo,
            @Schema(description = "Type.") CaseType type,
            @Schema(description = "State.") CaseStatus status,
            @Schema(description = "Current handling unit.") UnitInfo unit,
            @Schema(description = "Title.") String title,
            @Schema(description = "Assigned handler, if any.") HandlerInfo handler,
            @Schema(description = "Day received.") LocalDate receivedOn,
            @Schema(description = "Carries a denunciation (identity in the vault only).") boolean confidential,
            @Schema(description = "Most urgent running deadline; null when none.") DeadlineSummary deadline,
            @Schema(description = "The caller may act on it (false: a read-only trace).") boolean writable) {
    }

    @Schema(name = "CaseDeadline", description = "A legal deadline of the case with its derivation.")
    public record DeadlineView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Kind.") String kind,
            @Schema(description = "Rule code.") String rule,
            @Schema(description = "ACTIVE, PAUSED, MET or CANCELLED.") String status,
            @Schema(description = "Triggering day.") LocalDate startOn,
            @Schema(description = "Due date; null while paused.") LocalDate dueOn,
            @Schema(description = "Calendar days left while ACTIVE.") Integer daysLeft,
            @Schema(description = "Colour computed by the server.") DeadlineBadge.Colour badge,
            @Schema(description = "Day met.") LocalDate metOn,
            @Schema(description = "Met on time.") Boolean onTime,
            @Schema(description = "The due date passed while it ran.") boolean breached,
            @Schema(description = "Open pause since (while suspended).") LocalDate pausedSince,
            @Schema(description = "The engine's computation with its steps (pauses so far included).") Due due) {
    }

    @Schema(name = "CaseDecisionView", description = "A legal act of the case.")
    public record DecisionView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Kind (ACCEPTANCE, RESOLUTION_L1, CONCLUSION ...).") String kind,
            @Schema(description = "Document number.") String docNo,
            @Schema(description = "Signing date.") LocalDate signedOn,
            @Schema(description = "Signer.") String signerName,
            @Schema(description = "Result.") String result,
            @Schema(description = "Legal ground code.") String ground,
            @Schema(description = "FULL or PARTIAL (withdrawal).") String scope,
            @Schema(description = "Content.") String content,
            @Schema(description = "Remedy figures (report forms).") Map<String, Object> remedies,
            @Schema(description = "Resolution met its deadline.") Boolean onTime,
            @Schema(description = "Kind-specific extras.") Map<String, Object> data,
            @Schema(description = "Recorded at.") Instant createdAt,
            @Schema(description = "Recorded by.") String createdBy) {
    }

    @Schema(name = "CaseAssignmentView", description = "A handler or verifier assignment, with history.")
    public record AssignmentView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Username.") String username,
            @Schema(description = "Display name.") String displayName,
            @Schema(description = "HANDLER or VERIFIER.") String role,
            @Schema(description = "From.") Instant fromAt,
            @Schema(description = "Until (null: current).") Instant toAt,
            @Schema(description = "Reason.") String reason,
            @Schema(description = "Assigned by.") String assignedBy) {
    }

    @Schema(name = "CaseTransferView", description = "A transfer of the case.")
    public record TransferView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Sending unit.") UnitInfo fromUnit,
            @Schema(description = "Receiving unit of the tree, if internal.") UnitInfo toUnit,
            @Schema(description = "External body, if external.") String externalBody,
            @Schema(description = "Transfer slip number.") String slipNo,
            @Schema(description = "Form code.") String formCode,
            @Schema(description = "When.") Instant transferredAt,
            @Schema(description = "By.") String transferredBy,
            @Schema(description = "Reason.") String reason,
            @Schema(description = "A redacted copy went instead of the identity.") boolean redactionApplied,
            @Schema(description = "Reply number received.") String replyDocNo,
            @Schema(description = "Reply date.") LocalDate replyOn) {
    }

    @Schema(name = "CaseView", description = "A case with its deadlines, decisions, assignments and transfers. Never "
            + "the denouncer's identity.")
    public record CaseView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Case number.") String caseNo,
            @Schema(description = "Type.") CaseType type,
            @Schema(description = "State.") CaseStatus status,
            @Schema(description = "State before the suspension, while SUSPENDED.") CaseStatus statusBeforeSuspension,
            @Schema(description = "Complaint instance (1 or 2).") Integer instance,
            @Schema(description = "Current handling unit.") UnitInfo unit,
            @Schema(description = "Unit that opened it.") UnitInfo originUnit,
            @Schema(description = "Petition it came from.") UUID petitionId,
            @Schema(description = "Petition number.") String petitionNo,
            @Schema(description = "Visit it came from.") UUID visitId,
            @Schema(description = "Book number of the visit.") String visitBookNo,
            @Schema(description = "Matter (vụ việc tiếp dân).") UUID matterId,
            @Schema(description = "Day received.") LocalDate receivedOn,
            @Schema(description = "Title.") String title,
            @Schema(description = "Summary (redacted for denunciations).") String summary,
            @Schema(description = "Respondent.") String respondent,
            @Schema(description = "Field code.") String fieldCode,
            @Schema(description = "Complaint subject.") String complaintSubject,
            @Schema(description = "Complex.") boolean complex,
            @Schema(description = "Very complex.") boolean veryComplex,
            @Schema(description = "ComplexityCriterion codes.") List<String> complexityCriteria,
            @Schema(description = "Why complex.") String complexityReason,
            @Schema(description = "Remote area.") boolean remoteArea,
            @Schema(description = "Why remote.") String remoteReason,
            @Schema(description = "Crowd case.") boolean largeGroup,
            @Schema(description = "Carries a denunciation.") boolean confidential,
            @Schema(description = "The parties are withheld (confidential).") boolean partyMasked,
            @Schema(description = "THUONG or MAT.") String securityLevel,
            @Schema(description = "Assigned handler.") HandlerInfo handler,
            @Schema(description = "Day accepted.") LocalDate acceptedOn,
            @Schema(description = "Day decided/concluded.") LocalDate decidedOn,
            @Schema(description = "Day closed.") LocalDate closedOn,
            @Schema(description = "Last resolution result.") String result,
            @Schema(description = "Legal deadlines.") List<DeadlineView> deadlines,
            @Schema(description = "Decisions.") List<DecisionView> decisions,
            @Schema(description = "Assignments.") List<AssignmentView> assignments,
            @Schema(description = "Transfers.") List<TransferView> transfers,
            @Schema(description = "Actions the state and the caller's role allow; [] when read-only.")
            List<String> allowedActions,
            @Schema(description = "The caller may act on it.") boolean writable,
            @Schema(description = "Version for optimistic locking.") long version,
            @Schema(description = "Created at.") Instant createdAt,
            @Schema(description = "Updated at.") Instant updatedAt) {
    }

    @Schema(name = "CaseEvent", description = "A step of the timeline.")
    public record TimelineEvent(
            @Schema(description = "Sequence number within the case.") int seq,
            @Schema(description = "When.") Instant at,
            @Schema(description = "Action (OPEN, ACCEPT, ASSIGN, TRANSFER ...).") String action,
            @Schema(description = "State before.") String from,
            @Schema(description = "State after.") String to,
            @Schema(description = "Actor username.") String actorUsername,
            @Schema(description = "Actor name.") String actorName,
            @Schema(description = "Unit.") UnitInfo unit,
            @Schema(description = "Note.") String note,
            @Schema(description = "Decision recorded.") UUID decisionId,
            @Schema(description = "Document added.") UUID documentId,
            @Schema(description = "Extras.") Map<String, Object> data) {
    }
}
