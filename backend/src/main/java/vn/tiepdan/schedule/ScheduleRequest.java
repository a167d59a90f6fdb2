package vn.tiepdan.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ScheduleRequest", description = "A new schedule (POST) or changes to one (PATCH: absent fields keep "
        + "their value, version required; unitId cannot change). Defaults on create: 07:00–08:00, IN_PERSON, "
        + "PERIODIC, NONE, SKIP.")
public record ScheduleRequest(
        @Schema(description = "Version the change is based on (PATCH only).", example = "0") Long version,
        @Schema(description = "The unit (POST only).") UUID unitId,
        @Schema(description = "The presiding official (an official of the unit).") UUID presidingOfficialId,
        @Schema(description = "Title.", example = "Buổi sáng với Nhân dân") String title,
        @Schema(description = "RFC 5545 RRULE: FREQ DAILY/WEEKLY/MONTHLY, BYDAY (2TU…), BYMONTHDAY, INTERVAL, "
                + "COUNT, UNTIL.", example = "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR") String rrule,
        @Schema(description = "Start (HH:mm).", example = "07:00", type = SchemaType.STRING) LocalTime startTime,
        @Schema(description = "End (HH:mm), after the start.", example = "08:00", type = SchemaType.STRING)
        LocalTime endTime,
        @Schema(description = "A reception place of the unit.") UUID receptionPlaceId,
        @Schema(description = "Free-text place, when no reception place is chosen.") String placeText,
        @Schema(description = "Channel; ONLINE only from 2026-07-01.") Channel channel,
        @Schema(description = "Kind of reception.") ReceptionKind kind,
        @Schema(description = "Programme tag.") Program program,
        @Schema(description = "Holiday policy.") HolidayPolicy holidayPolicy,
        @Schema(description = "First day (YYYY-MM-DD).", example = "2026-10-01") LocalDate validFrom,
        @Schema(description = "Last day (YYYY-MM-DD), optional.") LocalDate validTo) {
}
