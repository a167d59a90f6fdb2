package vn.tiepdan.shared.api;

import java.util.List;

/**
 * A domain failure that maps to a problem response. Services throw it; the mapping table turns it into
 * application/problem+json. {@code detailKey} is a key of the messages bundle, so the detail follows the caller's
 * language.
 */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final List<Problem.FieldError> errors;

    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, List.of(), detailKey, detailArgs);
    }

    public ProblemException(ProblemType type, List<Problem.FieldError> errors, String detailKey, Object... detailArgs) {
        super(type.name() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.errors = List.copyOf(errors);
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
