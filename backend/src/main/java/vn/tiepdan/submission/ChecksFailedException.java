package vn.tiepdan.submission;

import java.util.List;

/**
 * A submission refused because cross-checks fail (DOMAIN.md §7.3 item 2): answered 422 with one field error per
 * failing row, field {@code forms[<code>].checks}, naming the rule and the cells.
 */
public class ChecksFailedException extends RuntimeException {
    /** One failing row of one rule of one form. */
    public record Failure(String formCode, String rule, String unitCode, List<String> cells) {
    }

    private final transient List<Failure> failures;

    public ChecksFailedException(List<Failure> failures) {
        super("report cross-checks fail", null, false, false);
        this.failures = List.copyOf(failures);
    }

    public List<Failure> failures() {
        return failures;
    }
}
