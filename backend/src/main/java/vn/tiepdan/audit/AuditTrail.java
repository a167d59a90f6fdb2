package vn.tiepdan.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.security.CurrentUser;

/**
 * The public face of the audit trail: features call {@link #record} in the transaction of every change, and
 * {@link #recordView} when someone reads protected personal data. Appends are serialised with a transaction-scoped
 * advisory lock, so concurrent transactions extend one chain and never fork it.
 */
@ApplicationScoped
public class AuditTrail {
    /** Key of the advisory lock that serialises appends to the chain. */
    private static final long CHAIN_LOCK = 0x7469_6570_6461_6e41L;
    private static final int MAX_REASON = 1000;

    private final EntityManager em;
    private final CurrentUser user;
    private final CurrentVertxRequest request;
    private final Clock clock;
    private final ObjectMapper json;

    AuditTrail(EntityManager em, CurrentUser user, CurrentVertxRequest request, Clock clock, ObjectMapper json) {
        this.em = em;
        this.user = user;
        this.request = request;
        this.clock = clock;
        this.json = json.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /**
     * Appends an event for a change, in the caller's transaction (there must be one: the event commits or rolls
     * back with the change). {@code details} must not carry personal data beyond what the change itself is about.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String entityType, Object entityId, String reason,
            Map<String, ?> details) {
        append(action.name(), entityType, entityId, reason, details);
    }

    /** Appends an event for a view of protected personal data; joins the caller's transaction or opens one. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void recordView(String entityType, Object entityId, String purpose) {
        append(AuditAction.VIEW.name(), entityType, entityId, purpose, Map.of());
    }

    /**
     * Appends a refused attempt to reach protected data (e.g. a denouncer's identity), in its own transaction so it
     * stays when the refused request rolls back (DOMAIN.md §8.1, §8.4: access logging).
     */
    /**
     * Runs the access check of an identity reveal; a refusal (a {@link ProblemException}: 403, 404) is appended as
     * ACCESS_DENIED in its own transaction and rethrown. Luật Tố cáo 2018, Điều 9(1)(b), 56: the identity is kept
     * secret, and who tried and was refused is logged.
     */
    public <T> T revealChecked(String entityType, Object entityId, String purpose, Supplier<T> check) {
        try {
            return check.get();
        } catch (ProblemException e) {
            recordDenied(entityType, entityId, purpose, Map.of("attempt", "identity-reveal", "status",
                    e.type().status()));
            throw e;
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordDenied(String entityType, Object entityId, String reason, Map<String, ?> details) {
        append(AuditAction.ACCESS_DENIED.name(), entityType, entityId, reason, details);
    }

    private void append(String action, String entityType, Object entityId, String reason, Map<String, ?> details) {
        em.createNativeQuery("select pg_advisory_xact_lock(" + CHAIN_LOCK + ")").getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> last = em.createNativeQuery("select seq, hash from audit_event order by seq desc limit 1")
                .getResultList();
        long seq = last.isEmpty() ? 1 : ((Number) last.get(0)[0]).longValue() + 1;
        String prevHash = last.isEmpty() ? HashChain.GENESIS : (String) last.get(0)[1];
        AuditEvent event = new AuditEvent(seq, UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                actor(), unit(), action, entityType, entityId == null ? null : entityId.toString(), truncate(reason),
                requestId(), details == null || details.isEmpty() ? null : toJson(details), prevHash);
        em.persist(event);
        // Written now, so a later append in this transaction sees it as the end of the chain.
        em.flush();
    }

    private boolean inRequest() {
        return Arc.container().requestContext().isActive();
    }

    private String actor() {
        if (!inRequest()) {
            return "system";
        }
        String name = user.username();
        return name == null || name.isBlank() ? "anonymous" : name;
    }

    private String unit() {
        return inRequest() ? user.orgUnitCode().orElse(null) : null;
    }

    private String requestId() {
        if (!inRequest() || request.getCurrent() == null) {
            return null;
        }
        return request.getCurrent().request().getHeader("X-Request-Id");
    }

    private String toJson(Map<String, ?> details) {
        try {
            return json.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be plain values", e);
        }
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }
}
