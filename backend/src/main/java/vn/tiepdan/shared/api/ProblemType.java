package vn.tiepdan.shared.api;

/** The one table from a kind of problem to its HTTP status and type URI (shared/design/API.md). */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHENTICATED(401, "unauthenticated"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    RATE_LIMITED(429, "rate-limited"),
    INTERNAL(500, "internal"),
    /** An outage of a dependency (database, OIDC provider, disk): retryable, with Retry-After (Outages). */
    SERVICE_UNAVAILABLE(503, "service-unavailable"),
    UNAVAILABLE(503, "unavailable");

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String uri() {
        return "/problems/" + slug;
    }

    /** Key of the title in the messages bundle. */
    String titleKey() {
        return "problem." + slug + ".title";
    }

    static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED_REQUEST;
    }
}
