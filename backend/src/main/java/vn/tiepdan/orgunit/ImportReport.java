package vn.tiepdan.orgunit;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrgUnitImportReport", description = "Result of checking (dry run) or applying a CSV import.")
public record ImportReport(
        @Schema(description = "True when no row has an error.", example = "true") boolean valid,
        @Schema(description = "True when the rows were written (dryRun=false and valid).", example = "false")
        boolean applied,
        @Schema(description = "Number of data rows (without the header).", example = "12") int rows,
        @Schema(description = "Every error of every row.") List<RowError> errors,
        @Schema(description = "Rows that create a unit.", example = "10") int toCreate,
        @Schema(description = "Rows that update the unit currently carrying their code.", example = "2")
        int toUpdate) {

    @Schema(name = "OrgUnitImportError", description = "An error in one cell of the CSV.")
    public record RowError(
            @Schema(description = "Line of the file (the header is line 1).", example = "3") int line,
            @Schema(description = "Column name of the header.", example = "parentCode") String column,
            @Schema(description = "Machine-readable error code.", example = "UNKNOWN_PARENT") String code,
            @Schema(description = "Explanation in the caller's language.") String reason) {
    }
}
