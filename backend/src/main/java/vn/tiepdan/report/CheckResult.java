package vn.tiepdan.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The outcome of one cross-check rule over every row. */
@Schema(description = "One cross-check rule of the form and the rows where it fails.")
public record CheckResult(
        @Schema(description = "The rule with column numbers.", example = "1=4+13+22") String rule,
        @Schema(description = "True when every row satisfies it.") boolean ok,
        @Schema(description = "The failing rows, each naming its cells.") List<Failure> failures) {

    @Schema(description = "A row where a cross-check fails.")
    public record Failure(
            @Schema(description = "The row's unit code.", example = "DN-TRANBIEN") String unitCode,
            @Schema(description = "The row label.") String label,
            @Schema(description = "The cells of the rule, as `col=value`.", example = "[\"1=12\", \"4+13+22=11\"]")
            List<String> cells,
            @Schema(description = "A readable message (Vietnamese).") String message) {
    }
}
