package vn.tiepdan.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicSession", description = "A published reception session, as citizens see it. No personal "
        + "data beyond the presiding official's name and position, which the unit publishes.")
public record PublicSessionView(
        @Schema(description = "Stable id of the session (also the iCalendar UID).") UUID id,
        @Schema(description = "Day (YYYY-MM-DD).", example = "2026-12-01") LocalDate date,
        @Schema(description = "Start (HH:mm).", example = "07:00", type = SchemaType.STRING) @com.fasterxml.jackson.annotation.JsonFormat(pattern = "HH:mm")
        LocalTime start,
        @Schema(description = "End (HH:mm).", example = "08:00", type = SchemaType.STRING) @com.fasterxml.jackson.annotation.JsonFormat(pattern = "HH:mm")
        LocalTime end,
        @Schema(description = "Code of the unit.", example = "DN-TRANBIEN") String unitCode,
        @Schema(description = "Name of the unit.", example = "UBND phường Trấn Biên") String unitName,
        @Schema(description = "Where.") String place,
        @Schema(description = "Channel.") Channel channel,
        @Schema(description = "Kind of reception.") ReceptionKind kind,
        @Schema(description = "Programme tag.") Program program,
        @Schema(description = "PUBLISHED, HELD, HELD_NO_VISITORS, POSTPONED or CANCELLED.") SessionStatus status,
        @Schema(description = "Public notice of a cancelled or postponed session.") String notice,
        @Schema(description = "Name of the presiding official.", example = "Trần Văn Hùng") String presidingName,
        @Schema(description = "Position of the presiding official.", example = "Chủ tịch UBND phường Trấn Biên")
        String presidingPosition,
        @Schema(description = "For a postponed session: the new day.") LocalDate postponedToDate,
        @Schema(description = "For a postponed session: the new start (HH:mm).", type = SchemaType.STRING)
        LocalTime postponedToStart) {
}
