package vn.tiepdan.schedule;

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
import vn.tiepdan.schedule.SessionRequests.VersionRequest;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/schedules")
@Tag(name = "Schedules", description = "Reception schedules (lịch tiếp công dân) of the units in the caller's scope; "
        + "unit leaders and administrators write them.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INSPECTOR, Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATOR})
public class ScheduleResource {
    static final List<String> WRITERS = List.of(Roles.UNIT_LEADER, Roles.ADMIN);
    private static final String CREATE_EXAMPLE = """
            {"unitId":"00000000-0000-4000-8000-000000000006",
             "presidingOfficialId":"00000000-0000-4000-8002-000000000002","title":"Buổi sáng với Nhân dân",
             "rrule":"FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR","startTime":"07:00","endTime":"08:00",
             "placeText":"Trụ sở UBND phường Trấn Biên","channel":"IN_PERSON",
             "kind":"PERIODIC","program":"BUOI_SANG_VOI_NHAN_DAN","holidayPolicy":"SKIP","validFrom":"2026-10-01"}""";

    private final ScheduleService service;

    ScheduleResource(ScheduleService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listSchedules", summary = "List schedules",
            description = "Schedules of the units in the caller's scope; ended ones only with includeEnded=true.")
    @APIResponse(responseCode = "200", description = "One page of schedules.")
    public PageResponse<ScheduleView> list(
            @Parameter(description = "Only schedules of this unit id.") @QueryParam("unit") UUID unit,
            @Parameter(description = "Include ended schedules.") @QueryParam("includeEnded") boolean includeEnded,
            @Valid @BeanParam PageParams page) {
        return service.list(unit, includeEnded, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSchedule", summary = "Get a schedule", description = "One schedule.")
    @APIResponse(responseCode = "200", description = "The schedule.")
    public ScheduleView get(@Parameter(description = "Id of the schedule.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "createSchedule", summary = "Create a schedule",
            description = "Creates a schedule and generates its sessions for the next 60 days (PLANNED until the "
                    + "schedule is published). Invalid RRULE, end before start, validity or an ONLINE channel "
                    + "before 2026-07-01 are 400 naming the field; a slot overlapping another session of the "
                    + "presiding official is 409 naming startTime.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScheduleRequest.class),
            examples = @ExampleObject(name = "buoiSang", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new schedule.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ScheduleView.class)))
    public Response create(@NotNull ScheduleRequest request) {
        ScheduleView created = service.create(request);
        return Response.created(URI.create("/api/v1/schedules/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "updateSchedule", summary = "Update a schedule",
            description = "Changes the given fields; future sessions nothing happened to yet are regenerated, held, "
                    + "cancelled, postponed, checked-in and delegated ones stay.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ScheduleRequest.class),
            examples = @ExampleObject(name = "slot", value = "{\"version\":0,\"startTime\":\"07:30\","
                    + "\"endTime\":\"08:30\"}")))
    @APIResponse(responseCode = "200", description = "The updated schedule.")
    public ScheduleView update(@Parameter(description = "Id of the schedule.") @PathParam("id") UUID id,
            @NotNull ScheduleRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "endSchedule", summary = "End a schedule",
            description = "Ends the schedule on validTo; later sessions nothing happened to yet are removed.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = EndScheduleRequest.class), examples = @ExampleObject(name = "end",
                    value = "{\"version\":0,\"validTo\":\"2026-12-31\",\"reason\":\"Thay lịch mới\"}")))
    @APIResponse(responseCode = "200", description = "The ended schedule.")
    public ScheduleView end(@Parameter(description = "Id of the schedule.") @PathParam("id") UUID id,
            @NotNull EndScheduleRequest request) {
        return service.end(id, request);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "publishSchedule", summary = "Publish a schedule",
            description = "Publishes the schedule's planned future sessions; sessions generated later are "
                    + "published at once.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionRequest.class),
            examples = @ExampleObject(name = "publish", value = "{\"version\":0}")))
    @APIResponse(responseCode = "200", description = "The published schedule.")
    public ScheduleView publish(@Parameter(description = "Id of the schedule.") @PathParam("id") UUID id,
            @NotNull VersionRequest request) {
        return service.publish(id, request.version());
    }

    @POST
    @Path("/{id}/generate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "generateScheduleSessions", summary = "Generate sessions for explicit dates",
            description = "Generates the schedule's sessions in [from, to] (at most 92 days, inside the validity; "
                    + "else 400 naming from or to). Idempotent: existing sessions are kept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GenerateRequest.class), examples = @ExampleObject(name = "december",
                    value = "{\"from\":\"2026-12-01\",\"to\":\"2026-12-31\"}")))
    @APIResponse(responseCode = "200", description = "How many sessions were created.")
    public GenerationResult generate(@Parameter(description = "Id of the schedule.") @PathParam("id") UUID id,
            @NotNull GenerateRequest request) {
        return service.generate(id, request);
    }
}
