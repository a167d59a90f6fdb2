package vn.tiepdan.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * The due-soon / overdue scan of running legal deadlines (DOMAIN.md §5.4 DeadlineTimer): a deadline due within
 * {@code tiepdan.deadlines.due-soon-days} calendar days notifies DUE_SOON, one past due notifies OVERDUE and is
 * flagged breached. Recipients: the handler of the case (or petition) and the head and deputies of the deadline's
 * unit. With several replicas only the one holding the transaction-scoped advisory lock runs; the inserts are
 * idempotent by dedup key ({@code <kind>:<deadline>:<due_on>:<username>}), so a repeated run notifies nobody twice.
 */
@ApplicationScoped
public class DeadlineScan {
    private static final Logger LOG = Logger.getLogger(DeadlineScan.class);
    private static final long LOCK = 0x7469_6570_6465_6164L;

    private final EntityManager em;
    private final Clock clock;
    private final int dueSoonDays;

    DeadlineScan(EntityManager em, Clock clock,
            @ConfigProperty(name = "tiepdan.deadlines.due-soon-days", defaultValue = "3") int dueSoonDays) {
        this.em = em;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
    }

    @Schema(description = "Outcome of a deadline scan.")
    public record ScanResult(
            @Schema(description = "False when another replica was scanning at the same moment.") boolean ran,
            @Schema(description = "The day scanned (Asia/Ho_Chi_Minh).") LocalDate today,
            @Schema(description = "Notifications created by this run.", example = "4") int notificationsCreated,
            @Schema(description = "Deadlines newly flagged breached.", example = "1") int newlyBreached) {
    }

    @Scheduled(identity = "deadline-scan", every = "${tiepdan.deadlines.scan-every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        ScanResult result = scan();
        if (result.notificationsCreated() > 0 || result.newlyBreached() > 0) {
            LOG.infof("Deadline scan: %d notifications, %d deadlines breached", result.notificationsCreated(),
                    result.newlyBreached());
        }
    }

    /** One scan in one transaction. */
    @Transactional
    public ScanResult scan() {
        LocalDate today = LocalDate.now(clock);
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK + ")")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return new ScanResult(false, today, 0, 0);
        }
        int created = em.createNativeQuery("""
                with d as (
                  select ld.id, ld.case_id, ld.petition_id, ld.org_unit_id, ld.due_on, ld.rule_code,
                         case when ld.due_on < :today then 'OVERDUE' else 'DUE_SOON' end as kind,
                         coalesce(c.case_no, p.petition_no) as number,
                         coalesce(c.handler_username, p.handler_username) as handler
                  from legal_deadline ld
                  left join case_file c on c.id = ld.case_id
                  left join petition p on p.id = ld.petition_id
                  where ld.status = 'ACTIVE' and ld.due_on is not null and ld.due_on <= :soon
                ), r as (
                  select d.*, d.handler as username from d where d.handler is not null
                  union
                  select d.*, o.keycloak_username from d join official o on o.org_unit_id = d.org_unit_id
                   and (o.is_head or o.is_deputy) and o.keycloak_username is not null
                   and o.valid_from <= :today and (o.valid_to is null or o.valid_to >= :today)
                )
                insert into notification (id, recipient_username, kind, case_id, petition_id, deadline_id, due_on,
                                          title, created_at, dedup_key)
                select gen_random_uuid(), r.username, r.kind, r.case_id, r.petition_id, r.id, r.due_on,
                       case when r.kind = 'OVERDUE' then 'Quá hạn: ' else 'Sắp đến hạn: ' end
                         || coalesce(r.number, '') || ' (' || r.rule_code || '), hạn '
                         || to_char(r.due_on, 'DD/MM/YYYY'),
                       :now, r.kind || ':' || r.id || ':' || r.due_on || ':' || r.username
                from r
                on conflict (dedup_key) do nothing""")
                .setParameter("today", today).setParameter("soon", today.plusDays(dueSoonDays))
                .setParameter("now", Instant.now(clock)).executeUpdate();
        int breached = em.createNativeQuery("update legal_deadline set breached = true where status = 'ACTIVE' and "
                + "due_on < :today and not breached").setParameter("today", today).executeUpdate();
        return new ScanResult(true, today, created, breached);
    }
}
