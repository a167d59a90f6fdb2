package vn.tiepdan.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.UUID;
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

@Path("/api/v1/calendar")
@Tag(name = "Working calendar", description = "The one working-day calendar: weekends, public holidays and day "
        + "swaps. Everyone signed in reads it; administrators maintain it.")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER, Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN,
    Roles.INSPECTOR, Roles.MOBILIZATION_VIEWER, Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN,
    Roles.INTEGRATOR})
public class CalendarResource {
    private static final String CREATE_EXAMPLE = """
            {"day":"2027-05-03","kind":"DAY_OFF","name":"Nghỉ bù Ngày Quốc tế lao động",
             "legalBasis":"Bộ luật Lao động 2019, Điều 112(3)","verified":true}""";
    private static final String PROBLEM = "application/problem+json";

    private final CalendarService service;

    CalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Path("/days")
    @Operation(operationId = "listCalendarDays", summary = "List calendar entries of a year",
            description = "Days off on weekdays and weekend days worked, in date order.")
    @APIResponse(responseCode = "200", description = "The entries of the year.")
    @APIResponse(responseCode = "400", description = "Year out of range.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<CalendarDayView> list(
            @Parameter(description = "The year.", example = "2026", required = true) @QueryParam("year") int year,
            @Parameter(description = "Include withdrawn entries.") @QueryParam("includeClosed")
            @DefaultValue("false") boolean includeClosed) {
        return service.ofYear(year, includeClosed);
    }

    @GET
    @Path("/working-days")
    @Operation(operationId = "listDayStatuses", summary = "Working-day status of each day of a range",
            description = "For each day of [from, to] (at most 366 days): working or not, and why.")
    @APIResponse(responseCode = "200", description = "One status per day.")
    @APIResponse(responseCode = "400", description = "Missing dates, to before from or range too long.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public List<DayStatus> workingDays(
            @Parameter(description = "First day (YYYY-MM-DD).", example = "2026-12-01") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day (YYYY-MM-DD).", example = "2026-12-31") @QueryParam("to")
            LocalDate to) {
        return service.statuses(from, to);
    }

    @POST
    @Path("/days")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createCalendarDay", summary = "Add a calendar entry",
            description = "Adds a day off or a weekend working day; one entry in force per day.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarDayRequest.class),
            examples = @ExampleObject(name = "dayOff", value = CREATE_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CalendarDayView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The day already has an entry in force.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull CalendarDayRequest request) {
        CalendarDayView created = service.create(request);
        return Response.created(URI.create("/api/v1/calendar/days/" + created.id())).entity(created).build();
    }

    @PATCH
    @Path("/days/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateCalendarDay", summary = "Change a calendar entry",
            description = "Changes kind, name, legal basis or the verified flag (e.g. to confirm a shipped entry).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CalendarDayRequest.class),
            examples = @ExampleObject(name = "confirm", value = "{\"version\":0,\"verified\":true}")))
    @APIResponse(responseCode = "200", description = "The changed entry.")
    @APIResponse(responseCode = "404", description = "No such entry.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version or withdrawn entry.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CalendarDayView update(@Parameter(description = "Id of the entry.") @PathParam("id") UUID id,
            @NotNull CalendarDayRequest request) {
        return service.update(id, request);
    }

    @POST
    @Path("/days/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "closeCalendarDay", summary = "Withdraw a calendar entry",
            description = "The day falls back to the weekday/weekend rule; the entry stays for history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CloseCalendarDayRequest.class),
            examples = @ExampleObject(name = "withdraw", value = "{\"version\":0,\"reason\":\"Sai ngày\"}")))
    @APIResponse(responseCode = "200", description = "The withdrawn entry.")
    @APIResponse(responseCode = "404", description = "No such entry.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale version or already withdrawn.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public CalendarDayView close(@Parameter(description = "Id of the entry.") @PathParam("id") UUID id,
            @NotNull CloseCalendarDayRequest request) {
        return service.close(id, request);
    }
}
