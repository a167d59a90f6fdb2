package vn.tiepdan.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateSessionRequest", description = "An ad-hoc session, typically the head's urgent reception "
        + "(tiếp đột xuất, Luật TCD Art. 18(3)); created PLANNED.")
public record CreateSessionRequest(
        @Schema(description = "The unit.", required = true) UUID unitId,
        @Schema(description = "Day (YYYY-MM-DD).", required = true, example = "2026-12-03") LocalDate date,
        @Schema(description = "Start (HH:mm).", required = true, example = "14:00", type = SchemaType.STRING)
        LocalTime start,
        @Schema(description = "End (HH:mm).", required = true, example = "16:00", type = SchemaType.STRING)
        LocalTime end,
        @Schema(description = "Kind; default URGENT.") ReceptionKind kind,
        @Schema(description = "Trigger of the urgent reception; required for URGENT.",
                example = "Vụ việc đông người, phức tạp") String reason,
        @Schema(description = "The presiding official; default the head of the unit.") UUID presidingOfficialId,
        @Schema(description = "A reception place of the unit.") UUID receptionPlaceId,
        @Schema(description = "Free-text place.") String placeText,
        @Schema(description = "Channel; default IN_PERSON.") Channel channel) {
}
