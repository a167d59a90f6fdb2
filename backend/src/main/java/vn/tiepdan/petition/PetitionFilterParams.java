package vn.tiepdan.petition;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the petition list ({@code @BeanParam}). */
public class PetitionFilterParams {
    @QueryParam("q")
    @Parameter(description = "Search in the number, the names of petitioners (never of denouncers), the sender, the "
            + "content, the request and the respondent; accent-, case- and NFC/NFD-insensitive.", example = "thu hoi dat")
    String q;
    @QueryParam("unit")
    @Parameter(description = "Only this unit and the units below it (within the caller's scope).")
    UUID unit;
    @QueryParam("status")
    @Parameter(description = "Only this status.")
    PetitionStatus status;
    @QueryParam("classification")
    @Parameter(description = "Only this classification.")
    PetitionContentType classification;
    @QueryParam("source")
    @Parameter(description = "Only this source.")
    PetitionSource source;
    @QueryParam("decision")
    @Parameter(description = "Only this decision.")
    PetitionDecision decision;
    @QueryParam("from")
    @Parameter(description = "Received on or after this day (YYYY-MM-DD).")
    LocalDate from;
    @QueryParam("to")
    @Parameter(description = "Received on or before this day (YYYY-MM-DD).")
    LocalDate to;
    @QueryParam("overdue")
    @Parameter(description = "true: the processing due date passed without a decision; false: the others.")
    Boolean overdue;
    @QueryParam("duplicates")
    @Parameter(description = "true: only duplicates (linked to a master); false: no duplicates.")
    Boolean duplicates;
    @QueryParam("handler")
    @Parameter(description = "Only petitions of this handler (username, or me).", example = "me")
    String handler;
    @QueryParam("caseLinked")
    @Parameter(description = "true: a case was opened from it; false: proposed for acceptance without a case yet.")
    Boolean caseLinked;
    @QueryParam("sort")
    @DefaultValue("receivedOn")
    @Parameter(description = "Order: receivedOn (default, newest first), petitionNo, processDue (earliest first).")
    PetitionSort sort;

    PetitionRepository.Filter filter() {
        return new PetitionRepository.Filter(q, unit, null, status, classification, source, decision, from, to, overdue,
                duplicates, handler, caseLinked, sort);
    }
}
