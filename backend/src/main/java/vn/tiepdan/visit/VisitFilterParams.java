package vn.tiepdan.visit;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters of the book list and its export ({@code @BeanParam}). */
public class VisitFilterParams {
    @QueryParam("q")
    @Parameter(description = "Search in the names of visitors (not of denunciations), the content and the request; "
            + "accent-, case- and NFC/NFD-insensitive.", example = "nguyen van an")
    String q;
    @QueryParam("unit")
    @Parameter(description = "Only this unit and the units below it (within the caller's scope).")
    UUID unit;
    @QueryParam("from")
    @Parameter(description = "Received on or after this day (YYYY-MM-DD, Asia/Ho_Chi_Minh).")
    LocalDate from;
    @QueryParam("to")
    @Parameter(description = "Received on or before this day (YYYY-MM-DD).")
    LocalDate to;
    @QueryParam("year")
    @Parameter(description = "Book year.", example = "2026")
    Integer year;
    @QueryParam("classification")
    @Parameter(description = "Only this classification.")
    Classification classification;
    @QueryParam("direction")
    @Parameter(description = "Only this handling direction.")
    HandlingDirection direction;
    @QueryParam("status")
    @Parameter(description = "Only this status.")
    VisitStatus status;
    @QueryParam("sessionId")
    @Parameter(description = "Only visits of this session.")
    UUID sessionId;
    @QueryParam("confidential")
    @Parameter(description = "Only visits with (true) or without (false) a denunciation.")
    Boolean confidential;
    @QueryParam("firstTime")
    @Parameter(description = "Only first (true) or repeat (false) visits about a matter.")
    Boolean firstTime;
    @QueryParam("noticeOverdue")
    @Parameter(description = "true: the result notice is past due and not sent; false: the others.")
    Boolean noticeOverdue;
    @QueryParam("caseLinked")
    @Parameter(description = "true: linked to a case; false: accepted (THU_LY) visits not yet linked.")
    Boolean caseLinked;
    @QueryParam("sort")
    @DefaultValue("bookNo")
    @Parameter(description = "Order, newest first: bookNo (default) or receivedAt.")
    VisitSort sort;

    VisitRepository.Filter filter() {
        return new VisitRepository.Filter(q, unit, null, from, to, year, classification, direction, status, sessionId,
                confidential, firstTime, noticeOverdue, caseLinked, sort);
    }
}
