package vn.tiepdan.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarDay", description = "An exception to the Monday–Friday working week: a day off on a weekday "
        + "or a weekend day worked in exchange.")
public record CalendarDayView(
        @Schema(description = "Id of the entry.") UUID id,
        @Schema(description = "The day (YYYY-MM-DD).", example = "2026-04-27") LocalDate day,
        @Schema(description = "DAY_OFF or WORKING_DAY.") CalendarDayKind kind,
        @Schema(description = "Name of the holiday or swap.", example = "Nghỉ bù Giỗ Tổ Hùng Vương") String name,
        @Schema(description = "Legal basis (law article, Government notice).") String legalBasis,
        @Schema(description = "Whether an administrator confirmed the entry against the official notice.")
        boolean verified,
        @Schema(description = "When the entry was withdrawn; absent while in force.") Instant closedAt,
        @Schema(description = "Why the entry was withdrawn.") String closeReason,
        @Schema(description = "Version for optimistic locking.", example = "0") long version) {
}
