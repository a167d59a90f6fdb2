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
    private final List<FieldIssue> issues;
    private final Long currentVersion;
    private List<String> allowedActions;

    /**
     * A field error whose message is a key of the messages bundle, resolved in the caller's language when the
     * problem is answered. {@code line} and {@code column} locate it in an uploaded file.
     */
    public record FieldIssue(String field, String code, String messageKey, Integer line, String column,
            Object... args) {
        public static FieldIssue of(String field, String code, String messageKey, Object... args) {
            return new FieldIssue(field, code, messageKey, null, null, args);
        }
    }

    public ProblemException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, List.of(), detailKey, detailArgs);
    }

    public ProblemException(ProblemType type, List<Problem.FieldError> errors, String detailKey, Object... detailArgs) {
        this(type, errors, List.of(), null, detailKey, detailArgs);
    }

    private ProblemException(ProblemType type, List<Problem.FieldError> errors, List<FieldIssue> issues,
            Long currentVersion, String detailKey, Object... detailArgs) {
        super(type.name() + ": " + detailKey, null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.errors = List.copyOf(errors);
        this.issues = List.copyOf(issues);
        this.currentVersion = currentVersion;
    }

    /** A 400 validation problem naming each invalid field; the detail counts them. */
    public static ProblemException invalid(List<FieldIssue> issues) {
        return new ProblemException(ProblemType.VALIDATION, List.of(), issues, null, "problem.validation.detail",
                issues.size());
    }

    /** A 400 validation problem for one field. */
    public static ProblemException invalid(String field, String code, String messageKey, Object... args) {
        return invalid(List.of(FieldIssue.of(field, code, messageKey, args)));
    }

    /** A 409 problem naming the field that conflicts with the stored data. */
    public static ProblemException conflict(String field, String code, String messageKey, Object... args) {
        return new ProblemException(ProblemType.CONFLICT, List.of(), List.of(FieldIssue.of(field, code, messageKey,
                args)), null, messageKey, args);
    }

    /** 404 for a missing record and for one outside the caller's scope alike: existence is not revealed. */
    public static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "problem.not-found.detail");
    }

    /** 409 for an update that carried a stale version; the problem carries the current one. */
    public static ProblemException staleVersion(long currentVersion) {
        return new ProblemException(ProblemType.CONFLICT, List.of(), List.of(FieldIssue.of("version", "STALE_VERSION", "problem.stale-version.field", currentVersion)),
                currentVersion, "problem.stale-version.detail", currentVersion);
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

    public List<FieldIssue> issues() {
        return issues;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    /** The actions allowed in the current state, for a refused action (null otherwise). */
    public List<String> allowedActions() {
        return allowedActions;
    }

    /** A 409 for an action the record's state does not allow; the problem lists the allowed ones. */
    public static ProblemException actionNotAllowed(String field, List<String> allowed, String messageKey,
            Object... args) {
        ProblemException e = conflict(field, "ACTION_NOT_ALLOWED", messageKey, args);
        e.allowedActions = List.copyOf(allowed);
        return e;
    }
}
