package vn.tiepdan.shared.api;

import java.util.ArrayList;
import java.util.List;

/** Collects every invalid field of a request, so one 400 problem names them all. */
public final class Violations {
    private final List<ProblemException.FieldIssue> issues = new ArrayList<>();

    public Violations add(String field, String code, String messageKey, Object... args) {
        issues.add(ProblemException.FieldIssue.of(field, code, messageKey, args));
        return this;
    }

    /** An error in an uploaded file: the field reads "line 3: parentCode". */
    public Violations addAt(int line, String column, String code, String messageKey, Object... args) {
        issues.add(new ProblemException.FieldIssue("line " + line + ": " + column, code, messageKey, line, column,
                args));
        return this;
    }

    /** Requires a value. */
    public boolean require(Object value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            add(field, "REQUIRED", "validation.required");
            return false;
        }
        return true;
    }

    /** Checks the length of an optional text. */
    public void maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            add(field, "TOO_LONG", "validation.too-long", max);
        }
    }

    public boolean isEmpty() {
        return issues.isEmpty();
    }

    public List<ProblemException.FieldIssue> issues() {
        return List.copyOf(issues);
    }

    public void throwIfAny() {
        if (!issues.isEmpty()) {
            throw ProblemException.invalid(issues());
        }
    }
}
