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
import vn.tiepdan.recognition.RecognitionDtos.InspectionCreate;
import vn.tiepdan.recognition.RecognitionDtos.InspectionPatch;
import vn.tiepdan.recognition.RecognitionDtos.InspectionView;
import vn.tiepdan.recognition.RecognitionDtos.Rating;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/inspections")
@Tag(name = "Inspections", description = "Unannounced inspections by Sở Nội vụ of the units' \"Buổi sáng với Nhân "
        + "dân\" reception (discipline, conduct, follow-up).")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HOME_AFFAIRS_INSPECTOR, Roles.INSPECTOR, Roles.ADMIN, Roles.UNIT_LEADER,
    Roles.MOBILIZATION_VIEWER})
public class InspectionResource {
    private final RecognitionService service;

    InspectionResource(RecognitionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listInspections", summary = "List inspections",
            description = "Inspections of the units in the caller's scope (a unit leader: their subtree), newest "
                    + "first, filtered by unit (its subtree), day range and rating.")
    @APIResponse(responseCode = "200", description = "One page of inspections.")
    public PageResponse<InspectionView> list(
            @Parameter(description = "Only this unit and the units below it.") @QueryParam("unit") UUID unit,
            @Parameter(description = "Inspected on or after (YYYY-MM-DD).", example = "2026-01-01")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Inspected on or before (YYYY-MM-DD).", example = "2026-12-31")
            @QueryParam("to") LocalDate to,
            @Parameter(description = "Only this rating.") @QueryParam("rating") Rating rating,
            @Valid @BeanParam PageParams page) {
        return service.listInspections(unit, from, to, rating, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInspection", summary = "Get an inspection",
            description = "One inspection; outside the caller's scope it is 404.")
    @APIResponse(responseCode = "200", description = "The inspection.")
    @APIResponse(responseCode = "404", description = "Unknown or outside the caller's scope.")
    public InspectionView get(@Parameter(description = "Id of the inspection.") @PathParam("id") UUID id) {
        return service.getInspection(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOME_AFFAIRS_INSPECTOR)
    @Operation(operationId = "createInspection", summary = "Record an inspection",
            description = "Sở Nội vụ only. The session, when given, must be the unit's session of that day; the day "
                    + "is not in the future; a follow-up due day is on or after it. Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InspectionCreate.class), examples = @ExampleObject(name = "inspection",
                    value = "{\"orgUnitId\":\"00000000-0000-4000-8000-000000000006\",\"inspectedOn\":\"2026-11-20\","
                            + "\"unannounced\":true,\"sessionHeld\":true,\"rating\":\"GOOD\",\"findingsDiscipline\":"
                            + "\"Có mặt đúng 07:00\",\"findingsConduct\":\"Niềm nở, tận tình\"}")))
    @APIResponse(responseCode = "201", description = "Recorded; Location names it.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InspectionView.class)))
    public Response create(@NotNull InspectionCreate request) {
        InspectionView created = service.createInspection(request);
        return Response.created(URI.create("/api/v1/inspections/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HOME_AFFAIRS_INSPECTOR)
    @Operation(operationId = "updateInspection", summary = "Correct an inspection or record the follow-up",
            description = "Sở Nội vụ only; absent fields stay as they are. A stale version is 409 with "
                    + "currentVersion. Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InspectionPatch.class), examples = @ExampleObject(name = "followUp",
                    value = "{\"version\":0,\"followUpDoneOn\":\"2026-11-27\"}")))
    @APIResponse(responseCode = "200", description = "The inspection after the change.")
    @APIResponse(responseCode = "404", description = "Unknown or outside the caller's scope.")
    @APIResponse(responseCode = "409", description = "Stale version.")
    public InspectionView patch(@Parameter(description = "Id of the inspection.") @PathParam("id") UUID id,
            @NotNull InspectionPatch request) {
        return service.patchInspection(id, request);
    }
}
