package vn.tiepdan.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;

/** Reading and verifying the audit trail. */
@ApplicationScoped
class AuditService {
    private static final int BATCH = 500;

    private final AuditEventRepository events;
    private final EntityManager em;
    private final Clock clock;
    private final ObjectMapper json;

    AuditService(AuditEventRepository events, EntityManager em, Clock clock, ObjectMapper json) {
        this.events = events;
        this.em = em;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    PageResponse<AuditEventView> list(AuditQuery query, PageParams page) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw ProblemException.invalid("to", "BEFORE_FROM", "audit.to.before-from");
        }
        List<AuditEventView> items = events.page(query, clock.getZone(), page).stream().map(this::view).toList();
        return PageResponse.of(items, page, events.count(query, clock.getZone()));
    }

    /** Recomputes every hash from the first event on; stops at the first broken link. */
    @Transactional
    ChainVerification verify() {
        long checked = 0;
        long expectedSeq = 1;
        String prevHash = HashChain.GENESIS;
        List<AuditEvent> batch = events.after(0, BATCH);
        while (!batch.isEmpty()) {
            for (AuditEvent event : batch) {
                checked++;
                if (event.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq, "SEQUENCE_GAP");
                }
                if (!event.prevHash().equals(prevHash)) {
                    return ChainVerification.broken(checked, event.seq(), "LINK_MISMATCH");
                }
                if (!HashChain.hash(event).equals(event.hash())) {
                    return ChainVerification.broken(checked, event.seq(), "HASH_MISMATCH");
                }
                prevHash = event.hash();
                expectedSeq++;
            }
            long last = batch.get(batch.size() - 1).seq();
            em.clear();
            batch = events.after(last, BATCH);
        }
        return ChainVerification.intact(checked);
    }

    private AuditEventView view(AuditEvent e) {
        return new AuditEventView(e.seq(), e.id(), e.occurredAt().atZone(clock.getZone()).toOffsetDateTime(),
                e.actor(), e.actorUnit(), e.action(), e.entityType(), e.entityId(), e.reason(), e.requestId(),
                details(e.details()), e.prevHash(), e.hash());
    }

    private Map<String, Object> details(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            return json.readValue(text, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            return Map.of("raw", text);
        }
    }
}
