package vn.tiepdan.shared.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An I/O failure while the framework itself reads the request body (a multipart form cut short or without its end
 * boundary): the client's body is unreadable, a 400, not a server failure. Any other I/O failure stays a 500.
 */
public class BodyReadMappers {
    private static final Logger LOG = Logger.getLogger(BodyReadMappers.class);
    private final ProblemResponses responses;

    BodyReadMappers(ProblemResponses responses) {
        this.responses = responses;
    }

    @ServerExceptionMapper
    public Response io(IOException e, ContainerRequestContext request) {
        Locale locale = Messages.localeFor(request.getAcceptableLanguages());
        String requestId = request.getHeaderString(ProblemResponses.REQUEST_ID_HEADER);
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        if (!whileReadingTheBody(e)) {
            LOG.error("Unexpected failure", e);
            return responses.response(responses.problem(ProblemType.INTERNAL, locale, instance, requestId,
                    Messages.text(locale, "problem.internal.detail"), List.of()));
        }
        return responses.response(responses.problem(ProblemType.MALFORMED_REQUEST, locale, instance, requestId,
                Messages.text(locale, "problem.malformed-body.detail"), List.of()));
    }

    static boolean whileReadingTheBody(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String type = frame.getClassName();
            if (type.startsWith("org.jboss.resteasy.reactive.server.core.multipart.")
                    || type.equals("org.jboss.resteasy.reactive.server.handlers.FormBodyHandler")) {
                return true;
            }
            if (type.startsWith("vn.tiepdan.")) {
                return false;
            }
        }
        return false;
    }
}
