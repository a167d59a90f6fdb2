package vn.tiepdan.submission;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
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
import vn.tiepdan.shared.api.Problem;
import vn.tiepdan.shared.api.ProblemResponses;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.submission.SubmissionDtos.Consolidation;
import vn.tiepdan.submission.SubmissionDtos.PeriodKindUpdate;
import vn.tiepdan.submission.SubmissionDtos.PeriodKindView;

@Path("/api/v1/reports")
@Tag(name = "Report administration", description = "Period kinds with their windows and due dates (Thanh tra tỉnh), "
        + "the province's consolidation of accepted reports, and the official-layout export of live forms.")
@Produces(MediaType.APPLICATION_JSON)
public class ReportAdminResource {
    private final PeriodKindService kinds;
    private final ConsolidationService consolidation;
    private final SubmissionExports exports;

    ReportAdminResource(PeriodKindService kinds, ConsolidationService consolidation, SubmissionExports exports) {
        this.kinds = kinds;
        this.consolidation = consolidation;
        this.exports = exports;
    }

    @GET
    @Path("/period-kinds")
    @RolesAllowed({Roles.UNIT_LEADER, Roles.RECEPTION_OFFICER, Roles.PETITION_HANDLER, Roles.INSPECTOR,
        Roles.AUDITOR, Roles.ADMIN, Roles.MOBILIZATION_VIEWER, Roles.HOME_AFFAIRS_INSPECTOR})
    @Operation(operationId = "listReportPeriodKinds", summary = "List the report period kinds",
            description = "Each kind's window, due date, whether a narrative is required, its legal basis and the "
                    + "forms its reports hold.")
    @APIResponse(responseCode = "200", description = "The period kinds.")
    public List<PeriodKindView> periodKinds() {
        return kinds.list();
    }

    @PUT
    @Path("/period-kinds/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN})
    @Operation(operationId = "updateReportPeriodKind", summary = "Set a period kind's window and due date",
            description = "Thanh tra tỉnh (and admin). Months 1–12, days valid for the month, a non-empty window and "
                    + "a due date after it (400 naming the field). Reports not yet submitted (DRAFT, RETURNED) take "
                    + "the new window and due date. A stale version is 409 with currentVersion.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PeriodKindUpdate.class), examples = @ExampleObject(name = "due",
                    value = "{\"version\":0,\"dueMonth\":6,\"dueDay\":20}")))
    @APIResponse(responseCode = "200", description = "The kind after the change.")
    @APIResponse(responseCode = "400", description = "An invalid month, day or offset, named.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown kind.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PeriodKindView updatePeriodKind(@Parameter(description = "Kind code.", example = "Q1") @PathParam("code")
            String code, PeriodKindUpdate request) {
        return kinds.update(code, request);
    }

    @GET
    @Path("/consolidation")
    @RolesAllowed({Roles.INSPECTOR, Roles.ADMIN, Roles.MOBILIZATION_VIEWER})
    @Operation(operationId = "getReportConsolidation", summary = "Consolidate the accepted reports of a period",
            description = "The province form built from the ACCEPTED reports' snapshots (one row per report = its "
                    + "total row, then \"Toàn tỉnh\"), and the units that must report (commune UBND, departments, "
                    + "the provincial office) with their status and lateness.")
    @APIResponse(responseCode = "200", description = "The consolidation.")
    @APIResponse(responseCode = "400", description = "Missing or range period, missing form, named.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown form code.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Consolidation consolidation(
            @Parameter(description = "Named period code.", example = "2026-H1", required = true)
            @QueryParam("period") String period,
            @Parameter(description = "Form code.", example = "01-TCD", required = true) @QueryParam("form")
            String form) {
        return consolidation.consolidate(period, form);
    }

    @GET
    @Path("/forms/{code}/export")
    @Produces({FormXlsxExport.MEDIA_TYPE, FormPdfExport.MEDIA_TYPE})
    @RolesAllowed({Roles.UNIT_LEADER, Roles.RECEPTION_OFFICER, Roles.PETITION_HANDLER, Roles.INSPECTOR,
        Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "exportReportForm", summary = "Export a live form in the official layout",
            description = "The form computed now for the unit (default: the caller's unit; the province for "
                    + "province-wide roles) and period, as XLSX or PDF in the official layout.")
    @APIResponse(responseCode = "200", description = "The file (attachment).", content = {
        @Content(mediaType = FormXlsxExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = FormPdfExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Bad format or period, named.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown form code, or a unit not found or outside the scope.",
            content = @Content(mediaType = ProblemResponses.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response exportForm(@Parameter(description = "Form code.", example = "01-TCD") @PathParam("code")
            String code,
            @Parameter(description = "The report's unit.") @QueryParam("unit") UUID unit,
            @Parameter(description = "Period code.", example = "2026-Q1") @QueryParam("period") String period,
            @Parameter(description = "First day of a free range.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of a free range.") @QueryParam("to") LocalDate to,
            @Parameter(description = "xlsx or pdf.", required = true, example = "pdf") @QueryParam("format")
            String format) {
        return SubmissionResource.send(exports.live(code, unit, period, from, to, format));
    }
}
