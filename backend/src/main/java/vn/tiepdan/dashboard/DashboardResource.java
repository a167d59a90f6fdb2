package vn.tiepdan.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.dashboard.DashboardDtos.Overview;
import vn.tiepdan.dashboard.DashboardDtos.RecognitionFeed;
import vn.tiepdan.dashboard.DashboardDtos.Trends;
import vn.tiepdan.shared.security.Roles;

@Path("/api/v1/dashboard")
@Tag(name = "Dashboard", description = "The Mass Mobilization dashboard of the \"Buổi sáng với Nhân dân\" model and "
        + "citizen reception: aggregates only (never a name, ID, phone, address, record number or title).")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MOBILIZATION_VIEWER, Roles.HOME_AFFAIRS_INSPECTOR, Roles.INSPECTOR, Roles.ADMIN, Roles.AUDITOR,
    Roles.UNIT_LEADER})
public class DashboardResource {
    private static final String UNIT = "The unit whose subtree is shown; default the caller's unit (the province "
            + "for province-wide roles). Out of scope or unknown: 404.";
    private static final String PERIOD = "Report period code (2026-Y, 2026-Q1, 2026-03, 2026-BSVND-H1, "
            + "2026-01-01..2026-03-31); or use from/to. Default: the current year up to today.";

    private final DashboardService service;

    DashboardResource(DashboardService service) {
        this.service = service;
    }

    @GET
    @Path("/overview")
    @Operation(operationId = "getDashboardOverview", summary = "Dashboard overview of a unit's subtree",
            description = "Totals of the unit's subtree, its own figures and one row per direct child (the drill "
                    + "along the tree) with its rank among its siblings. BSVND = sessions of the programme "
                    + "BUOI_SANG_VOI_NHAN_DAN. sessionsRequired: working days (WorkingCalendar) in the window up to "
                    + "today on which an obliged unit had to hold one (obligation_rule SCHED.BSVND: every commune "
                    + "People's Committee; an agency only while it has a BSVND schedule). heldDays: required days with "
                    + "a held (HELD/HELD_NO_VISITORS, in person or delegated) session planned at 07:00; heldShare = "
                    + "heldDays ÷ sessionsRequired. Visits (not REFUSED) by received_at; matters = distinct matters "
                    + "(first time when any of its visits in the window is first_time or unknown); repeatVisitors = "
                    + "matters with ≥ 2 visits. noticeCompliance = result notices due in the window sent by their due "
                    + "day ÷ due. onTimeRate = RESOLVE deadlines of cases met on time in the window ÷ met. overdueCases "
                    + "= cases with an ACTIVE deadline past due today. Score = 100 × (0.5 heldShare + 0.3 onTimeRate + "
                    + "0.2 noticeCompliance), missing rates left out and the weights rescaled. Bad period: 400 naming "
                    + "period, from or to.")
    @APIResponse(responseCode = "200", description = "The overview.")
    @APIResponse(responseCode = "404", description = "The unit is unknown or outside the caller's scope.")
    public Overview overview(@Parameter(description = UNIT) @QueryParam("unit") UUID unit,
            @Parameter(description = PERIOD, example = "2026-Y") @QueryParam("period") String period,
            @Parameter(description = "First day (YYYY-MM-DD), with to.", example = "2026-01-01") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day (YYYY-MM-DD), with from.", example = "2026-06-30") @QueryParam("to")
            LocalDate to) {
        return service.overview(unit, period, from, to);
    }

    @GET
    @Path("/trends")
    @Operation(operationId = "getDashboardTrends", summary = "Monthly trends of a unit's subtree",
            description = "One point per calendar month of the window (at most six years): BSVND days required and "
                    + "held, visits, people, matters, petitions received, cases accepted, RESOLVE deadlines met on "
                    + "time and late, and case deadlines overdue at the month's end (0 for a month not ended yet). "
                    + "Same definitions as the overview.")
    @APIResponse(responseCode = "200", description = "The series.")
    @APIResponse(responseCode = "404", description = "The unit is unknown or outside the caller's scope.")
    public Trends trends(@Parameter(description = UNIT) @QueryParam("unit") UUID unit,
            @Parameter(description = PERIOD, example = "2022-01-01..2026-12-31") @QueryParam("period") String period,
            @Parameter(description = "First day (YYYY-MM-DD), with to.", example = "2022-01-01") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day (YYYY-MM-DD), with from.", example = "2026-12-31") @QueryParam("to")
            LocalDate to) {
        return service.trends(unit, period, from, to);
    }

    @GET
    @Path("/recognition")
    @Operation(operationId = "getDashboardRecognition", summary = "Inspections, commendations and corrections",
            description = "The unannounced inspections of Sở Nội vụ and the commendations/corrections of the "
                    + "subtree's units in the window, newest first (at most 200 of each, with the totals): unit, day, "
                    + "rating or kind/form, decision number and a shortened reason; an official only by position.")
    @APIResponse(responseCode = "200", description = "The feed.")
    @APIResponse(responseCode = "404", description = "The unit is unknown or outside the caller's scope.")
    public RecognitionFeed recognition(@Parameter(description = UNIT) @QueryParam("unit") UUID unit,
            @Parameter(description = PERIOD, example = "2026-Y") @QueryParam("period") String period,
            @Parameter(description = "First day (YYYY-MM-DD), with to.", example = "2026-01-01") @QueryParam("from")
            LocalDate from,
            @Parameter(description = "Last day (YYYY-MM-DD), with from.", example = "2026-06-30") @QueryParam("to")
            LocalDate to) {
        return service.recognition(unit, period, from, to);
    }
}
