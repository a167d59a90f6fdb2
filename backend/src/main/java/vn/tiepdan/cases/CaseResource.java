package vn.tiepdan.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.cases.CaseDtos.AcceptRequest;
import vn.tiepdan.cases.CaseDtos.AcceptSecondRequest;
import vn.tiepdan.cases.CaseDtos.AssignVerificationRequest;
import vn.tiepdan.cases.CaseDtos.ConcludeRequest;
import vn.tiepdan.cases.CaseDtos.DecideRequest;
import vn.tiepdan.cases.CaseDtos.DialogueRequest;
import vn.tiepdan.cases.CaseDtos.ExtendRequest;
import vn.tiepdan.cases.CaseDtos.PublishRequest;
import vn.tiepdan.cases.CaseDtos.RecordReplyRequest;
import vn.tiepdan.cases.CaseDtos.RejectRequest;
import vn.tiepdan.cases.CaseDtos.ReplyRequest;
import vn.tiepdan.cases.CaseDtos.ResumeRequest;
import vn.tiepdan.cases.CaseDtos.SuspendRequest;
import vn.tiepdan.cases.CaseDtos.WithdrawRequest;
import vn.tiepdan.cases.CaseDtos.ArchiveRequest;
import vn.tiepdan.cases.CaseDtos.CloseRequest;
import vn.tiepdan.cases.CaseDtos.CompleteEnforcementRequest;
import vn.tiepdan.cases.CaseDtos.DraftConclusionRequest;
import vn.tiepdan.cases.CaseDtos.FileLawsuitRequest;
import vn.tiepdan.cases.CaseDtos.FollowUpRequest;
import vn.tiepdan.cases.CaseDtos.HandleRequest;
import vn.tiepdan.cases.CaseDtos.MarkEffectiveRequest;
import vn.tiepdan.cases.CaseDtos.MonitorRequest;
import vn.tiepdan.cases.CaseDtos.NotDenunciationRequest;
import vn.tiepdan.cases.CaseDtos.NotifyAcceptanceRequest;
import vn.tiepdan.cases.CaseDtos.ReferCriminalRequest;
import vn.tiepdan.cases.CaseDtos.ReferInspectionRequest;
import vn.tiepdan.cases.CaseDtos.RegisterRequest;
import vn.tiepdan.cases.CaseDtos.StartEnforcementRequest;
import vn.tiepdan.cases.CaseDtos.StartResolvingRequest;
import vn.tiepdan.cases.CaseDtos.TerminateRequest;
import vn.tiepdan.cases.CaseDtos.CaseCreate;
import vn.tiepdan.cases.CaseDtos.CasePatch;
import vn.tiepdan.cases.CaseDtos.CaseSummary;
import vn.tiepdan.cases.CaseDtos.CaseView;
import vn.tiepdan.cases.CaseDtos.TimelineEvent;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Cases (vụ việc): the inbox with server-computed deadline badges, the detail with "
        + "deadlines, decisions and the timeline, and one action per legal step of the complaint, denunciation and "
        + "petition/feedback state machines. A denouncer's identity is never returned.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INTEGRATOR, Roles.INSPECTOR, Roles.AUDITOR, Roles.ADMIN})
public class CaseResource {
    private final CaseService service;
    private final CaseReads reads;

    CaseResource(CaseService service, CaseReads reads) {
        this.service = service;
        this.reads = reads;
    }

