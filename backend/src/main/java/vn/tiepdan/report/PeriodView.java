package vn.tiepdan.report;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report period as the API shows it. */
@Schema(description = "A report period: its code, window and due date.")
public record PeriodView(
        @Schema(description = "Period code: `2026-Q1`..`2026-Q4`, `2026-H1`, `2026-9M`, `2026-Y` (TT 01/2024 cut-offs), "
                + "`2026-03` (month), `2026-BSVND-H1`, `2026-BSVND-Y` (the model's reports), or "
                + "`2026-01-01..2026-03-31` for any range.", example = "2026-H1") String code,
        @Schema(description = "Period kind (report_period_kind code), or RANGE.", example = "H1") String kind,
        @Schema(description = "First day (inclusive).", example = "2025-12-15") LocalDate from,
        @Schema(description = "Last day (inclusive).", example = "2026-06-14") LocalDate to,
        @Schema(description = "Label in Vietnamese.", example = "6 tháng năm 2026") String label,
        @Schema(description = "When the unit's report is due (none for a free range).", nullable = true,
                example = "2026-06-18") LocalDate dueOn) {
}
