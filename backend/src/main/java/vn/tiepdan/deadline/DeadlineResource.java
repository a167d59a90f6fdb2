package vn.tiepdan.deadline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.shared.api.Problem;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1")
@Tag(name = "Deadlines", description = "Legal deadlines of visits, petitions, complaints and denunciations as "
        + "effective-dated rules, and the computation of a due date with its derivation.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INSPECTOR, Roles.MOBILIZATION_VIEWER, Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN,
    Roles.INTEGRATOR})
public class DeadlineResource {
    private static final String PROBLEM = "application/problem+json";
    private static final String COMPUTE_EXAMPLE = """
            {"ruleCode":"TC.RESOLVE","startDate":"2026-08-03","variants":["VERY_COMPLEX"],
             "pauses":[{"from":"2026-08-10","to":"2026-08-19"}],
             "extensions":[{"days":30,"decisionRef":"15/QĐ-UBND"}]}""";
    private static final String PATCH_EXAMPLE = """
            {"version":0,"unit":"WORKING_DAY","needsLegalConfirmation":false,
             "legalBasis":"Luật Khiếu nại 2011, Điều 27; ý kiến Sở Tư pháp","reason":"Pháp chế xác nhận ngày làm việc"}""";
    private static final String CREATE_EXAMPLE = """
            {"code":"TC.RESOLVE","validFrom":"2027-01-01","duration":30,
             "legalBasis":"Luật Tố cáo 2018, Điều 30, sửa đổi bởi Luật 136/2025/QH15","reason":"Văn bản hướng dẫn mới"}""";

    private final DeadlineService service;
    private final DeadlineWithdrawal withdrawal;

    DeadlineResource(DeadlineService service, DeadlineWithdrawal withdrawal) {
        this.service = service;
        this.withdrawal = withdrawal;
    }

    @GET
    @Path("/deadline-rules")
    @Operation(operationId = "listDeadlineRules", summary = "List deadline rules",
            description = "Without code: the rule versions in force on `at` (default today). With code: every "
                    + "version of that rule, oldest first.")
    @APIResponse(responseCode = "200", description = "The rule versions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineRule.class,
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<DeadlineRule> list(
            @Parameter(description = "Day the rules are in force (YYYY-MM-DD); default today.", example = "2026-07-01")
            @QueryParam("at") LocalDate at,
            @Parameter(description = "A rule code: list all its versions.", example = "KN.RESOLVE_L1")
            @QueryParam("code") String code) {
        return service.list(at, code);
    }

    @POST
    @Path("/deadlines/compute")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "computeDeadline", summary = "Compute a due date",
            description = "Applies the rule version in force on startDate to the variants, pauses and extensions "
                    + "and returns the due date with its derivation. Nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ComputeDeadlineRequest.class),
            examples = @ExampleObject(name = "denunciation", value = COMPUTE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The due date and its derivation.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Due.class)))
    @APIResponse(responseCode = "400", description = "Unknown rule, no version in force on startDate, invalid "
            + "pauses or more extensions than the law allows.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Due compute(@NotNull ComputeDeadlineRequest request) {
        return service.compute(request);
    }

    @PATCH
    @Path("/deadline-rules/{code}/{validFrom}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateDeadlineRule", summary = "Change a deadline rule version",
            description = "Changes duration, unit, variants, the legal-confirmation flag or the legal basis (with a "
                    + "reason). Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeadlineRuleChange.class),
            examples = @ExampleObject(name = "confirmUnit", value = PATCH_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The changed version.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineRule.class)))
    @APIResponse(responseCode = "404", description = "No such rule version.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version; the problem carries the current one.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public DeadlineRule update(
            @Parameter(description = "Rule code.", example = "KN.ACCEPT_L1") @PathParam("code") String code,
            @Parameter(description = "First day of the version (YYYY-MM-DD).", example = "2012-07-01")
            @PathParam("validFrom") LocalDate validFrom,
            @NotNull DeadlineRuleChange change) {
        return service.update(code, validFrom, change);
    }

    @POST
    @Path("/deadline-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createDeadlineRuleVersion", summary = "Add a version of a deadline rule",
            description = "Starts a new version on validFrom; the open version ends the day before. Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NewDeadlineRuleVersion.class),
            examples = @ExampleObject(name = "newVersion", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "The new version.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineRule.class)))
    @APIResponse(responseCode = "409", description = "validFrom is not after the start of the open version.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull NewDeadlineRuleVersion request) {
        DeadlineRule created = service.createVersion(request);
        return Response.created(URI.create("/api/v1/deadline-rules?code=" + created.code())).entity(created).build();
    }

    @POST
    @Path("/deadline-rules/{code}/{validFrom}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "withdrawDeadlineRuleVersion", summary = "Withdraw a future deadline rule version",
            description = "Deletes the latest version of a rule while it does not apply yet (its first day is after "
                    + "today), e.g. one entered with a wrong year; the version before it is open again. Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WithdrawDeadlineRuleVersion.class),
            examples = @ExampleObject(name = "withdraw", value = "{\"version\": 0, \"reason\": \"Nhập nhầm năm\"}")))
    @APIResponse(responseCode = "200", description = "The version before it, open again.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeadlineRule.class)))
    @APIResponse(responseCode = "404", description = "No such rule version.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version already applies, is not the latest or is the "
            + "only one; or a stale version.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public DeadlineRule withdraw(
            @Parameter(description = "Rule code.", example = "KN.ACCEPT_L1") @PathParam("code") String code,
            @Parameter(description = "First day of the version (YYYY-MM-DD).", example = "2027-01-01")
            @PathParam("validFrom") LocalDate validFrom,
            @NotNull WithdrawDeadlineRuleVersion request) {
        return withdrawal.withdraw(code, validFrom, request);
    }
}
