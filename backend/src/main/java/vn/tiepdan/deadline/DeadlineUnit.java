package vn.tiepdan.deadline;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a deadline is counted (DOMAIN.md §6.0). */
@Schema(description = "WORKING_DAY: working days of the working calendar; CALENDAR_DAY: calendar days, a last day "
        + "off moves to the next working day (Bộ luật Dân sự 2015, Điều 148); MONTH, YEAR: calendar months or years, "
        + "same move.")
public enum DeadlineUnit {
    WORKING_DAY, CALENDAR_DAY, MONTH, YEAR
}
