package vn.tiepdan.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A versioned official form (DOMAIN.md §7.3 item 6): its columns and its cross-check rules. A check is written with
 * column numbers, e.g. {@code "1=4+13+22"} or {@code "6=8+9+10=11+12+13=14+18"}: every side is a sum of columns
 * and all sides must be equal in every row.
 */
@Schema(description = "A versioned official report form: columns and cross-check rules.")
public record FormDefinition(
        @Schema(description = "Form code used in URLs.", example = "01-TCD") String code,
        @Schema(description = "Form number as printed.", example = "01/TCD") String formNo,
        @Schema(description = "Form version (the regulation revision).", example = "TT01-2024") String version,
        @Schema(description = "Form title as printed (Vietnamese).") String title,
        @Schema(description = "Where the layout comes from and what to confirm.") String source,
        @Schema(description = "The data columns, in order.") List<FormColumn> columns,
        @Schema(description = "Cross-check rules with column numbers, e.g. `1=4+13+22`.") List<String> checks) {
}
