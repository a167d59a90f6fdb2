package vn.tiepdan.publicapi;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.schedule.PublicSchedule;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;

@Path("/public/v1")
@Tag(name = "Public", description = "Open data for citizens, without login and without personal data.")
@PermitAll
public class PublicSchedulesResource {
    /** The longest period one request may ask for. */
    static final int MAX_RANGE_DAYS = 92;
    /** The iCalendar feed covers this many days back and ahead of today. */
    static final int ICS_PAST_DAYS = 30;
    static final int ICS_AHEAD_DAYS = 92;
    static final String TEXT_CALENDAR = "text/calendar";

    private final PublicSchedule schedule;
    private final Clock clock;

    PublicSchedulesResource(PublicSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @GET
    @Path("/schedules")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listPublicSchedules", summary = "Published reception schedule",
            description = "Published, held, postponed and cancelled sessions (with their public notice) of a unit "
                    + "or of the whole province; from defaults to today, to to from + 30 days; at most 92 days "
                    + "(else 400 naming to). No login.")
    @APIResponse(responseCode = "200", description = "The sessions of the period.")
    @APIResponse(responseCode = "404", description = "No unit with this code.")
    public PublicSchedulesResponse list(
            @Parameter(description = "Unit code; absent for the whole province.", example = "DN-TRANBIEN")
            @QueryParam("unit") @Size(max = 64) String unit,
            @Parameter(description = "First day (YYYY-MM-DD).", example = "2026-12-01") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day (YYYY-MM-DD).", example = "2026-12-31") @QueryParam("to")
            LocalDate to) {
        LocalDate start = from == null ? LocalDate.now(clock) : from;
        LocalDate end = to == null ? start.plusDays(30) : to;
        checkRange(start, end);
        requireUnit(unit);
        return new PublicSchedulesResponse(unit, start, end, schedule.sessions(unit, start, end));
    }

    @GET
    @Path("/schedules.ics")
    @Produces(TEXT_CALENDAR)
    @Operation(operationId = "getPublicSchedulesIcs", summary = "Published reception schedule as iCalendar",
            description = "RFC 5545 feed of a unit (or of the whole province), by default from 30 days back to 92 "
                    + "days ahead (from/to choose another period of at most 92 days): "
                    + "one VEVENT per session with a stable UID; cancelled and postponed sessions carry "
                    + "STATUS:CANCELLED and their notice. Subscribe to it in a calendar application.")
    @APIResponse(responseCode = "200", description = "The iCalendar feed.",
            content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type =
                    org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No unit with this code.")
    public Response ics(
            @Parameter(description = "Unit code; absent for the whole province.", example = "DN-TRANBIEN")
            @QueryParam("unit") @Size(max = 64) String unit,
            @Parameter(description = "First day (YYYY-MM-DD); with to, instead of the default window.",
                    example = "2026-12-01") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day (YYYY-MM-DD).", example = "2026-12-31") @QueryParam("to")
            LocalDate to) {
        requireUnit(unit);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.minusDays(ICS_PAST_DAYS) : from;
        LocalDate end = to == null ? (from == null ? today.plusDays(ICS_AHEAD_DAYS) : start.plusDays(30)) : to;
        if (from != null || to != null) {
            checkRange(start, end);
        }
        String body = ScheduleIcs.write(schedule.sessions(unit, start, end), clock.getZone(), clock.instant());
        return Response.ok(body, TEXT_CALENDAR + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"lich-tiep-cong-dan.ics\"").build();
    }

    private static void checkRange(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "BEFORE_FROM", "public.to.before-from");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_RANGE_DAYS) {
            throw ProblemException.invalid("to", "RANGE_TOO_LONG", "public.range.too-long", MAX_RANGE_DAYS);
        }
    }

    private void requireUnit(String unit) {
        if (unit != null && schedule.unitName(unit).isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "public.unit.unknown");
        }
    }
}
