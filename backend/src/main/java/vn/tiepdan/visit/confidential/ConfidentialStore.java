package vn.tiepdan.visit.confidential;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tiepdan.visit.LookupKeys;

/**
 * The only reader and writer of {@code confidential_visit_party}, the table reserved for denouncer identity
 * (DOMAIN.md §8.1; Luật TC Art. 9(1)(b), Art. 56). Callers hold a pseudonymous denouncer ref; identity leaves this
 * class only through {@link #reveal}, which the visit feature calls for the confidential custodian after auditing.
 */
@ApplicationScoped
public class ConfidentialStore {
    private final EntityManager em;

    ConfidentialStore(EntityManager em) {
        this.em = em;
    }

    /** One person as stored; enums travel as their names so this package does not depend on the visit feature. */
    public record Person(UUID id, String role, String fullName, String idDocType, String idNumber,
            LocalDate idIssueDate, String idIssuePlace, String gender, Integer birthYear, String addressAsWritten,
            String addressUnitCode, String phone, String position, String idKey, String nameKey) {
    }

    /** Replaces the people kept under the ref (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID denouncerRef, List<Person> people) {
        em.createQuery("delete from ConfidentialVisitParty p where p.denouncerRef = :ref")
                .setParameter("ref", denouncerRef).executeUpdate();
        int ordinal = 1;
        for (Person p : people) {
            em.persist(new ConfidentialVisitParty(denouncerRef, ordinal++, p));
        }
        em.flush();
    }

    /** The people kept under the ref, in their order: for the custodian's audited reveal only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Person> reveal(UUID denouncerRef) {
        return em.createQuery("from ConfidentialVisitParty p where p.denouncerRef = :ref order by p.ordinal",
                ConfidentialVisitParty.class).setParameter("ref", denouncerRef).getResultList().stream()
                .map(ConfidentialVisitParty::person).toList();
    }

    /** How many people are kept under the ref (no identity). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long count(UUID denouncerRef) {
        return em.createQuery("select count(p) from ConfidentialVisitParty p where p.denouncerRef = :ref", Long.class)
                .setParameter("ref", denouncerRef).getSingleResult();
    }

    /** Refs under which a person with this ID key, or else this name key (prefix when no address), is kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> refsMatching(LookupKeys.Condition condition) {
        return Set.copyOf(em.createQuery("select distinct p.denouncerRef from ConfidentialVisitParty p where "
                + condition.where(), UUID.class).setParameter("k", condition.value()).getResultList());
    }

    /** The number of people kept under each of the refs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public java.util.Map<UUID, Long> counts(Collection<UUID> refs) {
        if (refs.isEmpty()) {
            return java.util.Map.of();
        }
        return em.createQuery("select p.denouncerRef from ConfidentialVisitParty p where p.denouncerRef in :refs",
                UUID.class).setParameter("refs", refs).getResultList().stream()
                .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    }
}
