package vn.tiepdan.document;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.tiepdan.cases.VerificationAssigned;

/** Fires VerificationAssigned as the cases feature does (in a transaction) and returns the copy produced. */
@ApplicationScoped
@Unremovable
public class VerificationEvents {
    @jakarta.inject.Inject
    Event<VerificationAssigned> event;
    @jakarta.inject.Inject
    EntityManager em;

    @ActivateRequestContext
    @Transactional
    public UUID verificationAssigned(UUID caseId) {
        event.fire(new VerificationAssigned(caseId, null));
        return (UUID) em.createNativeQuery("select id from case_document where case_id = :id and doc_type = "
                + "'REDACTED_COPY' order by uploaded_at desc limit 1").setParameter("id", caseId).getSingleResult();
    }
}
