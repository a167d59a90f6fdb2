package vn.tiepdan.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tiepdan.confidential.IdentityVault;

/**
 * Cases, deadlines and vault entries written straight to the database for the handling tests (assignment,
 * transfer, documents, reveal, scan), independent of the case-opening flow.
 */
@ApplicationScoped
public class HandlingFixtures {
    public static final String TRANBIEN_CODE = "DN-TRANBIEN";
    public static final String PHULY_CODE = "DN-PHULY";
    private static final AtomicInteger SEQ = new AtomicInteger(700_000 + (int) (System.nanoTime() % 100_000));

    private final EntityManager em;
    private final IdentityVault vault;

    HandlingFixtures(EntityManager em, IdentityVault vault) {
        this.em = em;
        this.vault = vault;
    }

    /** A case of the unit in the given type and state; confidential (with a vault ref) for TO_CAO. */
    @Transactional
    public UUID caseFile(UUID unitId, String type, String status, String summary, String handler) {
        UUID id = UUID.randomUUID();
        int seq = SEQ.incrementAndGet();
        boolean confidential = "TO_CAO".equals(type);
        em.createNativeQuery("insert into case_file (id, origin_unit_id, case_year, case_seq, case_no, case_type, "
                + "org_unit_id, status, received_on, title, summary, respondent, confidential, denouncer_ref, "
                + "handler_username, handler_name) values (?1, ?2, 2026, ?3, ?4, ?5, ?2, ?6, date '2026-11-20', "
                + "'Hồ sơ thử', ?7, 'Ông Trưởng phòng X', ?8, ?9, ?10, ?11)")
                .setParameter(1, id).setParameter(2, unitId).setParameter(3, seq)
                .setParameter(4, seq + "/2026/" + ("TO_CAO".equals(type) ? "TC" : "KHIEU_NAI".equals(type) ? "KN"
                        : "PA")).setParameter(5, type).setParameter(6, status).setParameter(7, summary)
                .setParameter(8, confidential).setParameter(9, confidential ? UUID.randomUUID() : null)
                .setParameter(10, handler).setParameter(11, handler == null ? null : "Cán bộ " + handler)
                .executeUpdate();
        return id;
    }

    /** The case's denouncer ref (TO_CAO cases). */
    @Transactional
    public UUID denouncerRef(UUID caseId) {
        return (UUID) em.createNativeQuery("select denouncer_ref from case_file where id = ?1").setParameter(1, caseId)
                .getSingleResult();
    }

    /** Keeps one denouncer in the vault under the case's ref. */
    @Transactional
    public void denouncer(UUID caseId, String fullName, String idNumber, String address) {
        vault.store(denouncerRef(caseId), List.of(new IdentityVault.Person("VISITOR", fullName, "CCCD", idNumber, null,
                null, null, null, address, null, "0909111222", null, null, null)));
    }

    /** An ACTIVE deadline of the case (KN.RESOLVE_L1 rule) responsible at the unit, due on the day. */
    @Transactional
    public UUID deadline(UUID caseId, UUID unitId, String kind, LocalDate dueOn) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into legal_deadline (id, case_id, org_unit_id, kind, rule_code, rule_valid_from, "
                + "start_on, due_on, status) values (?1, ?2, ?3, ?4, 'KN.RESOLVE_L1', date '2012-07-01', "
                + "date '2026-11-20', ?5, 'ACTIVE')").setParameter(1, id).setParameter(2, caseId)
                .setParameter(3, unitId).setParameter(4, kind).setParameter(5, dueOn).executeUpdate();
        return id;
    }

    /** A single value from SQL with positional parameters. */
    @Transactional
    public Object value(String sql, Object... parameters) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        List<?> rows = q.getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Rows from SQL with positional parameters. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Object> rows(String sql, Object... parameters) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        return q.getResultList();
    }
}
