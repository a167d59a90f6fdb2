package vn.tiepdan.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Order of the case inbox. */
@Schema(description = "URGENCY (earliest running due date first, the default), RECEIVED_DESC, RECEIVED_ASC, CASE_NO.")
public enum CaseSort {
    URGENCY("d.due_on asc nulls last, c.received_on desc, c.case_no"),
    RECEIVED_DESC("c.received_on desc, c.case_year desc, c.case_seq desc"),
    RECEIVED_ASC("c.received_on asc, c.case_year, c.case_seq"),
    CASE_NO("c.case_year desc, c.case_seq desc");

    final String orderBy;

    CaseSort(String orderBy) {
        this.orderBy = orderBy;
    }
}
