package vn.tiepdan.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Fixtures;

/** The start-up refresh recomputes only rows without a due date unless the calendar or the rules changed. */
@QuarkusTest
class DeadlineRefreshTest {
    @Inject
    Fixtures fixtures;
    @Inject
    DeadlineRefresh refresh;
    @Inject
    EntityManager em;

    private UUID deadline(UUID caseId, LocalDate due) {
        UUID id = UUID.randomUUID();
        fixtures.sql("insert into legal_deadline (id, case_id, org_unit_id, kind, rule_code, rule_valid_from, start_on, "
                + "due_on, status) values (?1, ?2, ?3, 'RESOLVE', 'TC.RESOLVE', (select max(valid_from) from "
                + "deadline_rule where code = 'TC.RESOLVE' and valid_from <= date '2026-08-05'), date '2026-08-05', ?4, "
                + "'ACTIVE')", id, caseId, Fixtures.TRANBIEN, due);
        return id;
    }

    private LocalDate due(UUID id) {
        Object v = em.createNativeQuery("select due_on from legal_deadline where id = :id").setParameter("id", id)
                .getSingleResult();
        return v == null ? null : v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
    }

    @Test
    void atStartComputesNewRowsAndRecomputesEverythingOnlyWhenCalendarOrRulesChanged() {
        // Other tests change rules before this one: align the stored fingerprint first.
        refresh.atStart(null);
        UUID caseId = fixtures.caseIn(Fixtures.TRANBIEN);
        UUID fresh = deadline(caseId, null);
        UUID stale = deadline(caseId, LocalDate.of(2030, 1, 1));
        refresh.atStart(null);
        LocalDate computed = due(fresh);
        assertNotNull(computed, "a row without a due date gets one");
        assertEquals(LocalDate.of(2030, 1, 1), due(stale), "unchanged calendar and rules: stored dates are kept");

        fixtures.sql("update deadline_refresh_state set fingerprint = 'changed'");
        refresh.atStart(null);
        assertEquals(computed, due(stale), "a changed fingerprint recomputes every running deadline");
        fixtures.sql("update legal_deadline set status = 'CANCELLED' where id in (?1, ?2)", fresh, stale);
    }
}
