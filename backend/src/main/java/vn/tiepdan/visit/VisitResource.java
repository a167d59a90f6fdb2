package vn.tiepdan.visit;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URI;
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
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.visit.VisitDtos.CaseLinkRequest;
import vn.tiepdan.visit.VisitDtos.CreateVisitRequest;
import vn.tiepdan.visit.VisitDtos.PatchVisitRequest;
import vn.tiepdan.visit.VisitDtos.ResultNoticeRequest;
import vn.tiepdan.visit.VisitDtos.RevealRequest;
import vn.tiepdan.visit.VisitDtos.VisitSummary;
import vn.tiepdan.visit.VisitDtos.VisitView;
import org.jboss.resteasy.reactive.RestResponse;
import vn.tiepdan.visit.export.BookExport;

@Path("/api/v1/visits")
@Tag(name = "Visits", description = "The reception book (sổ tiếp công dân, Mẫu số 03 TT 04/2021/TT-TTCP): visits, "
        + "refusals, repeat detection, result notices, case links and the book export. A denouncer's identity is "
        + "never returned except through the confidential custodian's audited reveal.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INSPECTOR, Roles.INTEGRATOR})
public class VisitResource {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";
    private static final String CREATE_EXAMPLE = """
            {"sessionId":"00000000-0000-4000-8003-000000000101","receivedAt":"2026-11-27T07:20:00+07:00",
             "partyKind":"PERSON","parties":[{"role":"VISITOR","fullName":"Nguyễn Văn An","idDocType":"CCCD",
             "idNumber":"075090001234","addressAsWritten":"Khu phố 3, phường Trấn Biên","phone":"0909123456"}],
             "classification":"KHIEU_NAI","fieldCode":"HANH_CHINH.DAT_DAI_NHA_CUA",
             "contentSummary":"Khiếu nại quyết định thu hồi đất","withPetition":true,"handlingDirection":"THU_LY"}""";

    private final VisitService service;

    VisitResource(VisitService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listVisits", summary = "List the reception book",
            description = "Visits of the units in the caller's scope, newest book number first. Denunciations are "
                    + "listed masked and are never found by a visitor's name.")
    @APIResponse(responseCode = "200", description = "One page of visits.")
    public PageResponse<VisitSummary> list(@BeanParam VisitFilterParams filter, @Valid @BeanParam PageParams page) {
        return service.list(filter.filter(), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVisit", summary = "Get a visit",
            description = "One visit with everything recorded; a denunciation's people are withheld.")
    @APIResponse(responseCode = "200", description = "The visit.")
    public VisitView get(@Parameter(description = "Id of the visit.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "createVisit", summary = "Record a visit",
            description = "Adds a line to the book of the unit and year (gapless number). A denunciation's people "
                    + "go only to the reserved store; the answer never carries them. R3 refusals: unit leaders only.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateVisitRequest.class),
            examples = @ExampleObject(name = "complaint", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded; Location names the new visit.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VisitView.class)))
    public Response create(@NotNull CreateVisitRequest request) {
        VisitView created = service.create(request);
        return Response.created(URI.create("/api/v1/visits/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "updateVisit", summary = "Correct a visit",
            description = "Changes the given fields (not the book number, not the unit). A stale version is 409.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PatchVisitRequest.class), examples = @ExampleObject(name = "direction",
                    value = "{\"version\":0,\"handlingDirection\":\"TRA_LAI_VA_HUONG_DAN\","
                            + "\"guidance\":\"Hướng dẫn gửi đơn đến Tòa án nhân dân khu vực\"}")))
    @APIResponse(responseCode = "200", description = "The corrected visit.")
    public VisitView patch(@Parameter(description = "Id of the visit.") @PathParam("id") UUID id,
            @NotNull PatchVisitRequest request) {
        return service.patch(id, request);
    }

    @POST
    @Path("/{id}/result-notice")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "recordVisitResultNotice", summary = "Record the result notice",
            description = "HANDLED → RESULT_NOTIFIED: the citizen was told how the matter is handled (Luật TCD "
                    + "Art. 28, within 10 working days).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResultNoticeRequest.class), examples = @ExampleObject(name = "notice",
                    value = "{\"version\":1,\"sentAt\":\"2026-11-27T03:00:00Z\",\"kind\":\"DA_THU_LY\"}")))
    @APIResponse(responseCode = "200", description = "The visit.")
    public VisitView resultNotice(@Parameter(description = "Id of the visit.") @PathParam("id") UUID id,
            @NotNull ResultNoticeRequest request) {
        return service.resultNotice(id, request);
    }

    @POST
    @Path("/{id}/case-link")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER})
    @Operation(operationId = "linkVisitToCase", summary = "Link an accepted visit to a case",
            description = "Only THU_LY visits (else 409); the matter is linked as well.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CaseLinkRequest.class), examples = @ExampleObject(name = "link",
                    value = "{\"version\":1,\"caseId\":\"4f0c2a4e-9a51-4d4b-9e2e-3d1c6f1b2a10\"}")))
    @APIResponse(responseCode = "200", description = "The visit.")
    public VisitView caseLink(@Parameter(description = "Id of the visit.") @PathParam("id") UUID id,
            @NotNull CaseLinkRequest request) {
        return service.caseLink(id, request);
    }

    @POST
    @Path("/{id}/identity/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @io.quarkus.security.Authenticated // the custodian role is checked inside, so that a refused attempt is audited
    @Operation(operationId = "revealVisitIdentity", summary = "Reveal a denouncer's identity",
            description = "The confidential custodian opens the people of a visit with a denunciation for a stated "
                    + "purpose; audited (Luật TC Art. 9(1)(b), Art. 56).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RevealRequest.class), examples = @ExampleObject(name = "reveal",
                    value = "{\"purpose\":\"Xác minh nội dung tố cáo theo yêu cầu của Chánh Thanh tra\"}")))
    @APIResponse(responseCode = "200", description = "The people of the visit.")
    public RestResponse<VisitDtos.RevealedIdentity> reveal(
            @Parameter(description = "Id of the visit.") @PathParam("id") UUID id, @NotNull RevealRequest request) {
        // no-store: neither caches nor the Idempotency-Key store may keep a denouncer's identity (DOMAIN.md §8.1)
        return RestResponse.ResponseBuilder.ok(service.reveal(id, request))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("/lookup")
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
        Roles.INSPECTOR})
    @Operation(operationId = "lookupVisits", summary = "Find earlier visits of a person",
            description = "Repeat detection at the desk: by ID number, else by name (and address). Denunciations "
                    + "are matched but returned masked; R3 refusal notices on the matters are listed. Audited.")
    @APIResponse(responseCode = "200", description = "Earlier visits and refusal notices.")
    public VisitDtos.LookupResult lookup(
            @Parameter(description = "ID number (spaces ignored).") @QueryParam("idNumber") String idNumber,
            @Parameter(description = "Full name (accent-insensitive).") @QueryParam("fullName") String fullName,
            @Parameter(description = "Address, with the name.") @QueryParam("address") String address) {
        return service.lookup(idNumber, fullName, address);
    }

    @GET
    @Path("/field-categories")
    @Operation(operationId = "listFieldCategories", summary = "List the fields (lĩnh vực)",
            description = "The field taxonomy valid today, parents first.")
    @APIResponse(responseCode = "200", description = "The fields.")
    public List<VisitDtos.FieldCategory> fieldCategories() {
        return service.fields();
    }

    @GET
    @Path("/export")
    @Produces({XLSX, PDF})
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
        Roles.INSPECTOR})
    @Operation(operationId = "exportVisits", summary = "Export the reception book",
            description = "The book in the layout of Mẫu số 03 with the list's filters, at most 50 000 rows "
                    + "(400 TOO_MANY_ROWS). Denunciations read \"Tố cáo – bảo mật\" without ID. Audited.")
    @APIResponse(responseCode = "200", description = "The book file (attachment).", content = {
        @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response export(
            @Parameter(description = "File format.", required = true) @QueryParam("format") @NotNull
            ExportFormat format,
            @BeanParam VisitFilterParams filter) {
        VisitService.Export export = service.export(filter.filter(), format);
        StreamingOutput body = out -> {
            if (format == ExportFormat.pdf) {
                BookExport.pdf(export.header(), export.rows(), out);
            } else {
                BookExport.xlsx(export.header(), export.rows(), out);
            }
        };
        return Response.ok(body, format == ExportFormat.pdf ? PDF : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }
}
