package vn.tiepdan.orgunit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.shared.api.Messages;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.Problem;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/org-units")
@Tag(name = "Organisation units", description = "The organisation tree: units, reception places and successions. "
        + "Every caller sees only their scope; writes are for administrators.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INSPECTOR, Roles.MOBILIZATION_VIEWER, Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN,
    Roles.INTEGRATOR})
public class OrgUnitResource {
    private static final String CREATE_EXAMPLE = """
            {"code":"DN-BIENHOA","name":"UBND phường Biên Hòa","kind":"COMMUNE_PEOPLES_COMMITTEE","level":"COMMUNE",
             "parentId":"00000000-0000-4000-8000-000000000001","address":"Phường Biên Hòa, tỉnh Đồng Nai",
             "phone":"0251 3822 110","validFrom":"2025-07-01",
             "receptionPlaces":[{"kind":"RECEPTION_OFFICE","name":"Bộ phận tiếp công dân",
             "address":"Phường Biên Hòa, tỉnh Đồng Nai","published":true}]}""";
    private static final String UPDATE_EXAMPLE = "{\"version\":0,\"phone\":\"0251 3822 101\"}";
    private static final String CLOSE_EXAMPLE = """
            {"version":0,"validTo":"2025-06-30","reason":"Sắp xếp đơn vị hành chính cấp xã",
             "successorId":"00000000-0000-4000-8000-000000000006","successionKind":"MERGE",
             "legalBasis":"Nghị quyết 1662/NQ-UBTVQH15"}""";

    private static final String IMPORT_EXAMPLE = """
            code,name,kind,level,parentCode,adminUnitCode,address,phone,receptionPlace,validFrom
            DN-BIENHOA,UBND phường Biên Hòa,COMMUNE_PEOPLES_COMMITTEE,COMMUNE,DN,,"Phường Biên Hòa, tỉnh Đồng Nai",\
            0251 3822 110,"Phường Biên Hòa, tỉnh Đồng Nai",2025-07-01
            """;

    private final OrgUnitService service;
    private final OrgUnitImport importer;

    OrgUnitResource(OrgUnitService service, OrgUnitImport importer) {
        this.service = service;
        this.importer = importer;
    }

    @GET
    @Operation(operationId = "listOrgUnits", summary = "List organisation units",
            description = "Units in the caller's scope, by code; current units unless includeClosed=true.")
    @APIResponse(responseCode = "200", description = "One page of units.")
    public PageResponse<OrgUnitSummary> list(
            @Parameter(description = "Text in the name or code; accent- and case-insensitive.") @QueryParam("q")
            @Size(max = 100) String q,
            @Parameter(description = "Only units of this kind.") @QueryParam("kind") OrgUnitKind kind,
            @Parameter(description = "Only units of this level.") @QueryParam("level") OrgUnitLevel level,
            @Parameter(description = "Only the units directly below this unit id.") @QueryParam("parent")
            UUID parent,
            @Parameter(description = "Only the unit(s) with exactly this code.") @QueryParam("code")
            @Size(max = 64) String code,
            @Parameter(description = "Include units that have ended.") @QueryParam("includeClosed")
            boolean includeClosed,
            @Valid @BeanParam PageParams page) {
        return service.list(new OrgUnitQuery(q, kind, level, parent, code, includeClosed), page);
    }

    @GET
    @Path("/tree")
    @Operation(operationId = "getOrgUnitTree", summary = "Organisation tree",
            description = "The nested tree of the units in the caller's scope that exist on a day (today by "
                    + "default; at=2025-06-01 shows the pre-2025 three-tier tree).")
    @APIResponse(responseCode = "200", description = "The roots of the visible tree, each with its children.")
    public List<OrgUnitNode> tree(
            @Parameter(description = "The day (YYYY-MM-DD); today by default.") @QueryParam("at") LocalDate at) {
        return service.tree(at);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrgUnit", summary = "Get an organisation unit",
            description = "A unit with its reception places, successions in and out and its current officials.")
    @APIResponse(responseCode = "200", description = "The unit.")
    @APIResponse(responseCode = "404", description = "No such unit in the caller's scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public OrgUnitView get(@Parameter(description = "Id of the unit.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createOrgUnit", summary = "Create an organisation unit",
            description = "Adds a unit under a parent. The code must not be carried by another unit during the "
                    + "new unit's validity.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateOrgUnitRequest.class),
            examples = @ExampleObject(name = "ward", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new unit.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OrgUnitView.class)))
    @APIResponse(responseCode = "409", description = "The code is carried by another unit in an overlapping "
            + "period.", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull CreateOrgUnitRequest request) {
        OrgUnitView created = service.create(request);
        return Response.created(URI.create("/api/v1/org-units/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateOrgUnit", summary = "Update an organisation unit",
            description = "Changes the given fields. A new parent moves the whole subtree; a unit can never be "
                    + "moved below itself.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateOrgUnitRequest.class),
            examples = @ExampleObject(name = "phone", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated unit.")
    @APIResponse(responseCode = "404", description = "No such unit in the caller's scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version (the problem carries currentVersion) or a "
            + "code overlap.", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    public OrgUnitView update(@Parameter(description = "Id of the unit.") @PathParam("id") UUID id,
            @NotNull UpdateOrgUnitRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "closeOrgUnit", summary = "Close an organisation unit",
            description = "Ends a unit on validTo (units are never deleted), ends its officials' terms and "
                    + "optionally records the unit that takes over. Units below it must be closed or moved first.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CloseOrgUnitRequest.class),
            examples = @ExampleObject(name = "merge", value = CLOSE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The closed unit.")
    @APIResponse(responseCode = "404", description = "No such unit in the caller's scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version, already closed, or units below still open.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public OrgUnitView close(@Parameter(description = "Id of the unit.") @PathParam("id") UUID id,
            @NotNull CloseOrgUnitRequest request) {
        return service.close(id, request);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importOrgUnits", summary = "Import organisation units from CSV",
            description = "UTF-8 CSV with the header code,name,kind,level,parentCode,adminUnitCode,address,phone,"
                    + "receptionPlace,validFrom. A row whose code a unit carries today updates it; others create "
                    + "units. parentCode names a row of the file or a unit of today. dryRun=true (default) checks "
                    + "and reports every error by line and column; dryRun=false writes all rows in one "
                    + "transaction, or nothing (400 listing the errors as \"line 3: parentCode\").")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "one ward", value = IMPORT_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The check (dry run) or the applied import.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importCsv(
            @Parameter(description = "Only check and report (default true).") @QueryParam("dryRun")
            @DefaultValue("true") boolean dryRun,
            @Context HttpHeaders headers, byte[] csv) {
        OrgUnitImport.Plan plan = importer.run(csv == null ? new byte[0] : csv, dryRun);
        Locale locale = Messages.localeFor(headers.getAcceptableLanguages());
        return new ImportReport(plan.errors().isEmpty(), plan.applied(), plan.rows(), plan.errors().stream()
                .map(e -> new ImportReport.RowError(e.line(), e.column(), e.code(),
                        Messages.text(locale, e.messageKey(), e.args()))).toList(), plan.toCreate(), plan.toUpdate());
    }
}
