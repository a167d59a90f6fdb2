package vn.tiepdan.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.Problem;
import vn.tiepdan.shared.api.ProblemResponses;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.submission.SubmissionDtos.ReviewRequest;
import vn.tiepdan.submission.SubmissionDtos.SubmissionCreate;
import vn.tiepdan.submission.SubmissionDtos.SubmissionPatch;
import vn.tiepdan.submission.SubmissionDtos.SubmissionSummary;
import vn.tiepdan.submission.SubmissionDtos.SubmissionView;
import vn.tiepdan.submission.SubmissionDtos.SubmitRequest;
import vn.tiepdan.submission.SubmissionDtos.VerifyResult;

@Path("/api/v1/reports/submissions")
@Tag(name = "Report submissions", description = "Periodic reports of units to UBND tỉnh through Thanh tra tỉnh "
        + "(TT 01/2024/TT-TTCP; the model's reports): a draft with live forms, submission with cross-checks, a frozen "
        + "snapshot and its SHA-256, review (accept or return), the regeneration check and the official export.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_LEADER, Roles.INSPECTOR, Roles.ADMIN, Roles.AUDITOR, Roles.MOBILIZATION_VIEWER,
    Roles.HOME_AFFAIRS_INSPECTOR})
public class SubmissionResource {
    private final SubmissionService service;
    private final SubmissionExports exports;

    SubmissionResource(SubmissionService service, SubmissionExports exports) {
        this.service = service;
        this.exports = exports;
    }

