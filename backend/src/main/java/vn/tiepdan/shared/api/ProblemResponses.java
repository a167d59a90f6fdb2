package vn.tiepdan.shared.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** Builds problem+json responses; serialises them itself so the media type never depends on writer selection. */
@ApplicationScoped
public class ProblemResponses {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String REQUEST_ID_HEADER = "X-Request-Id";

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    public Problem problem(ProblemType type, Locale locale, String instance, String requestId, String detail,
            List<Problem.FieldError> errors) {
        return problem(type, locale, instance, requestId, detail, errors, null);
    }

    public Problem problem(ProblemType type, Locale locale, String instance, String requestId, String detail,
            List<Problem.FieldError> errors, Long currentVersion) {
        return problem(type, locale, instance, requestId, detail, errors, currentVersion, null);
    }

    public Problem problem(ProblemType type, Locale locale, String instance, String requestId, String detail,
            List<Problem.FieldError> errors, Long currentVersion, List<String> allowedActions) {
        String title = Messages.text(locale, type.titleKey());
        return new Problem(type.uri(), title, type.status(), detail, instance, requestId,
                errors == null || errors.isEmpty() ? null : errors, currentVersion, allowedActions);
    }

    public String toJson(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            // A Problem is plain strings and numbers; this cannot happen, but never fail while reporting a failure.
            return "{\"type\":\"" + problem.type() + "\",\"status\":" + problem.status() + "}";
        }
    }

    public Response response(Problem problem) {
        // The X-Request-Id response header is set for every response by RequestFilters.
        return Response.status(problem.status()).type(MEDIA_TYPE).entity(toJson(problem)).build();
    }
}
