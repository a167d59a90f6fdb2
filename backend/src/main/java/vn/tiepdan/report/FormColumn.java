package vn.tiepdan.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One data column of an official form, numbered as on the form's "MS" row. */
@Schema(description = "One data column of the form, numbered as on the official form.")
public record FormColumn(
        @Schema(description = "Column number on the form (1-based).", example = "4") int no,
        @Schema(description = "The header labels from the top group down to this column (Vietnamese, as printed).",
                example = "[\"Tiếp thường xuyên\", \"Số lượt tiếp\"]") List<String> path,
        @Schema(description = "What the cell counts.") ValueUnit unit,
        @Schema(description = "The form's own formula for this column, if any, as printed (e.g. `4+13+22`).",
                nullable = true, example = "4+13+22") String formula) {
}
