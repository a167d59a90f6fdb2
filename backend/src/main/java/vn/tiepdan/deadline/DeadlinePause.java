package vn.tiepdan.deadline;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DeadlinePause", description = "A suspension (tạm đình chỉ) or obstacle period, both days included.")
public record DeadlinePause(
        @Schema(description = "First day of the pause.", example = "2026-08-10") LocalDate from,
        @Schema(description = "Last day of the pause.", example = "2026-08-19") LocalDate to) {
}
