package vn.tiepdan.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.orgunit.UnitRef;

@Schema(name = "Schedule", description = "A reception schedule (lịch tiếp công dân) of a unit.")
public record ScheduleView(
        @Schema(description = "Id of the schedule.") UUID id,
        @Schema(description = "The unit.") UnitRef unit,
        @Schema(description = "The presiding official.") OfficialRef presidingOfficial,
        @Schema(description = "Title.", example = "Buổi sáng với Nhân dân") String title,
        @Schema(description = "RFC 5545 recurrence rule.", example = "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR") String rrule,
        @Schema(description = "Start of the slot (HH:mm).", example = "07:00", type =
                org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) @com.fasterxml.jackson.annotation.JsonFormat(pattern = "HH:mm")
        LocalTime startTime,
        @Schema(description = "End of the slot (HH:mm).", example = "08:00", type =
                org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) @com.fasterxml.jackson.annotation.JsonFormat(pattern = "HH:mm")
        LocalTime endTime,
        @Schema(description = "Reception place of the unit, if one was chosen.") UUID receptionPlaceId,
        @Schema(description = "Where the sessions take place (the place's name and address, or free text).")
        String place,
        @Schema(description = "Channel.") Channel channel,
        @Schema(description = "Kind of reception.") ReceptionKind kind,
        @Schema(description = "Programme tag.") Program program,
        @Schema(description = "Holiday policy.") HolidayPolicy holidayPolicy,
        @Schema(description = "First day (YYYY-MM-DD).", example = "2026-10-01") LocalDate validFrom,
        @Schema(description = "Last day (YYYY-MM-DD); absent when open-ended.") LocalDate validTo,
        @Schema(description = "When the schedule was published (its new sessions are then published at once).")
        Instant publishedAt,
        @Schema(description = "When the schedule was ended.") Instant endedAt,
        @Schema(description = "Version for optimistic locking.", example = "0") long version) {
}
