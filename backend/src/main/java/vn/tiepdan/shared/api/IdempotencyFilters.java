package vn.tiepdan.shared.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;

/**
 * Idempotency-Key on POST (shared/design/API.md, "Writes"). The request runs in one transaction that holds the
 * key (an advisory lock) and, on success, writes the answer under it: the key, the business write and the kept
 * answer commit together or not at all. So:
 * <ul>
 * <li>a replay with the same body returns the first answer (header {@code Idempotent-Replayed: true}); the same key
 * with another body is 422;</li>
 * <li>a replay while the first request still runs is 409 "still in progress" with {@code Retry-After};</li>
 * <li>a request that failed on the server (5xx) or died with the API or the database leaves the key free, and its
 * retry runs once;</li>
 * <li>a rejected request (4xx) wrote nothing; its answer is kept on its own so a replay answers the same;</li>
 * <li>an answer marked {@code Cache-Control: no-store} (a revealed identity) is never written down.</li>
 * </ul>
 */
public class IdempotencyFilters {
    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Seconds a client should wait before retrying a key whose first request still runs. */
    static final String IN_PROGRESS_RETRY_AFTER = "1";
    private static final String CLAIM = IdempotencyFilters.class.getName() + ".claim";
    private static final Pattern SANE_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);

    private final IdempotencyStore store;
    private final SecurityIdentity identity;
    private final ProblemResponses problems;
    private final ObjectMapper json;
    private final TransactionManager transactions;
    private final CurrentVertxRequest vertxRequest;
    private final ProblemMappers mappers;

    IdempotencyFilters(IdempotencyStore store, SecurityIdentity identity, ProblemResponses problems, ObjectMapper json,
            TransactionManager transactions, CurrentVertxRequest vertxRequest, ProblemMappers mappers) {
        this.mappers = mappers;
        this.store = store;
        this.identity = identity;
        this.problems = problems;
        this.json = json;
        this.transactions = transactions;
        this.vertxRequest = vertxRequest;
    }

    private record Claim(String principal, String key, String hash, Transaction transaction) {
    }

    // WithFormRead: a multipart form (a document upload) is parsed before this filter, so its parts can be hashed.
    @WithFormRead
    @ServerRequestFilter(readBody = true)
    public Optional<Response> claim(ContainerRequestContext request) throws Exception {
        rollBackLeftover();
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
        String hash = RequestHash.of(request);
        String principal = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        transactions.begin();
        Transaction transaction = transactions.getTransaction();
        boolean proceed = false;
        try {
            if (!store.lock(principal, key)) {
                return Optional.of(Response.fromResponse(problem(request, ProblemType.CONFLICT, locale,
                        Messages.text(locale, "problem.idempotency-key.in-progress"), List.of()))
                        .header(HttpHeaders.RETRY_AFTER, IN_PROGRESS_RETRY_AFTER).build());
            }
            Optional<IdempotencyStore.Kept> kept = store.find(principal, key);
            if (kept.isPresent()) {
                return Optional.of(replay(request, locale, kept.get(), hash));
            }
            request.setProperty(CLAIM, new Claim(principal, key, hash, transaction));
            proceed = true;
            // If the answer never reaches the response filter (the client went away), the transaction still ends.
            if (vertxRequest.getCurrent() != null) {
                vertxRequest.getCurrent().addEndHandler(done -> rollBackIfOpen(transaction));
            }
            return Optional.empty();
        } finally {
            if (!proceed) {
                transactions.rollback();
            }
        }
    }

    private Response replay(ContainerRequestContext request, Locale locale, IdempotencyStore.Kept previous,
            String hash) {
        if (!previous.requestHash().equals(hash)) {
            return problem(request, ProblemType.IDEMPOTENCY_KEY_REUSED, locale,
                    Messages.text(locale, "problem.idempotency-key-reused.detail"), List.of());
        }
        Response.ResponseBuilder replay = Response.status(previous.status()).header(REPLAYED_HEADER, "true");
        if (previous.body() != null) {
            replay.entity(previous.body()).type(previous.contentType());
        }
        if (previous.location() != null) {
            replay.header(HttpHeaders.LOCATION, previous.location());
        }
        return replay.build();
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        request.removeProperty(CLAIM);
        try {
            resume(claim.transaction());
            int status = response.getStatus();
            String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
            boolean noStore = cacheControl != null && cacheControl.contains("no-store");
            if (status < 400 && transactions.getStatus() == Status.STATUS_ACTIVE) {
                if (!noStore) {
                    store.keep(claim.principal(), claim.key(), claim.hash(), status, mediaType(response),
                            response.getHeaderString(HttpHeaders.LOCATION), body(response));
                }
                transactions.commit();
                return;
            }
            transactions.rollback();
            if (status < 500 && !noStore) {
                // A rejected request wrote nothing: its answer is kept on its own, so a replay answers the same.
                store.keep(claim.principal(), claim.key(), claim.hash(), status, mediaType(response),
                        response.getHeaderString(HttpHeaders.LOCATION), body(response));
            }
        } catch (Exception e) {
            rollBackIfOpen(claim.transaction());
            failed(request, response, e);
        }
    }

    /**
     * The write could not be committed: the answer becomes the problem the one mapping table gives for the failure
     * (a concurrent change 409 with currentVersion, an outage 503 with Retry-After, else 500); nothing was kept.
     */
    private void failed(ContainerRequestContext request, ContainerResponseContext response, Exception e) {
        Response answer = mappers.unexpected(e, request);
        response.setStatus(answer.getStatus());
        response.getHeaders().remove(HttpHeaders.LOCATION);
        String retryAfter = answer.getHeaderString(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            response.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, retryAfter);
        }
        response.setEntity(answer.getEntity(), null, MediaType.valueOf(ProblemResponses.MEDIA_TYPE));
    }

    private String body(ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        return entity == null ? null : entity instanceof String text ? text : json.writeValueAsString(entity);
    }

    private static String mediaType(ContainerResponseContext response) {
        return response.getMediaType() == null ? null : response.getMediaType().toString();
    }

    private void resume(Transaction transaction) throws Exception {
        Transaction current = transactions.getTransaction();
        if (current == null) {
            transactions.resume(transaction);
        } else if (!current.equals(transaction)) {
            throw new IllegalStateException("another transaction is open on this thread");
        }
    }

    /** A transaction left open on this worker thread by a request that never reached its end: never reused. */
    private void rollBackLeftover() {
        try {
            int status = transactions.getStatus();
            if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
                LOG.warn("A transaction was left open on this thread by an earlier request: rolled back");
                transactions.rollback();
            } else if (status != Status.STATUS_NO_TRANSACTION) {
                transactions.suspend();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.warn("Could not roll back a transaction left open on this thread", e);
        }
    }

    private static void rollBackIfOpen(Transaction transaction) {
        try {
            int status = transaction.getStatus();
            if (status == Status.STATUS_ACTIVE || status == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.debug("The transaction of an Idempotency-Key request had already ended", e);
        }
    }

    private Response problem(ContainerRequestContext request, ProblemType type, Locale locale, String detail,
            List<Problem.FieldError> errors) {
        return problems.response(problems.problem(type, locale, request.getUriInfo().getRequestUri().getRawPath(),
                request.getHeaderString(ProblemResponses.REQUEST_ID_HEADER), detail, errors));
    }

}
