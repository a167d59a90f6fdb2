package vn.tiepdan.calendar;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDayRequest", description = "A new calendar entry (POST) or changes to one (PATCH: absent "
        + "fields keep their value; version required).")
public record CalendarDayRequest(
        @Schema(description = "Version the change is based on (PATCH only).", example = "0") Long version,
        @Schema(description = "The day (YYYY-MM-DD); POST only.", example = "2027-05-03") LocalDate day,
        @Schema(description = "DAY_OFF or WORKING_DAY.") CalendarDayKind kind,
        @Schema(description = "Name of the holiday or swap.", example = "Nghỉ bù Ngày Quốc tế lao động") String name,
        @Schema(description = "Legal basis text.", example = "Bộ luật Lao động 2019, Điều 112") String legalBasis,
        @Schema(description = "Confirmed against the official notice.", example = "true") Boolean verified) {
}
