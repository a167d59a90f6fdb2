package vn.tiepdan.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.shared.security.CurrentUser;

/**
 * Appends to a case's timeline (case_event, DOMAIN.md §5.4 ProcessHistory). Every feature that changes a case writes
 * its step here in the same transaction. Notes and data never carry a denouncer's identity.
 */
@ApplicationScoped
public class CaseTimeline {
    private final EntityManager em;
    private final CurrentUser user;
    private final Clock clock;
    private final ObjectMapper json;

    CaseTimeline(EntityManager em, CurrentUser user, Clock clock, ObjectMapper json) {
        this.em = em;
        this.user = user;
        this.clock = clock;
        this.json = json;
    }

    /** One step; returns the event id. The case row is locked so sequence numbers stay gapless per case. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(UUID caseId, String action, String fromStatus, String toStatus, UUID orgUnitId, String note,
            UUID decisionId, UUID documentId, Map<String, Object> data) {
        em.createNativeQuery("select 1 from case_file where id = :id for update").setParameter("id", caseId)
                .getResultList();
        int seq = ((Number) em.createNativeQuery("select coalesce(max(seq), 0) + 1 from case_event where case_id = :id")
                .setParameter("id", caseId).getSingleResult()).intValue();
        UUID id = UUID.randomUUID();
        String payload;
        try {
            payload = json.writeValueAsString(data == null ? Map.of() : data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        em.createNativeQuery("insert into case_event (id, case_id, seq, at, action, from_status, to_status, "
                + "actor_username, actor_name, org_unit_id, note, decision_id, document_id, data) values (:id, :case, "
                + ":seq, :at, :action, :from, :to, :user, :name, :unit, :note, :decision, :document, cast(:data as jsonb))")
                .setParameter("id", id).setParameter("case", caseId).setParameter("seq", seq)
                .setParameter("at", Instant.now(clock)).setParameter("action", action).setParameter("from", fromStatus)
                .setParameter("to", toStatus).setParameter("user", user.username())
                .setParameter("name", user.displayName()).setParameter("unit", orgUnitId).setParameter("note", note)
                .setParameter("decision", decisionId).setParameter("document", documentId)
                .setParameter("data", payload).executeUpdate();
        return id;
    }
}
