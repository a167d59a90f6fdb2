package vn.tiepdan.recognition;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.recognition.RecognitionDtos.Form;
import vn.tiepdan.recognition.RecognitionDtos.Kind;
import vn.tiepdan.recognition.RecognitionDtos.RecognitionCreate;
import vn.tiepdan.recognition.RecognitionDtos.RecognitionPatch;
import vn.tiepdan.recognition.RecognitionDtos.RecognitionView;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/recognitions")
@Tag(name = "Recognitions", description = "Commendations and corrections of units and officials for the \"Buổi sáng "
        + "với Nhân dân\" model, recorded by Sở Nội vụ.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HOME_AFFAIRS_INSPECTOR, Roles.INSPECTOR, Roles.ADMIN, Roles.UNIT_LEADER,
    Roles.MOBILIZATION_VIEWER})
public class RecognitionResource {
    private final RecognitionService service;

    RecognitionResource(RecognitionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listRecognitions", summary = "List commendations and corrections",
            description = "Of the units in the caller's scope (a unit leader: their subtree), newest first, filtered "
                    + "by unit (its subtree), day range, kind and form.")
    @APIResponse(responseCode = "200", description = "One page.")
    public PageResponse<RecognitionView> list(
            @Parameter(description = "Only this unit and the units below it.") @QueryParam("unit") UUID unit,
            @Parameter(description = "Decided on or after (YYYY-MM-DD).", example = "2026-01-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Decided on or before (YYYY-MM-DD).", example = "2026-12-31")
            @QueryParam("to") LocalDate to,
            @Parameter(description = "Only this kind.") @QueryParam("kind") Kind kind,
            @Parameter(description = "Only this form.") @QueryParam("form") Form form,
            @Valid @BeanParam PageParams page) {
        return service.listRecognitions(unit, from, to, kind, form, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRecognition", summary = "Get a commendation or correction",
            description = "One record; outside the caller's scope it is 404.")
    @APIResponse(responseCode = "200", description = "The record.")
    @APIResponse(responseCode = "404", description = "Unknown or outside the caller's scope.")
    public RecognitionView get(@Parameter(description = "Id of the record.") @PathParam("id") UUID id) {
        return service.getRecognition(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOME_AFFAIRS_INSPECTOR)
    @Operation(operationId = "createRecognition", summary = "Record a commendation or correction",
            description = "Sở Nội vụ only. The form must belong to the kind (400 naming form); the official, when "
                    + "given, must belong to the unit or a unit below it (400 naming officialId); the inspection, "
                    + "when given, to the same subtree. Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecognitionCreate.class), examples = @ExampleObject(name = "commend",
                    value = "{\"orgUnitId\":\"00000000-0000-4000-8000-000000000006\",\"kind\":\"COMMENDATION\","
                            + "\"form\":\"GIAY_KHEN\",\"decidedOn\":\"2026-11-20\",\"decisionNo\":\"125/QĐ-SNV\","
                            + "\"decidedBy\":\"Sở Nội vụ\",\"reason\":\"Duy trì tốt Buổi sáng với Nhân dân\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = RecognitionView.class)))
    public Response create(@NotNull RecognitionCreate request) {
        RecognitionView created = service.createRecognition(request);
        return Response.created(URI.create("/api/v1/recognitions/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOME_AFFAIRS_INSPECTOR)
    @Operation(operationId = "updateRecognition", summary = "Correct a commendation or correction",
            description = "Sở Nội vụ only; absent fields stay as they are. A stale version is 409 with "
                    + "currentVersion. Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RecognitionPatch.class), examples = @ExampleObject(name = "number",
                    value = "{\"version\":0,\"decisionNo\":\"126/QĐ-SNV\"}")))
    @APIResponse(responseCode = "200", description = "The record after the change.")
    @APIResponse(responseCode = "404", description = "Unknown or outside the caller's scope.")
    @APIResponse(responseCode = "409", description = "Stale version.")
    public RecognitionView patch(@Parameter(description = "Id of the record.") @PathParam("id") UUID id,
            @NotNull RecognitionPatch request) {
        return service.patchRecognition(id, request);
    }
}
