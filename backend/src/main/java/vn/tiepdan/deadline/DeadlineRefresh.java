package vn.tiepdan.deadline;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps the stored due dates of running legal deadlines ({@code legal_deadline.due_on}, used by lists, badges and
 * the scan) equal to what the engine computes from the rule version, the variants, the extensions and the finished
 * pauses: after rows written by SQL (the demo data, imports), and after an administrator changed a rule or the
 * working-day calendar. At start it recomputes every running deadline only when the fingerprint of the calendar and
 * the rule table changed since the last refresh; otherwise only the rows without a due date. Extensions and pauses
 * are read in two queries and changed rows written in one JDBC batch, so a province's 100 000 running deadlines
 * cost a few queries, not two per row.
 */
@ApplicationScoped
public class DeadlineRefresh {
    private static final Logger LOG = Logger.getLogger(DeadlineRefresh.class);
    private static final String FINGERPRINT = "select md5(coalesce((select string_agg(c.id || ':' || c.day || ':' "
            + "|| c.kind || ':' || coalesce(c.closed_at::text, ''), ',' order by c.id) from calendar_day c), '') || '|' "
            + "|| coalesce((select string_agg(r::text, ',' order by r.code, r.valid_from) from deadline_rule r), ''))";
    private final EntityManager em;
    private final DeadlineEngine engine;
    private final ObjectMapper json;
    private final Clock clock;

    DeadlineRefresh(EntityManager em, DeadlineEngine engine, ObjectMapper json, Clock clock) {
        this.em = em;
        this.engine = engine;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    void atStart(@Observes @Priority(3100) StartupEvent event) {
        String fingerprint = fingerprint();
        Object stored = em.createNativeQuery("select fingerprint from deadline_refresh_state where id = 1")
                .setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst().orElse(null);
        boolean full = !fingerprint.equals(stored);
        int changed = recompute(full ? "" : " and d.due_on is null");
        remember(fingerprint);
        if (changed > 0) {
            LOG.infof("deadlines: %d stored due date(s) recomputed (%s)", changed, full ? "full" : "new rows");
        }
    }

    /** Recomputes every ACTIVE deadline's due date; returns how many changed. */
    @Transactional
    public int refresh() {
        int changed = recompute("");
        remember(fingerprint());
        return changed;
    }

    @SuppressWarnings("unchecked")
    private int recompute(String condition) {
        String where = " from legal_deadline d where d.status = 'ACTIVE'" + condition;
        List<Object[]> rows = em.createNativeQuery("select d.id, d.rule_code, d.rule_valid_from, d.start_on, "
                + "cast(d.variants as text), d.due_on" + where).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<UUID, List<DeadlineExtension>> extensions = new HashMap<>();
        for (Object[] x : (List<Object[]>) em.createNativeQuery("select x.deadline_id, x.days, x.decision_ref from "
                + "legal_deadline_extension x where x.deadline_id in (select d.id" + where + ") order by "
                + "x.deadline_id, x.ordinal").setFlushMode(FlushModeType.COMMIT).getResultList()) {
            extensions.computeIfAbsent((UUID) x[0], k -> new ArrayList<>())
                    .add(new DeadlineExtension(((Number) x[1]).intValue(), (String) x[2]));
        }
        Map<UUID, List<DeadlinePause>> pauses = new HashMap<>();
        for (Object[] p : (List<Object[]>) em.createNativeQuery("select p.deadline_id, p.from_on, p.to_on from "
                + "legal_deadline_pause p where p.to_on is not null and p.deadline_id in (select d.id" + where
                + ") order by p.deadline_id, p.from_on").setFlushMode(FlushModeType.COMMIT).getResultList()) {
            pauses.computeIfAbsent((UUID) p[0], k -> new ArrayList<>()).add(new DeadlinePause(date(p[1]), date(p[2])));
        }
        Map<UUID, LocalDate> changed = new HashMap<>();
        for (Object[] r : rows) {
            UUID id = (UUID) r[0];
            // tryCompute catches inside the engine: an exception crossing its @Transactional boundary would mark this
            // whole refresh for rollback (e.g. a deadline reaching a year without a working-day calendar).
            java.util.Optional<Due> computed = engine.tryCompute((String) r[1], date(r[2]), date(r[3]),
                    variants(id, (String) r[4]), pauses.getOrDefault(id, List.of()), extensions.getOrDefault(id,
                            List.of()));
            if (computed.isEmpty()) {
                LOG.warnf("deadline %s: cannot be recomputed", id);
                continue;
            }
            LocalDate due = computed.get().dueOn();
            if (!due.equals(date(r[5]))) {
                changed.put(id, due);
            }
        }
        if (!changed.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement ps = connection.prepareStatement(
                        "update legal_deadline set due_on = ?, version = version + 1 where id = ?")) {
                    int n = 0;
                    for (Map.Entry<UUID, LocalDate> e : changed.entrySet()) {
                        ps.setObject(1, e.getValue());
                        ps.setObject(2, e.getKey());
                        ps.addBatch();
                        if (++n % 1000 == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
            });
        }
        return changed.size();
    }

    private Set<DeadlineVariant> variants(UUID id, String text) {
        Set<DeadlineVariant> variants = EnumSet.noneOf(DeadlineVariant.class);
        try {
            for (String v : json.readValue(text, new TypeReference<List<String>>() { })) {
                variants.add(DeadlineVariant.valueOf(v));
            }
        } catch (Exception e) {
            LOG.warnf("deadline %s: unreadable variants ignored", id);
        }
        return variants;
    }

    private String fingerprint() {
        return (String) em.createNativeQuery(FINGERPRINT).setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }

    private void remember(String fingerprint) {
        em.createNativeQuery("insert into deadline_refresh_state (id, fingerprint, refreshed_at) values (1, :f, :at) "
                + "on conflict (id) do update set fingerprint = excluded.fingerprint, refreshed_at = excluded.refreshed_at")
                .setParameter("f", fingerprint).setParameter("at", clock.instant()).executeUpdate();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
