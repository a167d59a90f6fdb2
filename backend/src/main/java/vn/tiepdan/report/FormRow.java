package vn.tiepdan.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of a computed form: a unit (its own records, or a child unit's whole subtree) or the total. */
@Schema(description = "One row of the form: the unit's own records, a child unit with its subtree, or the total.")
public record FormRow(
        @Schema(description = "OWN: records of the report's unit itself; CHILD: a child unit and everything below it; "
                + "TOTAL: the sum of the other rows (Tổng / Toàn tỉnh).", example = "CHILD") String kind,
        @Schema(description = "The row's unit (for TOTAL, the report's unit).") UUID unitId,
        @Schema(description = "The unit's code.", example = "DN-TRANBIEN") String unitCode,
        @Schema(description = "The row label as printed.", example = "UBND phường Trấn Biên") String label,
        @Schema(description = "Cell values; index i is column i+1. Counts are integers, money in million VND, land "
                + "in m².") List<BigDecimal> values) {
}
