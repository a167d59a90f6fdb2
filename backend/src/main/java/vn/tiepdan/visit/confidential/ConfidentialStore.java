package vn.tiepdan.visit.confidential;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.tiepdan.confidential.IdentityVault;

/**
 * The visit feature's door to the identity vault (DOMAIN.md §8.1; Luật TC Art. 9(1)(b), Art. 56): a denunciation
 * visit's people are sealed in {@link IdentityVault} under the visit's pseudonymous denouncer ref. Identity leaves
 * only through {@link #reveal}, which the visit feature calls for the confidential custodian after auditing.
 * <p>
 * {@code confidential_visit_party} (V5) is now only an intake for rows written by SQL (the demo data): at start,
 * after the demo data, {@link #sealLegacyRows} seals every such row into the vault and deletes it.
 */
@ApplicationScoped
public class ConfidentialStore {
    private static final Logger LOG = Logger.getLogger(ConfidentialStore.class);
    private final EntityManager em;
    private final IdentityVault vault;

    ConfidentialStore(EntityManager em, IdentityVault vault) {
        this.em = em;
        this.vault = vault;
    }

    /** One person as stored; enums travel as their names so this package does not depend on the visit feature. */
    public record Person(UUID id, String role, String fullName, String idDocType, String idNumber,
            LocalDate idIssueDate, String idIssuePlace, String gender, Integer birthYear, String addressAsWritten,
            String addressUnitCode, String phone, String position, String idKey, String nameKey) {
    }

    /** Replaces the people kept under the ref (in the caller's transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(UUID denouncerRef, List<Person> people) {
        vault.store(denouncerRef, people.stream().map(p -> new IdentityVault.Person(p.role(), p.fullName(),
                p.idDocType(), p.idNumber(), p.idIssueDate(), p.idIssuePlace(), p.gender(), p.birthYear(),
                p.addressAsWritten(), p.addressUnitCode(), p.phone(), null, p.position(), null)).toList());
    }

    /** The people kept under the ref, in their order: for the custodian's audited reveal only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Person> reveal(UUID denouncerRef) {
        List<IdentityVault.Person> kept = vault.reveal(denouncerRef);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            IdentityVault.Person p = kept.get(i);
            UUID id = UUID.nameUUIDFromBytes((denouncerRef + ":" + (i + 1)).getBytes(StandardCharsets.UTF_8));
            people.add(new Person(id, p.role(), p.fullName(), p.idDocType(), p.idNumber(), p.idIssueDate(),
                    p.idIssuePlace(), p.gender(), p.birthYear(), p.address(), p.addressUnitCode(), p.phone(),
                    p.position(), null, null));
        }
        return people;
    }

    /** How many people are kept under the ref (no identity). */
    @Transactional(Transactional.TxType.MANDATORY)
    public long count(UUID denouncerRef) {
        return vault.count(denouncerRef);
    }

    /** Refs under which a person with this ID number, or else this name (and address, when given), is kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> refsMatching(String idNumber, String fullName, String address) {
        return vault.refsMatching(idNumber, fullName, address);
    }

    /** The text without any mention of the people kept under the ref (Luật Tố cáo 2018, Điều 56(2)). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String redact(UUID denouncerRef, String text) {
        return vault.redact(denouncerRef, text);
    }

    /** The number of people kept under each of the refs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, Long> counts(Collection<UUID> refs) {
        return vault.counts(refs);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    /** Seals the rows SQL scripts put into the legacy intake table, then deletes them (runs after the demo data). */
    @Transactional
    void sealLegacyRows(@Observes @Priority(3000) StartupEvent event) {
        sealLegacyRows();
    }

    /** Seals and deletes every row of the legacy intake table; returns how many people were sealed. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int sealLegacyRows() {
        List<Object[]> rows = em.createNativeQuery("select denouncer_ref, role, full_name, id_doc_type, id_number, "
                + "id_issue_date, id_issue_place, gender, birth_year, address_as_written, address_unit_code, phone, "
                + "position from confidential_visit_party order by denouncer_ref, ordinal for update").getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<UUID, List<IdentityVault.Person>> byRef = new LinkedHashMap<>();
        for (Object[] r : rows) {
            byRef.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new IdentityVault.Person((String) r[1],
                    (String) r[2], (String) r[3], (String) r[4], date(r[5]), (String) r[6], (String) r[7], r[8] == null ? null : ((Number) r[8])
                            .intValue(), (String) r[9], (String) r[10], (String) r[11], null, (String) r[12], null));
        }
        // The intake rows of a ref are all its people (SQL scripts write whole visits), so they replace the ref.
        byRef.forEach(vault::store);
        em.createNativeQuery("delete from confidential_visit_party").executeUpdate();
        LOG.infof("identity vault: sealed %d legacy row(s) under %d reference(s)", rows.size(), byRef.size());
        return rows.size();
    }
}
