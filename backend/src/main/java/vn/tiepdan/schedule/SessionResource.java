package vn.tiepdan.schedule;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import vn.tiepdan.schedule.SessionRequests.CancelRequest;
import vn.tiepdan.schedule.SessionRequests.CheckOutRequest;
import vn.tiepdan.schedule.SessionRequests.DelegateRequest;
import vn.tiepdan.schedule.SessionRequests.PostponeRequest;
import vn.tiepdan.schedule.SessionRequests.VersionRequest;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/sessions")
@Tag(name = "Sessions", description = "Dated reception sessions and their actions (publish, cancel, postpone, "
        + "check-in, check-out, delegate). An action not allowed in the current status is 409 listing the allowed "
        + "ones; every session carries allowedActions.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INSPECTOR, Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN, Roles.INTEGRATOR})
public class SessionResource {
    private static final String CREATE_EXAMPLE = """
            {"unitId":"00000000-0000-4000-8000-000000000006","date":"2026-12-03","start":"14:00","end":"16:00",
             "kind":"URGENT","reason":"Vụ việc đông người, phức tạp","placeText":"Hội trường UBND phường"}""";

    private final SessionService service;

    SessionResource(SessionService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listSessions", summary = "List sessions",
            description = "Sessions of the units in the caller's scope, by date and time.")
    @APIResponse(responseCode = "200", description = "One page of sessions.")
    public PageResponse<SessionView> list(
            @Parameter(description = "Only sessions of this unit id.") @QueryParam("unit") UUID unit,
            @Parameter(description = "Only sessions of this schedule id.") @QueryParam("schedule") UUID schedule,
            @Parameter(description = "Only sessions presided by or obliging this official id.")
            @QueryParam("official") UUID official,
            @Parameter(description = "First day (YYYY-MM-DD).") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (YYYY-MM-DD).") @QueryParam("to") LocalDate to,
            @Parameter(description = "Only sessions in this status.") @QueryParam("status") SessionStatus status,
            @Valid @BeanParam PageParams page) {
        return service.list(new SessionRepository.Filter(unit, schedule, official, from, to, status), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSession", summary = "Get a session", description = "One session.")
    @APIResponse(responseCode = "200", description = "The session.")
    public SessionView get(@Parameter(description = "Id of the session.") @PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "createSession", summary = "Create an ad-hoc (urgent) session",
            description = "Creates a PLANNED session outside any schedule, typically the head's urgent reception "
                    + "(Luật TCD Art. 18(3); reason required). Presided by the head unless another official is "
                    + "named. A slot overlapping another session of the presiding official is 409 naming start.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CreateSessionRequest.class),
            examples = @ExampleObject(name = "urgent", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location names the new session.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionView.class)))
    public Response create(@NotNull CreateSessionRequest request) {
        SessionView created = service.create(request);
        return Response.created(URI.create("/api/v1/sessions/" + created.id())).entity(created).build();
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "publishSession", summary = "Publish a session",
            description = "PLANNED → PUBLISHED: the session appears on the public schedule.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionRequest.class),
            examples = @ExampleObject(name = "publish", value = "{\"version\":0}")))
    @APIResponse(responseCode = "200", description = "The published session.")
    public SessionView publish(@Parameter(description = "Id of the session.") @PathParam("id") UUID id,
            @NotNull VersionRequest request) {
        return service.publish(id, request.version());
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "cancelSession", summary = "Cancel a session with a public notice",
            description = "PLANNED/PUBLISHED → CANCELLED; the notice is shown publicly.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CancelRequest.class), examples = @ExampleObject(name = "cancel",
                    value = "{\"version\":0,\"notice\":\"Lãnh đạo đi công tác đột xuất, lịch tiếp hủy\"}")))
    @APIResponse(responseCode = "200", description = "The cancelled session.")
    public SessionView cancel(@Parameter(description = "Id of the session.") @PathParam("id") UUID id,
            @NotNull CancelRequest request) {
        return service.cancel(id, request);
    }

    @POST
    @Path("/{id}/postpone")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "postponeSession", summary = "Postpone a session with a public notice",
            description = "The session becomes POSTPONED (postponedToId) and a new PUBLISHED session is created "
                    + "for the new date (postponedFromId). Returns the postponed session.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PostponeRequest.class), examples = @ExampleObject(name = "postpone",
                    value = "{\"version\":0,\"notice\":\"Chuyển sang ngày 04/12/2026\",\"newDate\":\"2026-12-04\","
                            + "\"newStart\":\"07:00\",\"newEnd\":\"08:00\"}")))
    @APIResponse(responseCode = "200", description = "The postponed session.")
    public SessionView postpone(@Parameter(description = "Id of the session.") @PathParam("id") UUID id,
            @NotNull PostponeRequest request) {
        return service.postpone(id, request);
    }

    @POST
    @Path("/{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER,
        Roles.CONFIDENTIAL_CUSTODIAN})
    @Operation(operationId = "checkInSession", summary = "Check in to a session",
            description = "Records the actual start (now) of a PUBLISHED session on its day; only the presiding "
                    + "official or a unit leader of the unit (else 403). Late = more than 10 minutes after the "
                    + "planned start.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = VersionRequest.class),
            examples = @ExampleObject(name = "checkIn", value = "{\"version\":1}")))
    @APIResponse(responseCode = "200", description = "The session with its actual start.")
    public SessionView checkIn(@Parameter(description = "Id of the session.") @PathParam("id") UUID id,
            @NotNull VersionRequest request) {
        return service.checkIn(id, request.version());
    }

    @POST
    @Path("/{id}/check-out")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER,
        Roles.CONFIDENTIAL_CUSTODIAN})
    @Operation(operationId = "checkOutSession", summary = "Check out of a session",
            description = "Records the actual end: HELD with visitorsCount ≥ 1, or HELD_NO_VISITORS with "
                    + "noVisitors=true.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CheckOutRequest.class),
            examples = @ExampleObject(name = "held", value = "{\"version\":2,\"visitorsCount\":3}")))
    @APIResponse(responseCode = "200", description = "The held session.")
    public SessionView checkOut(@Parameter(description = "Id of the session.") @PathParam("id") UUID id,
            @NotNull CheckOutRequest request) {
        return service.checkOut(id, request);
    }

    @POST
    @Path("/{id}/delegate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.UNIT_LEADER, Roles.ADMIN})
    @Operation(operationId = "delegateSession", summary = "Delegate a session",
            description = "Another official of the unit presides instead of the obligated head; the reason is "
                    + "required and the session is counted apart in compliance (DOMAIN.md §4.4).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DelegateRequest.class), examples = @ExampleObject(name = "delegate",
                    value = "{\"version\":1,\"presidingOfficialId\":\"00000000-0000-4000-8002-000000000016\","
                            + "\"reason\":\"Họp HĐND đột xuất\"}")))
    @APIResponse(responseCode = "200", description = "The delegated session.")
    public SessionView delegate(@Parameter(description = "Id of the session.") @PathParam("id") UUID id,
            @NotNull DelegateRequest request) {
        return service.delegate(id, request);
    }
}
