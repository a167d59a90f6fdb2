package vn.tiepdan.shared.api;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * HTTP concerns that precede every route, including Quarkus' own: the request id (taken from X-Request-Id when it
 * is sane, generated otherwise, echoed on the response and put on every log line) and the body-size limit, answered
 * as a 413 problem before the body is read.
 */
@ApplicationScoped
public class RequestFilters {
    static final String MDC_KEY = "requestId";
    private static final Logger ACCESS = Logger.getLogger("vn.tiepdan.access");
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final ProblemResponses problems;
    /** The one path that takes larger bodies: the upload of a case document (multipart, up to 10 MB). */
    static final Pattern UPLOAD_PATH = Pattern.compile("/api/v1/cases/[^/]+/documents/?");

    private final long maxBodyBytes;
    private final long maxUploadBytes;

    RequestFilters(ProblemResponses problems, @ConfigProperty(name = "tiepdan.http.max-body-bytes") long maxBodyBytes,
            @ConfigProperty(name = "tiepdan.http.max-upload-bytes", defaultValue = "10551296") long maxUploadBytes) {
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    void register(@Observes Router router) {
        router.route().order(-1000).handler(this::handle).failureHandler(this::failure);
    }

    /** A body refused by Quarkus or Vert.x themselves (over quarkus.http.limits.max-body-size) is a problem too. */
    private void failure(RoutingContext rc) {
        if (rc.statusCode() != 413 || rc.response().ended() || rc.response().headWritten()) {
            rc.next();
            return;
        }
        tooLargeResponse(rc, maxUploadBytes, false);
    }

    private void handle(RoutingContext rc) {
        String requestId = rc.request().getHeader(ProblemResponses.REQUEST_ID_HEADER);
        if (requestId == null || !SANE_ID.matcher(requestId).matches()) {
            requestId = UUID.randomUUID().toString();
            // Later stages (resources, exception mappers) read the id from the request header.
            rc.request().headers().set(ProblemResponses.REQUEST_ID_HEADER, requestId);
        }
        rc.response().putHeader(ProblemResponses.REQUEST_ID_HEADER, requestId);
        String path0 = rc.request().path();
        rc.addHeadersEndHandler(v -> securityHeaders(rc, path0));
        MDC.put(MDC_KEY, requestId);
        long started = System.nanoTime();
        String method = rc.request().method().name();
        String path = rc.request().path();  // never the query string: it can carry names being searched
        rc.addEndHandler(done -> ACCESS.infof("%s %s %d %d ms", method, path, rc.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000));

        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        boolean upload = rc.request().method() == io.vertx.core.http.HttpMethod.POST
                && UPLOAD_PATH.matcher(path).matches();
        long limit = upload ? maxUploadBytes : maxBodyBytes;
        if (length != null && tooLarge(length, limit)) {
            tooLargeResponse(rc, limit, upload);
            return;
        }
        rc.next();
    }

    /**
     * On every response: no MIME sniffing. On the authenticated API (every route there may carry a citizen's
     * personal data, ND 13/2023 / Luật 91/2025 on personal-data protection, DOMAIN.md §8.2): never stored by a
     * browser or proxy cache.
     */
    static void securityHeaders(RoutingContext rc, String path) {
        rc.response().headers().set("X-Content-Type-Options", "nosniff");
        if (path != null && path.startsWith("/api/")) {
            rc.response().headers().set(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private void tooLargeResponse(RoutingContext rc, long limit, boolean upload) {
        String requestId = rc.request().getHeader(ProblemResponses.REQUEST_ID_HEADER);
        Locale locale = Messages.localeFor(languages(rc.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
        List<Problem.FieldError> errors = upload ? List.of(new Problem.FieldError("file", "TOO_LARGE",
                Messages.text(locale, "document.file.too-large"))) : List.of();
        Problem problem = problems.problem(ProblemType.PAYLOAD_TOO_LARGE, locale, rc.request().path(), requestId,
                Messages.text(locale, "problem.payload-too-large.detail", limit), errors);
        rc.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(problems.toJson(problem));
    }

    private static boolean tooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static List<Locale> languages(String acceptLanguage) {
        List<Locale> locales = new ArrayList<>();
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return locales;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                locales.add(Locale.forLanguageTag(range.getRange()));
            }
        } catch (IllegalArgumentException e) {
            // An unreadable Accept-Language falls back to Vietnamese.
        }
        return locales;
    }
}
