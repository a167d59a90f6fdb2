package vn.tiepdan.official;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.Problem;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/officials")
@Tag(name = "Officials", description = "Officials of the units, in the caller's scope; writes are for "
        + "administrators. Not for mobilization_viewer (no personal data).")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INSPECTOR, Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATOR})
public class OfficialResource {
    /** Roles that may read officials (everyone but mobilization_viewer, who never sees personal data). */
    static final List<String> READERS = List.of(Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER,
            Roles.CONFIDENTIAL_CUSTODIAN, Roles.INSPECTOR, Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN,
            Roles.INTEGRATOR);
    private static final String CREATE_EXAMPLE = """
            {"fullName":"Nguyễn Văn An","position":"Phó Chủ tịch UBND phường",
             "unitId":"00000000-0000-4000-8000-000000000006","head":false,"deputy":true,
             "keycloakUsername":"phochutich.tranbien","validFrom":"2025-07-01"}""";
    private static final String UPDATE_EXAMPLE = "{\"version\":0,\"position\":\"Chủ tịch UBND phường\"}";
    private static final String CLOSE_EXAMPLE = "{\"version\":0,\"validTo\":\"2026-03-31\",\"reason\":\"Nghỉ hưu\"}";

    private final OfficialService service;

    OfficialResource(OfficialService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listOfficials", summary = "List officials",
            description = "Officials of the units in the caller's scope, by name; in office today unless "
                    + "includeClosed=true.")
    @APIResponse(responseCode = "200", description = "One page of officials.")
    public PageResponse<OfficialView> list(
            @Parameter(description = "Only officials of this unit id.") @QueryParam("unit") UUID unit,
            @Parameter(description = "Text in the name or position; accent- and case-insensitive.")
            @QueryParam("q") @Size(max = 100) String q,
            @Parameter(description = "Include officials whose term has ended.") @QueryParam("includeClosed")
            boolean includeClosed,
            @Valid @BeanParam PageParams page) {
        return service.list(new OfficialQuery(unit, q, includeClosed), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOfficial", summary = "Get an official", description = "One official.")
    @APIResponse(responseCode = "200", description = "The official.")
    @APIResponse(responseCode = "404", description = "No such official in the caller's scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public OfficialView get(@Parameter(description = "Id of the official.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createOfficial", summary = "Create an official",
            description = "Adds an official to a unit, optionally linked to a Keycloak account (one official per "
                    + "account at a time).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateOfficialRequest.class),
            examples = @ExampleObject(name = "deputy", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new official.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OfficialView.class)))
    @APIResponse(responseCode = "409", description = "The account is linked to another official in an "
            + "overlapping period.", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull CreateOfficialRequest request) {
        OfficialView created = service.create(request);
        return Response.created(URI.create("/api/v1/officials/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateOfficial", summary = "Update an official",
            description = "Changes the given fields of an official.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = UpdateOfficialRequest.class),
            examples = @ExampleObject(name = "position", value = UPDATE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The updated official.")
    @APIResponse(responseCode = "404", description = "No such official in the caller's scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version (the problem carries currentVersion) or the "
            + "account is taken.", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = Problem.class)))
    public OfficialView update(@Parameter(description = "Id of the official.") @PathParam("id") UUID id,
            @NotNull UpdateOfficialRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "closeOfficial", summary = "End an official's term",
            description = "Ends the term on validTo; officials are never deleted.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CloseOfficialRequest.class),
            examples = @ExampleObject(name = "retire", value = CLOSE_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The official with the term ended.")
    @APIResponse(responseCode = "404", description = "No such official in the caller's scope.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version or already ended.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public OfficialView close(@Parameter(description = "Id of the official.") @PathParam("id") UUID id,
            @NotNull CloseOfficialRequest request) {
        return service.close(id, request);
    }
}
