package vn.tiepdan.petition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tiepdan.deadline.DeadlineEngine;
import vn.tiepdan.deadline.DeadlineRule;
import vn.tiepdan.deadline.Due;

/**
 * The petition's legal periods: XLD.PROCESS (kind PROCESS) in {@code legal_deadline}, recomputed by the deadline
 * engine from the rule version in force on the day received; XLD.ARCHIVE_RETENTION for a filed petition.
 */
@ApplicationScoped
class PetitionDeadlines {
    static final String PROCESS = "XLD.PROCESS";
    static final String RETENTION = "XLD.ARCHIVE_RETENTION";
    static final String KIND = "PROCESS";

    private final EntityManager em;
    private final DeadlineEngine engine;

    PetitionDeadlines(EntityManager em, DeadlineEngine engine) {
        this.em = em;
        this.engine = engine;
    }

    /** Whether a processing period can be set for a petition received on the day (a rule version is in force). */
    boolean covers(LocalDate receivedOn) {
        return engine.inForce(PROCESS, receivedOn);
    }

    /** The processing due date of a petition received on the day. */
    LocalDate due(LocalDate receivedOn) {
        DeadlineRule rule = engine.ruleInForce(PROCESS, receivedOn);
        return engine.compute(PROCESS, rule.validFrom(), receivedOn, Set.of(), List.of(), List.of()).dueOn();
    }

    /** Starts (or restarts, before a decision) the processing period; returns its due date. */
    LocalDate start(Petition p) {
        DeadlineRule rule = engine.ruleInForce(PROCESS, p.receivedOn);
        Due due = engine.compute(PROCESS, rule.validFrom(), p.receivedOn, Set.of(), List.of(), List.of());
        int updated = em.createNativeQuery("update legal_deadline set rule_valid_from = ?1, start_on = ?2, due_on = ?3, "
                + "org_unit_id = ?4, version = version + 1 where petition_id = ?5 and kind = ?6 and status = 'ACTIVE'")
                .setParameter(1, rule.validFrom()).setParameter(2, p.receivedOn).setParameter(3, due.dueOn())
                .setParameter(4, p.orgUnitId).setParameter(5, p.id).setParameter(6, KIND).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into legal_deadline (id, petition_id, org_unit_id, kind, rule_code, "
                    + "rule_valid_from, start_on, variants, due_on, status) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
                    + "cast('[]' as jsonb), ?8, 'ACTIVE')")
                    .setParameter(1, UUID.randomUUID()).setParameter(2, p.id).setParameter(3, p.orgUnitId)
                    .setParameter(4, KIND).setParameter(5, PROCESS).setParameter(6, rule.validFrom())
                    .setParameter(7, p.receivedOn).setParameter(8, due.dueOn()).executeUpdate();
        }
        return due.dueOn();
    }

    /** The decision meets the processing period: met_on and on_time (met_on <= due_on). */
    void meet(Petition p, LocalDate on) {
        em.createNativeQuery("update legal_deadline set status = 'MET', met_on = ?1, on_time = (?1 <= due_on), "
                + "version = version + 1 where petition_id = ?2 and kind = ?3 and status in ('ACTIVE', 'PAUSED')")
                .setParameter(1, on).setParameter(2, p.id).setParameter(3, KIND).executeUpdate();
    }

    /** The processing period with its derivation, recomputed from the stored rule version and start. */
    @SuppressWarnings("unchecked")
    Optional<Due> processDue(UUID petitionId) {
        List<Object[]> rows = em.createNativeQuery("select rule_code, rule_valid_from, start_on from legal_deadline "
                + "where petition_id = ?1 and kind = ?2 order by created_at desc limit 1").setParameter(1, petitionId)
                .setParameter(2, KIND).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        return Optional.of(engine.compute((String) r[0], toDate(r[1]), toDate(r[2]), Set.of(), List.of(), List.of()));
    }

    /** The day a petition filed on this day may be destroyed (one year, engine rule in force). */
    LocalDate destroyAfter(LocalDate filedOn) {
        DeadlineRule rule = engine.ruleInForce(RETENTION, filedOn);
        return engine.compute(RETENTION, rule.validFrom(), filedOn, Set.of(), List.of(), List.of()).dueOn();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }
}