    @GET
    @Operation(operationId = "listCases", summary = "List cases (the inbox)",
            description = "Cases of the units in the caller's scope (and read-only traces of cases they transferred "
                    + "away), most urgent running deadline first, with the deadline badge computed by the server.")
    @APIResponse(responseCode = "200", description = "One page of cases.")
    public PageResponse<CaseSummary> list(@BeanParam CaseFilter filter, @Valid @BeanParam PageParams page) {
        return reads.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCase", summary = "Get a case",
            description = "The case with its deadlines (each with the engine's derivation), decisions, assignments, "
                    + "transfers and the actions the caller may take now.")
    @APIResponse(responseCode = "200", description = "The case.")
    public CaseView get(@Parameter(description = "Id of the case.") @PathParam("id") UUID id) {
        return reads.get(id);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(operationId = "getCaseTimeline", summary = "Get the timeline of a case",
            description = "Every step of the case in order (never the denouncer's identity).")
    @APIResponse(responseCode = "200", description = "The steps.")
    public List<TimelineEvent> timeline(@Parameter(description = "Id of the case.") @PathParam("id") UUID id) {
        return reads.timeline(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "createCase", summary = "Open a case",
            description = "From a THU_LY visit without a case (type from its classification; NHIEU_NOI_DUNG is 400 "
                    + "classification MIXED_NEEDS_SPLIT) or from an accepted petition without a case. Numbered "
                    + "<seq>/<year>/KN|TC|PA per unit and year without gaps; starts KN.ACCEPT_L1 or TC.INTAKE.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseCreate.class), examples = @ExampleObject(name = "fromVisit",
                    value = "{\"visitId\":\"4f0c2a4e-9a51-4d4b-9e2e-3d1c6f1b2a10\"}")))
    @APIResponse(responseCode = "201", description = "Opened; Location names the new case.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response create(@NotNull CaseCreate request) {
        CaseView created = service.create(request);
        return Response.created(URI.create("/api/v1/cases/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "updateCase", summary = "Correct a case",
            description = "Plain fields (title, summary, respondent, field, complaint subject, crowd). A stale version "
                    + "is 409 with currentVersion.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CasePatch.class), examples = @ExampleObject(name = "title",
                    value = "{\"version\":0,\"title\":\"Khiếu nại quyết định thu hồi đất\"}")))
    @APIResponse(responseCode = "200", description = "The corrected case.")
    public CaseView patch(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull CasePatch request) {
        return service.patch(id, request);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER})
    @Operation(operationId = "acceptCase", summary = "Accept the case (thụ lý)",
            description = "Complaint RECEIVED → ACCEPTED_L1: meets KN.ACCEPT_L1 and starts KN.RESOLVE_L1 (version in force on signedOn; COMPLEX/REMOTE variants). Denunciation INTAKE_CHECK → ACCEPTED: ComplexityRule (NĐ 31/2019 Art. 3), meets TC.INTAKE, starts TC.RESOLVE and TC.NOTIFY_ACCEPT. Unit leaders only. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AcceptRequest.class),
            examples = @ExampleObject(name = "accept", value = "{\"version\":0,\"docNo\":\"12/TB-UBND\",\"signedOn\":\"2026-08-03\",\"complex\":false,\"remoteArea\":false}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView accept(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull AcceptRequest request) {
        return service.act(id, "accept", request);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER})
    @Operation(operationId = "rejectCase", summary = "Do not accept (không thụ lý)",
            description = "RECEIVED (complaint) or INTAKE_CHECK (denunciation) → NOT_ACCEPTED on a legal ground (NotAcceptedGroundRule: Luật KN Art. 11, Luật TC Art. 29(1)). Unit leaders only. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RejectRequest.class),
            examples = @ExampleObject(name = "reject", value = "{\"version\":0,\"ground\":\"KN_ART11_5\",\"docNo\":\"13/TB-UBND\",\"signedOn\":\"2026-08-03\",\"content\":\"Đã hết thời hiệu khiếu nại\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView reject(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull RejectRequest request) {
        return service.act(id, "reject", request);
    }

    @POST
    @Path("/{id}/assign-verification")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "assignCaseVerification", summary = "Assign the verification",
            description = "ACCEPTED_L1/L2 → VERIFYING_L1/L2; ACCEPTED → VERIFYING (a denunciation also gets a redacted copy for the verifier). A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AssignVerificationRequest.class),
            examples = @ExampleObject(name = "assign-verification", value = "{\"version\":1,\"verifierUsername\":\"xuly.tranbien\",\"docNo\":\"14/QĐ-UBND\",\"signedOn\":\"2026-08-05\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView assignVerification(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull AssignVerificationRequest request) {
        return service.act(id, "assign-verification", request);
    }

    @POST
    @Path("/{id}/hold-dialogue")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "holdCaseDialogue", summary = "Record the dialogue (đối thoại)",
            description = "VERIFYING_Lx → DIALOGUE_Lx; at the second instance a dialogue is required before the decision. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DialogueRequest.class),
            examples = @ExampleObject(name = "hold-dialogue", value = "{\"version\":2,\"signedOn\":\"2026-08-20\",\"attendees\":[\"Người khiếu nại\",\"Người bị khiếu nại\"],\"content\":\"Hai bên trình bày ý kiến\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView holdDialogue(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull DialogueRequest request) {
        return service.act(id, "hold-dialogue", request);
    }

    @POST
    @Path("/{id}/decide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER})
    @Operation(operationId = "decideCase", summary = "Issue the complaint decision",
            description = "VERIFYING_L1|DIALOGUE_L1 → DECIDED_L1 or DIALOGUE_L2 → DECIDED_L2 (DecisionFieldsRule, ComplaintDialogueRule); meets RESOLVE. Unit leaders only. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecideRequest.class),
            examples = @ExampleObject(name = "decide", value = "{\"version\":3,\"result\":\"DUNG_MOT_PHAN\",\"docNo\":\"15/QĐ-UBND\",\"signedOn\":\"2026-08-30\",\"signerName\":\"Trần Văn Hùng\",\"moneyReturn\":12.5}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView decide(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull DecideRequest request) {
        return service.act(id, "decide", request);
    }

    @POST
    @Path("/{id}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER})
    @Operation(operationId = "suspendCase", summary = "Suspend (tạm đình chỉ)",
            description = "Complaint ACCEPTED_L1|VERIFYING_L1|VERIFYING_L2 (only signed from 2026-07-01: ComplaintSuspensionRule) or denunciation VERIFYING|EXTENDED_* (ground Art. 34(1)) → SUSPENDED; the RESOLVE deadline pauses. Unit leaders only. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SuspendRequest.class),
            examples = @ExampleObject(name = "suspend", value = "{\"version\":2,\"docNo\":\"16/QĐ-UBND\",\"signedOn\":\"2026-08-10\",\"content\":\"Chờ kết quả giám định\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView suspend(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull SuspendRequest request) {
        return service.act(id, "suspend", request);
    }

    @POST
    @Path("/{id}/resume")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER})
    @Operation(operationId = "resumeCase", summary = "Resume after a suspension",
            description = "SUSPENDED → the state before; the pause ends the day before signedOn and the due date moves by the paused days. Unit leaders only. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResumeRequest.class),
            examples = @ExampleObject(name = "resume", value = "{\"version\":3,\"docNo\":\"17/QĐ-UBND\",\"signedOn\":\"2026-08-20\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView resume(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull ResumeRequest request) {
        return service.act(id, "resume", request);
    }

    @POST
    @Path("/{id}/accept-second")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "acceptSecondComplaint", summary = "Accept the second complaint",
            description = "DECIDED_L1 (or ACCEPTED_L1/VERIFYING_L1/DIALOGUE_L1 once the L1 RESOLVE deadline passed) → ACCEPTED_L2; starts KN.RESOLVE_L2. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AcceptSecondRequest.class),
            examples = @ExampleObject(name = "accept-second", value = "{\"version\":4,\"receivedOn\":\"2026-09-10\",\"docNo\":\"18/TB-UBND\",\"signedOn\":\"2026-09-12\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView acceptSecond(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull AcceptSecondRequest request) {
        return service.act(id, "accept-second", request);
    }

    @POST
    @Path("/{id}/mark-effective")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "markCaseEffective", summary = "Mark the decision effective",
            description = "DECIDED_L1|DECIDED_L2 → EFFECTIVE. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MarkEffectiveRequest.class),
            examples = @ExampleObject(name = "mark-effective", value = "{\"version\":4,\"signedOn\":\"2026-10-01\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView markEffective(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull MarkEffectiveRequest request) {
        return service.act(id, "mark-effective", request);
    }

    @POST
    @Path("/{id}/file-lawsuit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "recordCaseLawsuit", summary = "Record an administrative lawsuit",
            description = "DECIDED_L1|DECIDED_L2 → IN_COURT. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FileLawsuitRequest.class),
            examples = @ExampleObject(name = "file-lawsuit", value = "{\"version\":4,\"signedOn\":\"2026-10-01\",\"content\":\"Khởi kiện tại Tòa án\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView fileLawsuit(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull FileLawsuitRequest request) {
        return service.act(id, "file-lawsuit", request);
    }

    @POST
    @Path("/{id}/start-enforcement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "startCaseEnforcement", summary = "Start enforcing the decision",
            description = "EFFECTIVE → ENFORCING. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StartEnforcementRequest.class),
            examples = @ExampleObject(name = "start-enforcement", value = "{\"version\":5,\"docNo\":\"20/KH-UBND\",\"signedOn\":\"2026-10-05\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView startEnforcement(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull StartEnforcementRequest request) {
        return service.act(id, "start-enforcement", request);
    }

    @POST
    @Path("/{id}/complete-enforcement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "completeCaseEnforcement", summary = "Complete the enforcement",
            description = "ENFORCING → ENFORCED. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CompleteEnforcementRequest.class),
            examples = @ExampleObject(name = "complete-enforcement", value = "{\"version\":6,\"signedOn\":\"2026-10-20\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView completeEnforcement(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull CompleteEnforcementRequest request) {
        return service.act(id, "complete-enforcement", request);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "withdrawCase", summary = "Record a withdrawal (rút)",
            description = "FULL: complaint → TERMINATED; denunciation → TERMINATED unless continueDespiteWithdrawal (Luật TC Art. 33(3)). PARTIAL: the state stays. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawRequest.class),
            examples = @ExampleObject(name = "withdraw", value = "{\"version\":2,\"scope\":\"FULL\",\"docNo\":\"21/QĐ-UBND\",\"signedOn\":\"2026-08-15\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView withdraw(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull WithdrawRequest request) {
        return service.act(id, "withdraw", request);
    }

    @POST
    @Path("/{id}/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "registerDenunciation", summary = "Register a denunciation for the intake check",
            description = "Denunciation RECEIVED → INTAKE_CHECK. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegisterRequest.class),
            examples = @ExampleObject(name = "register", value = "{\"version\":0}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView register(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull RegisterRequest request) {
        return service.act(id, "register", request);
    }

    @POST
    @Path("/{id}/mark-not-denunciation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "markNotDenunciation", summary = "Treat as information, not a denunciation",
            description = "INTAKE_CHECK → INFO_NOT_DENUNCIATION (ANONYMOUS, PSEUDONYMOUS, UNIDENTIFIABLE, WRONG_FORM; Luật TC Art. 25). A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NotDenunciationRequest.class),
            examples = @ExampleObject(name = "mark-not-denunciation", value = "{\"version\":1,\"ground\":\"ANONYMOUS\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView markNotDenunciation(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull NotDenunciationRequest request) {
        return service.act(id, "mark-not-denunciation", request);
    }

    @POST
    @Path("/{id}/refer-inspection")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "referDenunciationInfo", summary = "Refer the information for inspection",
            description = "INFO_NOT_DENUNCIATION → INSPECTION_REFERRAL. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferInspectionRequest.class),
            examples = @ExampleObject(name = "refer-inspection", value = "{\"version\":2,\"docNo\":\"22/CV-UBND\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView referInspection(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull ReferInspectionRequest request) {
        return service.act(id, "refer-inspection", request);
    }

    @POST
    @Path("/{id}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "archiveDenunciationInfo", summary = "Archive the information",
            description = "INFO_NOT_DENUNCIATION → ARCHIVED. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ArchiveRequest.class),
            examples = @ExampleObject(name = "archive", value = "{\"version\":2}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView archive(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull ArchiveRequest request) {
        return service.act(id, "archive", request);
    }

    @POST
    @Path("/{id}/notify-acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "notifyDenunciationAcceptance", summary = "Record the acceptance notice",
            description = "No state change; meets TC.NOTIFY_ACCEPT (5 working days, Luat TC Art. 29(3)). A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NotifyAcceptanceRequest.class),
            examples = @ExampleObject(name = "notify-acceptance", value = "{\"version\":2,\"docNo\":\"23/TB-UBND\",\"signedOn\":\"2026-08-06\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView notifyAcceptance(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull NotifyAcceptanceRequest request) {
        return service.act(id, "notify-acceptance", request);
    }

    @POST
    @Path("/{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER})
    @Operation(operationId = "extendDenunciation", summary = "Extend the resolution (gia hạn)",
            description = "VERIFYING → EXTENDED_1 → EXTENDED_2; at most 30 days each, as many as the complexity allows (TOO_MANY_EXTENSIONS). Unit leaders only. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExtendRequest.class),
            examples = @ExampleObject(name = "extend", value = "{\"version\":3,\"days\":30,\"docNo\":\"24/QĐ-UBND\",\"signedOn\":\"2026-08-25\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView extend(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull ExtendRequest request) {
        return service.act(id, "extend", request);
    }

    @POST
    @Path("/{id}/draft-conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "draftDenunciationConclusion", summary = "Record the draft conclusion",
            description = "VERIFYING|EXTENDED_* → DRAFT_CONCLUSION. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DraftConclusionRequest.class),
            examples = @ExampleObject(name = "draft-conclusion", value = "{\"version\":3}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView draftConclusion(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull DraftConclusionRequest request) {
        return service.act(id, "draft-conclusion", request);
    }

    @POST
    @Path("/{id}/conclude")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER})
    @Operation(operationId = "concludeDenunciation", summary = "Conclude the denunciation",
            description = "DRAFT_CONCLUSION|VERIFYING|EXTENDED_* → CONCLUDED; meets RESOLVE. Unit leaders only. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ConcludeRequest.class),
            examples = @ExampleObject(name = "conclude", value = "{\"version\":4,\"result\":\"CO_DUNG_CO_SAI\",\"docNo\":\"25/KL-UBND\",\"signedOn\":\"2026-09-01\",\"signerName\":\"Trần Văn Hùng\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView conclude(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull ConcludeRequest request) {
        return service.act(id, "conclude", request);
    }

    @POST
    @Path("/{id}/handle")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER})
    @Operation(operationId = "handleDenunciation", summary = "Record the handling after the conclusion",
            description = "CONCLUDED → HANDLED. Unit leaders only. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HandleRequest.class),
            examples = @ExampleObject(name = "handle", value = "{\"version\":5,\"docNo\":\"26/QĐ-UBND\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView handle(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull HandleRequest request) {
        return service.act(id, "handle", request);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "publishDenunciationConclusion", summary = "Publish the conclusion",
            description = "HANDLED → PUBLISHED (MEETING, POSTING, MEDIA). A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublishRequest.class),
            examples = @ExampleObject(name = "publish", value = "{\"version\":6,\"method\":\"POSTING\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView publish(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull PublishRequest request) {
        return service.act(id, "publish", request);
    }

    @POST
    @Path("/{id}/monitor")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "monitorDenunciation", summary = "Monitor the handling",
            description = "PUBLISHED → MONITORING. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = MonitorRequest.class),
            examples = @ExampleObject(name = "monitor", value = "{\"version\":7}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView monitor(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull MonitorRequest request) {
        return service.act(id, "monitor", request);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "closeCase", summary = "Close the case",
            description = "Denunciation MONITORING → CLOSED; petition/feedback RESPONDED|REPLY_RECEIVED → CLOSED. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CloseRequest.class),
            examples = @ExampleObject(name = "close", value = "{\"version\":8}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView close(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull CloseRequest request) {
        return service.act(id, "close", request);
    }

    @POST
    @Path("/{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER})
    @Operation(operationId = "terminateDenunciation", summary = "Terminate (đình chỉ) the denunciation",
            description = "ACCEPTED|VERIFYING|EXTENDED_*|SUSPENDED → TERMINATED (ground Art. 34(2)). Unit leaders only. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TerminateRequest.class),
            examples = @ExampleObject(name = "terminate", value = "{\"version\":3,\"ground\":\"TC_ART34_2_DECEASED\",\"docNo\":\"27/QĐ-UBND\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView terminate(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull TerminateRequest request) {
        return service.act(id, "terminate", request);
    }

    @POST
    @Path("/{id}/refer-criminal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "referDenunciationCriminal", summary = "Refer to the investigation body",
            description = "VERIFYING|EXTENDED_* → CRIMINAL_REFERRAL. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReferCriminalRequest.class),
            examples = @ExampleObject(name = "refer-criminal", value = "{\"version\":3,\"docNo\":\"28/CV-UBND\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView referCriminal(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull ReferCriminalRequest request) {
        return service.act(id, "refer-criminal", request);
    }

    @POST
    @Path("/{id}/start-resolving")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "startResolvingFeedback", summary = "Start resolving a petition/feedback",
            description = "RECEIVED → RESOLVING. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StartResolvingRequest.class),
            examples = @ExampleObject(name = "start-resolving", value = "{\"version\":0}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView startResolving(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull StartResolvingRequest request) {
        return service.act(id, "start-resolving", request);
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "replyFeedback", summary = "Reply to a petition/feedback",
            description = "RESOLVING → RESPONDED. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReplyRequest.class),
            examples = @ExampleObject(name = "reply", value = "{\"version\":1,\"docNo\":\"29/CV-UBND\",\"content\":\"Trả lời kiến nghị\",\"result\":\"DUNG\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView reply(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull ReplyRequest request) {
        return service.act(id, "reply", request);
    }

    @POST
    @Path("/{id}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "followUpFeedback", summary = "Urge the receiving body",
            description = "TRANSFERRED → FOLLOW_UP. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FollowUpRequest.class),
            examples = @ExampleObject(name = "follow-up", value = "{\"version\":1,\"docNo\":\"30/CV-UBND\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView followUp(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull FollowUpRequest request) {
        return service.act(id, "follow-up", request);
    }

    @POST
    @Path("/{id}/record-reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "recordFeedbackReply", summary = "Record the receiving body's reply",
            description = "TRANSFERRED|FOLLOW_UP → REPLY_RECEIVED; also sets the transfer's reply. A stale version is 409 with currentVersion; an action the state does not allow "
                    + "is 409 listing the allowed ones.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecordReplyRequest.class),
            examples = @ExampleObject(name = "record-reply", value = "{\"version\":2,\"replyDocNo\":\"31/CV-SNV\",\"replyOn\":\"2026-09-15\"}")))
    @APIResponse(responseCode = "200", description = "The case after the action.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public CaseView recordReply(@Parameter(description = "Id of the case.") @PathParam("id") UUID id,
            @NotNull RecordReplyRequest request) {
        return service.act(id, "record-reply", request);
    }
}
