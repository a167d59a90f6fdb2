package vn.tiepdan.calendar;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseCalendarDayRequest", description = "Withdraws a calendar entry; entries are never deleted.")
public record CloseCalendarDayRequest(
        @Schema(description = "Version the change is based on.", required = true, example = "0") Long version,
        @Schema(description = "Why the entry is withdrawn.", required = true,
                example = "Chính phủ không áp dụng hoán đổi") String reason) {
}
