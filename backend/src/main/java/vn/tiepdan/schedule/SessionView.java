package vn.tiepdan.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.orgunit.UnitRef;

@Schema(name = "Session", description = "A dated reception session (kỳ/buổi tiếp).")
public record SessionView(
        @Schema(description = "Id of the session.") UUID id,
        @Schema(description = "The schedule it was generated from; absent for ad-hoc and postponed-to sessions.")
        UUID scheduleId,
        @Schema(description = "The unit.") UnitRef unit,
        @Schema(description = "Day (YYYY-MM-DD).", example = "2026-12-01") LocalDate date,
        @Schema(description = "Planned start (HH:mm).", example = "07:00", type = SchemaType.STRING) @com.fasterxml.jackson.annotation.JsonFormat(pattern = "HH:mm")
        LocalTime start,
        @Schema(description = "Planned end (HH:mm).", example = "08:00", type = SchemaType.STRING) @com.fasterxml.jackson.annotation.JsonFormat(pattern = "HH:mm")
        LocalTime end,
        @Schema(description = "Reception place of the unit, if any.") UUID receptionPlaceId,
        @Schema(description = "Where the session takes place.") String place,
        @Schema(description = "Channel.") Channel channel,
        @Schema(description = "Kind of reception.") ReceptionKind kind,
        @Schema(description = "Programme tag.") Program program,
        @Schema(description = "Status.") SessionStatus status,
        @Schema(description = "Whether visits may be recorded in it now (PUBLISHED or HELD): the desk's and the "
                + "API's one rule.") boolean acceptsVisits,
        @Schema(description = "The official obliged to receive (the head, or the schedule's presiding official).")
        OfficialRef obligatedHead,
        @Schema(description = "The official who presides.") OfficialRef presidingOfficial,
        @Schema(description = "Whether the obligated official delegated the session (counted apart).")
        boolean delegated,
        @Schema(description = "Why the session was delegated.") String delegationReason,
        @Schema(description = "Trigger of an urgent session (Luật TCD Art. 18(3)).") String urgentReason,
        @Schema(description = "Public notice of a cancelled or postponed session.") String notice,
        @Schema(description = "The session this one replaces (postponed from).") UUID postponedFromId,
        @Schema(description = "The session that replaces this one (postponed to).") UUID postponedToId,
        @Schema(description = "Actual start (check-in).") Instant actualStart,
        @Schema(description = "Actual end (check-out).") Instant actualEnd,
        @Schema(description = "Whether the check-in came more than 10 minutes after the planned start.")
        boolean late,
        @Schema(description = "Number of visitors, after check-out.") Integer visitorsCount,
        @Schema(description = "When the session was published.") Instant publishedAt,
        @Schema(description = "Actions allowed now.") List<SessionAction> allowedActions,
        @Schema(description = "Version for optimistic locking.", example = "0") long version) {
}
