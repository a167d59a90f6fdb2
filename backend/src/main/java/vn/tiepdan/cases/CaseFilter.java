package vn.tiepdan.cases;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the case inbox; use as {@code @BeanParam}. */
public class CaseFilter {
    @QueryParam("type")
    @Parameter(description = "Case type.")
    CaseType type;
    @QueryParam("status")
    @Parameter(description = "One or more states (repeat the parameter).")
    List<CaseStatus> status;
    @QueryParam("unit")
    @Parameter(description = "A unit: its cases and those of the units below it.")
    UUID unit;
    @QueryParam("handler")
    @Parameter(description = "Username of the handler, or 'me'.", example = "me")
    String handler;
    @QueryParam("overdue")
    @Parameter(description = "true: a running deadline is past due; false: none is.")
    Boolean overdue;
    @QueryParam("dueBefore")
    @Parameter(description = "A running deadline is due on or before this day.", example = "2026-12-31")
    LocalDate dueBefore;
    @QueryParam("q")
    @Parameter(description = "Accent-insensitive search in number, title, summary, respondent.")
    String q;
    @QueryParam("transferredOut")
    @Parameter(description = "true: only read-only traces of cases transferred away; false: only cases handled here.")
    Boolean transferredOut;
    @QueryParam("sort")
    @Parameter(description = "Order; most urgent first by default.")
    CaseSort sort;
}
