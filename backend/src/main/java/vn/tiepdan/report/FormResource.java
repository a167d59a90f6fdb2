package vn.tiepdan.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tiepdan.report.ReportUnits.ReportUnit;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Roles;
import vn.tiepdan.shared.security.Scope;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Official report forms (TT 01/2024/TT-TTCP) computed live from the stored "
        + "records for a unit and a period: one row for the unit's own records, one per child unit, the total; "
        + "every printed cross-check; and the records behind each cell (no personal data).")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.UNIT_LEADER, Roles.RECEPTION_OFFICER, Roles.PETITION_HANDLER, Roles.INSPECTOR, Roles.AUDITOR,
    Roles.ADMIN})
public class FormResource {
    private final FormEngine engine;
    private final ReportPeriods periods;
    private final ReportUnits units;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;

    FormResource(FormEngine engine, ReportPeriods periods, ReportUnits units, Scope scope, CurrentUser user,
            Clock clock) {
        this.engine = engine;
        this.periods = periods;
        this.units = units;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
    }

    @GET
    @Path("/forms")
    @RolesAllowed({Roles.UNIT_LEADER, Roles.RECEPTION_OFFICER, Roles.PETITION_HANDLER, Roles.INSPECTOR,
        Roles.AUDITOR, Roles.ADMIN, Roles.MOBILIZATION_VIEWER, Roles.HOME_AFFAIRS_INSPECTOR})
    @Operation(operationId = "listReportForms", summary = "List the report forms",
            description = "Every official form the engine computes: code, form number, version, columns with their "
                    + "header paths and printed formulas, and the cross-check rules.")
    @APIResponse(responseCode = "200", description = "The form definitions.")
    public List<FormDefinition> forms() {
        return engine.definitions();
    }

    @GET
    @Path("/forms/{code}")
    @Operation(operationId = "getReportForm", summary = "Compute a report form",
            description = "The form for the unit (default: the caller's unit; the province for province-wide "
                    + "roles) and the period (`period` code, or `from` and `to`), from the stored records: the "
                    + "unit's own row, one row per child unit (its whole subtree), the total, and every "
                    + "cross-check naming the failing cells. A unit outside the caller's scope is 404; an unknown "
                    + "form code is 404 naming `code`.")
    @APIResponse(responseCode = "200", description = "The computed form.")
    @APIResponse(responseCode = "404", description = "Unknown form code, or a unit not found or outside the scope.")
    public FormResult form(@Parameter(description = "Form code.", example = "01-TCD") @PathParam("code") String code,
            @Parameter(description = "The report's unit (default: the caller's unit or the province).")
            @QueryParam("unit") UUID unit,
            @Parameter(description = "Period code, e.g. 2026-Q1, 2026-H1, 2026-Y, 2026-03, 2026-BSVND-H1, "
                    + "2026-01-01..2026-03-31.", example = "2026-Q1") @QueryParam("period") String period,
            @Parameter(description = "First day of a free range (with `to`, instead of `period`).")
            @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of a free range (with `from`).") @QueryParam("to") LocalDate to) {
        engine.definition(code);
        ReportUnit u = reportUnit(unit);
        return engine.compute(code, u.id(), periods.resolve(period, from, to));
    }