    @GET
    @Operation(operationId = "listReportSubmissions", summary = "List report submissions",
            description = "Reports of the units in the caller's scope, newest period first. Ban Tuyên giáo và Dân vận "
                    + "and Sở Nội vụ see only SUBMITTED and ACCEPTED reports, province-wide.")
    @APIResponse(responseCode = "200", description = "One page of reports.")
    @APIResponse(responseCode = "400", description = "A bad filter or page parameter, named.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<SubmissionSummary> list(
            @Parameter(description = "Only this unit's reports.") @QueryParam("unit") UUID unit,
            @Parameter(description = "Period code.", example = "2026-H1") @QueryParam("period") String period,
            @Parameter(description = "Status.") @QueryParam("status") SubmissionStatus status,
            @Parameter(description = "Period kind.", example = "H1") @QueryParam("kind") String kind,
            @Parameter(description = "Only late (true) or on-time (false) reports.") @QueryParam("late") Boolean late,
            @Valid @BeanParam PageParams page) {
        return service.list(unit, period, status, kind, late, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.INSPECTOR})
    @Operation(operationId = "createReportSubmission", summary = "Start a report",
            description = "A DRAFT report of a unit for a named period (a free range is 400 naming `period`). Unit "
                    + "leaders for a unit of their subtree; Thanh tra tỉnh for the province's consolidated report "
                    + "(unit = the province root). One report per unit and period: 409 naming `period`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmissionCreate.class), examples = @ExampleObject(name = "create",
                    value = "{\"unitId\":\"00000000-0000-4000-8000-000000000006\",\"period\":\"2026-Q1\"}")))
    @APIResponse(responseCode = "201", description = "Created; Location names the report.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "400", description = "Missing unit or period, or a range period, named.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unit not found or outside the caller's scope.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The unit already has a report for the period.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(SubmissionCreate request) {
        SubmissionView created = service.create(request);
        return Response.created(URI.create("/api/v1/reports/submissions/" + created.summary().id())).entity(created)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReportSubmission", summary = "Get a report",
            description = "A DRAFT or RETURNED report shows its forms computed now with their cross-checks; a "
                    + "SUBMITTED or ACCEPTED report its frozen snapshot. With the narrative, review and log.")
    @APIResponse(responseCode = "200", description = "The report.")
    @APIResponse(responseCode = "404", description = "Not found or outside the caller's scope.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionView get(@Parameter(description = "Id of the report.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.INSPECTOR})
    @Operation(operationId = "updateReportSubmission", summary = "Edit the narrative and signature of a report",
            description = "Only DRAFT or RETURNED (409 listing the allowed actions otherwise); the unit leader (the "
                    + "inspectorate for the consolidated report). A stale version is 409 with currentVersion.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmissionPatch.class), examples = @ExampleObject(name = "narrative",
                    value = "{\"version\":0,\"results\":\"Tiếp công dân đúng lịch\",\"docNo\":\"25/BC-UBND\","
                            + "\"signerName\":\"Trần Văn Hùng\",\"signerTitle\":\"Chủ tịch\"}")))
    @APIResponse(responseCode = "200", description = "The report after the change.")
    @APIResponse(responseCode = "400", description = "A field too long or the version missing, named.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the unit leader (or the inspectorate for the consolidated "
            + "report).", content = @Content(mediaType = ProblemResponses.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not found or outside the caller's scope.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the state does not allow editing.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionView patch(@Parameter(description = "Id of the report.") @PathParam("id") UUID id,
            SubmissionPatch request) {
        return service.patch(id, request);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.INSPECTOR})
    @Operation(operationId = "submitReportSubmission", summary = "Submit a report",
            description = "Recomputes every form; any failing cross-check is 422 with one error per failing row "
                    + "(field `forms[01-TCD].checks`, the rule and the cells). The period must have ended (400 "
                    + "naming `period`); a required narrative missing is 400 naming the field. Freezes the snapshot "
                    + "(canonical JSON) and its SHA-256 `contentHash`, flags `late` after the due date.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubmitRequest.class),
            examples = @ExampleObject(name = "submit", value = "{\"version\":1}")))
    @APIResponse(responseCode = "200", description = "The submitted report with its snapshot.")
    @APIResponse(responseCode = "400", description = "Period not ended, narrative missing, version missing.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not the unit leader.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not found or outside the caller's scope.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or the state does not allow submitting.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Cross-checks fail; each error names the form, rule and cells.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionView submit(@Parameter(description = "Id of the report.") @PathParam("id") UUID id,
            SubmitRequest request) {
        return service.submit(id, request);
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSPECTOR})
    @Operation(operationId = "acceptReportSubmission", summary = "Accept a submitted report",
            description = "Thanh tra tỉnh only, from SUBMITTED (409 listing the allowed actions otherwise).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewRequest.class),
            examples = @ExampleObject(name = "accept", value = "{\"version\":2,\"comment\":\"Đạt\"}")))
    @APIResponse(responseCode = "200", description = "The accepted report.")
    @APIResponse(responseCode = "400", description = "Version missing.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not found.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or not SUBMITTED.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionView accept(@Parameter(description = "Id of the report.") @PathParam("id") UUID id,
            ReviewRequest request) {
        return service.review(id, SubmissionMachine.ACCEPT, request);
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSPECTOR})
    @Operation(operationId = "returnReportSubmission", summary = "Return a submitted report for correction",
            description = "Thanh tra tỉnh only, from SUBMITTED, with a comment (400 naming `comment`). The unit may "
                    + "then edit and submit again (a new snapshot and hash; the log keeps the old hash).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReviewRequest.class), examples = @ExampleObject(name = "return",
                    value = "{\"version\":2,\"comment\":\"Đề nghị bổ sung khó khăn, vướng mắc\"}")))
    @APIResponse(responseCode = "200", description = "The returned report.")
    @APIResponse(responseCode = "400", description = "Comment or version missing.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not found.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, or not SUBMITTED.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubmissionView returnReport(@Parameter(description = "Id of the report.") @PathParam("id") UUID id,
            ReviewRequest request) {
        return service.review(id, SubmissionMachine.RETURN, request);
    }

    @GET
    @Path("/{id}/verify")
    @Operation(operationId = "verifyReportSubmission", summary = "Check that a submitted report regenerates",
            description = "Computes the report's forms again now for the same unit and period, hashes them the "
                    + "same way, and compares with the stored hash, listing the differing cells. Logged.")
    @APIResponse(responseCode = "200", description = "Stored and regenerated hashes and the differences.")
    @APIResponse(responseCode = "404", description = "Not found or outside the caller's scope.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Never submitted (no snapshot).",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VerifyResult verify(@Parameter(description = "Id of the report.") @PathParam("id") UUID id) {
        return service.verify(id);
    }

    @GET
    @Path("/{id}/export")
    @Produces({FormXlsxExport.MEDIA_TYPE, FormPdfExport.MEDIA_TYPE})
    @Operation(operationId = "exportReportSubmission", summary = "Export a report in the official layout",
            description = "The report's forms (one, or all when `form` is absent) as XLSX or PDF: the frozen snapshot "
                    + "once submitted, the live forms of a draft. Header, form number, title, period, the MS row and "
                    + "the signature block with the signer.")
    @APIResponse(responseCode = "200", description = "The file (attachment).", content = {
        @Content(mediaType = FormXlsxExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = FormPdfExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Bad format or a form not in the report, named.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not found or outside the caller's scope.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(description = "Id of the report.") @PathParam("id") UUID id,
            @Parameter(description = "Form code (default: every form of the report).", example = "01-TCD")
            @QueryParam("form") String form,
            @Parameter(description = "xlsx or pdf.", required = true, example = "xlsx") @QueryParam("format")
            String format) {
        SubmissionExports.File file = exports.submission(id, form, format);
        return send(file);
    }

    static Response send(SubmissionExports.File file) {
        StreamingOutput body = out -> {
            if (file.pdf()) {
                FormPdfExport.write(file.sheets(), out);
            } else {
                FormXlsxExport.write(file.sheets(), out);
            }
        };
        return Response.ok(body, file.pdf() ? FormPdfExport.MEDIA_TYPE : FormXlsxExport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"").build();
    }
}
