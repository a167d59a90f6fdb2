package vn.tiepdan.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A form computed for a unit and a period from the stored records. */
@Schema(description = "An official form computed for a unit and a period from the stored records.")
public record FormResult(
        @Schema(description = "The form definition (code, version, columns, checks).") FormDefinition form,
        @Schema(description = "The report's unit.") UUID unitId,
        @Schema(description = "The report's unit code.", example = "DN") String unitCode,
        @Schema(description = "The report's unit name.", example = "UBND tỉnh Đồng Nai") String unitName,
        @Schema(description = "The period.") PeriodView period,
        @Schema(description = "Rows: OWN first (if the unit has own records or no children), then one per child "
                + "unit, then TOTAL last.") List<FormRow> rows,
        @Schema(description = "Every cross-check of the form.") List<CheckResult> checks,
        @Schema(description = "True when every cross-check passes.") boolean valid,
        @Schema(description = "When it was computed (not part of the content hash).") Instant generatedAt) {
}
