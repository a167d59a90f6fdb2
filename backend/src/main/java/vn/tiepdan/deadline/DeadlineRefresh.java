package vn.tiepdan.deadline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the stored due dates of running legal deadlines ({@code legal_deadline.due_on}, used by lists, badges and
 * the scan) equal to what the engine computes from the rule version, the variants, the extensions and the finished
 * pauses: after rows written by SQL (the demo data), and after an administrator changed a rule or the working-day
 * calendar. Runs at start (after the demo data) and before every due-soon/overdue scan.
 */
@ApplicationScoped
public class DeadlineRefresh {
    private static final Logger LOG = Logger.getLogger(DeadlineRefresh.class);
    private final EntityManager em;
    private final DeadlineEngine engine;
    private final ObjectMapper json;

    DeadlineRefresh(EntityManager em, DeadlineEngine engine, ObjectMapper json) {
        this.em = em;
        this.engine = engine;
        this.json = json;
    }

    @Transactional
    void atStart(@Observes @Priority(3100) StartupEvent event) {
        int changed = refresh();
        if (changed > 0) {
            LOG.infof("deadlines: %d stored due date(s) recomputed", changed);
        }
    }

    /** Recomputes every ACTIVE deadline's due date; returns how many changed. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int refresh() {
        List<Object[]> rows = em.createNativeQuery("select id, rule_code, rule_valid_from, start_on, cast(variants as "
                + "text), due_on from legal_deadline where status = 'ACTIVE'").getResultList();
        int changed = 0;
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            Set<DeadlineVariant> variants = EnumSet.noneOf(DeadlineVariant.class);
            try {
                for (String v : json.readValue((String) r[4], new TypeReference<List<String>>() { })) {
                    variants.add(DeadlineVariant.valueOf(v));
                }
            } catch (Exception e) {
                LOG.warnf("deadline %s: unreadable variants ignored", id);
            }
            List<DeadlineExtension> extensions = new ArrayList<>();
            for (Object[] x : (List<Object[]>) em.createNativeQuery("select days, decision_ref from "
                    + "legal_deadline_extension where deadline_id = :id order by ordinal").setParameter("id", id)
                    .getResultList()) {
                extensions.add(new DeadlineExtension(((Number) x[0]).intValue(), (String) x[1]));
            }
            List<DeadlinePause> pauses = new ArrayList<>();
            for (Object[] p : (List<Object[]>) em.createNativeQuery("select from_on, to_on from legal_deadline_pause "
                    + "where deadline_id = :id and to_on is not null order by from_on").setParameter("id", id)
                    .getResultList()) {
                pauses.add(new DeadlinePause(date(p[0]), date(p[1])));
            }
            LocalDate due;
            try {
                due = engine.compute((String) r[1], date(r[2]), date(r[3]), variants, pauses, extensions).dueOn();
            } catch (RuntimeException e) {
                LOG.warnf("deadline %s: cannot be recomputed (%s)", id, e.getClass().getSimpleName());
                continue;
            }
            if (!due.equals(date(r[5]))) {
                em.createNativeQuery("update legal_deadline set due_on = :due, version = version + 1 where id = :id")
                        .setParameter("due", due).setParameter("id", id).executeUpdate();
                changed++;
            }
        }
        return changed;
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
