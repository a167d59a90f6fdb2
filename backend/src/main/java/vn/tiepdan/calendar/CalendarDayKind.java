package vn.tiepdan.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDayKind", description = "DAY_OFF: a public holiday, Tết day, compensatory or swapped day "
        + "off on a weekday; WORKING_DAY: a Saturday or Sunday worked in exchange for a swapped day off.")
public enum CalendarDayKind {
    DAY_OFF, WORKING_DAY
}
