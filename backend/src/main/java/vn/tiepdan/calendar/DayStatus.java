package vn.tiepdan.calendar;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DayStatus", description = "Whether a day is a working day, and why.")
public record DayStatus(
        @Schema(description = "The day (YYYY-MM-DD).", example = "2026-04-27") LocalDate date,
        @Schema(description = "True on a working day.", example = "false") boolean working,
        @Schema(description = "WEEKDAY, WEEKEND, DAY_OFF (holiday or swap) or WORKING_DAY (a weekend day worked).",
                enumeration = {"WEEKDAY", "WEEKEND", "DAY_OFF", "WORKING_DAY"}, example = "DAY_OFF") String reason,
        @Schema(description = "Name of the holiday or swap, if any.") String name) {
}