    @GET
    @Path("/forms/{code}/cells")
    @Operation(operationId = "drillReportCell", summary = "List the records behind a cell",
            description = "The records counted in one cell of the form (row `row` of kind `rowKind`, column "
                    + "`column`), paged in SQL: record type, id, number, date, unit, classification, status; never a "
                    + "party's name, ID, phone or address, and no title for a confidential record. `column` out of "
                    + "range is 400 naming `column`; `row` must be the report's unit or a unit of its subtree.")
    @APIResponse(responseCode = "200", description = "One page of records.")
    @APIResponse(responseCode = "404", description = "Unknown form code, or a unit not found or outside the scope.")
    public PageResponse<DrillItem> cells(
            @Parameter(description = "Form code.", example = "01-TCD") @PathParam("code") String code,
            @Parameter(description = "The report's unit (default: the caller's unit or the province).")
            @QueryParam("unit") UUID unit,
            @Parameter(description = "Period code.", example = "2026-Q1") @QueryParam("period") String period,
            @Parameter(description = "First day of a free range.") @QueryParam("from") LocalDate from,
            @Parameter(description = "Last day of a free range.") @QueryParam("to") LocalDate to,
            @Parameter(description = "The row's unit (default: the report's unit).") @QueryParam("row") UUID row,
            @Parameter(description = "OWN, CHILD or TOTAL.", example = "TOTAL") @QueryParam("rowKind") String rowKind,
            @Parameter(description = "Column number (1-based).", example = "1") @QueryParam("column") Integer column,
            @Valid @BeanParam PageParams page) {
        engine.definition(code);
        ReportUnit u = reportUnit(unit);
        ReportPeriod p = periods.resolve(period, from, to);
        if (column == null) {
            throw ProblemException.invalid("column", "REQUIRED", "report.form.column",
                    engine.definition(code).columns().size());
        }
        String kind = rowKind == null || rowKind.isBlank() ? DefaultFormEngine.TOTAL : rowKind.trim();
        if (!List.of(DefaultFormEngine.OWN, DefaultFormEngine.CHILD, DefaultFormEngine.TOTAL).contains(kind)) {
            throw ProblemException.invalid("rowKind", "INVALID", "report.form.row-kind");
        }
        UUID rowId = row == null ? u.id() : row;
        if (DefaultFormEngine.TOTAL.equals(kind) && !rowId.equals(u.id())) {
            throw ProblemException.invalid("row", "NOT_REPORT_UNIT", "report.form.row-total");
        }
        ReportUnit r = units.find(rowId).orElseThrow(() -> ProblemException.invalid("row", "NOT_IN_SUBTREE",
                "report.form.row-subtree"));
        if (!r.path().startsWith(u.path())) {
            throw ProblemException.invalid("row", "NOT_IN_SUBTREE", "report.form.row-subtree");
        }
        if (DefaultFormEngine.CHILD.equals(kind) && !u.id().equals(r.parentId())) {
            throw ProblemException.invalid("row", "NOT_A_CHILD", "report.form.row-child");
        }
        return engine.drill(code, r.id(), kind, p, column, page);
    }

    @GET
    @Path("/periods")
    @RolesAllowed({Roles.UNIT_LEADER, Roles.RECEPTION_OFFICER, Roles.PETITION_HANDLER, Roles.INSPECTOR,
        Roles.AUDITOR, Roles.ADMIN, Roles.MOBILIZATION_VIEWER, Roles.HOME_AFFAIRS_INSPECTOR})
    @Operation(operationId = "listReportPeriods", summary = "List the report periods of a year",
            description = "Every named period of the year (TT 01/2024 quarters, 6 months, 9 months, year; the "
                    + "model's monthly, 6-month and annual reports) with its window and due date, as configured.")
    @APIResponse(responseCode = "200", description = "The periods.")
    public List<PeriodView> periods(
            @Parameter(description = "The year (default: the current year).", example = "2026")
            @QueryParam("year") Integer year) {
        int y = year == null ? LocalDate.now(clock.withZone(ReportWindow.ZONE)).getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ProblemException.invalid("year", "YEAR_OUT_OF_RANGE", "report.period.year");
        }
        return periods.ofYear(y).stream().map(ReportPeriod::view).toList();
    }

    /** The report's unit: given and in scope, or the caller's own unit, or the province root (404 otherwise). */
    private ReportUnit reportUnit(UUID unit) {
        ReportUnit u;
        if (unit != null) {
            u = units.find(unit).orElseThrow(ProblemException::notFound);
        } else if (scope.provinceWide()) {
            u = units.provinceRoot().orElseThrow(ProblemException::notFound);
        } else {
            u = user.orgUnitCode().flatMap(units::current).orElseThrow(ProblemException::notFound);
        }
        if (!scope.reaches(u.path())) {
            throw ProblemException.notFound();
        }
        return u;
    }
}
