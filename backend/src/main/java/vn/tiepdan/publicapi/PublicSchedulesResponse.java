package vn.tiepdan.publicapi;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.schedule.PublicSessionView;

@Schema(name = "PublicSchedules", description = "The published reception sessions of a period.")
public record PublicSchedulesResponse(
        @Schema(description = "Unit code asked for; absent for the whole province.", example = "DN-TRANBIEN")
        String unit,
        @Schema(description = "First day (YYYY-MM-DD).") LocalDate from,
        @Schema(description = "Last day (YYYY-MM-DD).") LocalDate to,
        @Schema(description = "Sessions by day and time.") List<PublicSessionView> items) {
}
