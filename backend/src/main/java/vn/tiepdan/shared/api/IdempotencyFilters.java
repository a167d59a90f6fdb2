package vn.tiepdan.shared.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Idempotency-Key on POST (shared/design/API.md, "Writes"): the first answer to a key is kept; a replay with the same
 * body returns it again (header Idempotent-Replayed: true), the same key with another body is 422, and a replay
 * while the first request still runs is 409. Server failures (5xx) free the key so the client can retry, and an
 * answer marked {@code Cache-Control: no-store} is never kept.
 */
public class IdempotencyFilters {
    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final Pattern SANE_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    private final IdempotencyStore store;
    private final SecurityIdentity identity;
    private final ProblemResponses problems;
    private final ObjectMapper json;

    IdempotencyFilters(IdempotencyStore store, SecurityIdentity identity, ProblemResponses problems, ObjectMapper json) {
        this.store = store;
        this.identity = identity;
        this.problems = problems;
        this.json = json;
    }

    private record Claim(String principal, String key) {
    }

    @ServerRequestFilter(readBody = true)
    public Optional<Response> claim(ContainerRequestContext request) throws IOException, SQLException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        Locale locale = Messages.localeFor(request.getAcceptableLanguages());
        if (!SANE_KEY.matcher(key).matches()) {
            return Optional.of(problem(request, ProblemType.VALIDATION, locale, Messages.text(locale,
                    "problem.validation.detail", 1), List.of(new Problem.FieldError(HEADER, "FORMAT",
                    Messages.text(locale, "problem.idempotency-key.format")))));
        }
        byte[] body = readAndRestore(request);
        String principal = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        Optional<IdempotencyStore.Kept> kept = store.claim(principal, key, hash(request, body));
        if (kept.isEmpty()) {
            request.setProperty(CLAIM, new Claim(principal, key));
            return Optional.empty();
        }
        IdempotencyStore.Kept previous = kept.get();
        if (!previous.requestHash().equals(hash(request, body))) {
            return Optional.of(problem(request, ProblemType.IDEMPOTENCY_KEY_REUSED, locale,
                    Messages.text(locale, "problem.idempotency-key-reused.detail"), List.of()));
        }
        if (previous.status() == null) {
            return Optional.of(problem(request, ProblemType.CONFLICT, locale,
                    Messages.text(locale, "problem.idempotency-key.in-progress"), List.of()));
        }
        Response.ResponseBuilder replay = Response.status(previous.status()).header(REPLAYED_HEADER, "true");
        if (previous.body() != null) {
            replay.entity(previous.body()).type(previous.contentType());
        }
        if (previous.location() != null) {
            replay.header(HttpHeaders.LOCATION, previous.location());
        }
        return Optional.of(replay.build());
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        try {
            String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
            if (response.getStatus() >= 500 || (cacheControl != null && cacheControl.contains("no-store"))) {
                // 5xx: the client may retry. no-store (e.g. a revealed identity): never written down; a repeat
                // runs again (and is audited again).
                store.release(claim.principal(), claim.key());
                return;
            }
            Object entity = response.getEntity();
            String body = entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
            String type = response.getMediaType() == null ? null : response.getMediaType().toString();
            String location = response.getHeaderString(HttpHeaders.LOCATION);
            store.complete(claim.principal(), claim.key(), response.getStatus(), type, location, body);
        } catch (SQLException | JsonProcessingException e) {
            // The answer still goes out; only a later replay of this key cannot be served from the store.
            LOG.warn("Could not keep the response of an Idempotency-Key request", e);
        }
    }

    private Response problem(ContainerRequestContext request, ProblemType type, Locale locale, String detail,
            List<Problem.FieldError> errors) {
        return problems.response(problems.problem(type, locale, request.getUriInfo().getRequestUri().getRawPath(),
                request.getHeaderString(ProblemResponses.REQUEST_ID_HEADER), detail, errors));
    }

    private static byte[] readAndRestore(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return new byte[0];
        }
        try (InputStream in = request.getEntityStream()) {
            byte[] body = in.readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            return body;
        }
    }

    private static String hash(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getUriInfo().getRequestUri().getRawPath() + "?"
                    + request.getUriInfo().getRequestUri().getRawQuery() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
