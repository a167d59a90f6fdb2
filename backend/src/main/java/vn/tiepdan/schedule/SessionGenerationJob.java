package vn.tiepdan.schedule;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Extends every schedule's rolling window once a day. With several API replicas only the one that takes the
 * transaction-scoped advisory lock runs; the inserts are idempotent anyway (ON CONFLICT DO NOTHING).
 */
@ApplicationScoped
class SessionGenerationJob {
    private static final Logger LOG = Logger.getLogger(SessionGenerationJob.class);
    private static final long LOCK = 0x7469_6570_7365_7373L;

    private final ScheduleRepository schedules;
    private final SessionGenerator generator;
    private final EntityManager em;
    private final Clock clock;

    SessionGenerationJob(ScheduleRepository schedules, SessionGenerator generator, EntityManager em, Clock clock) {
        this.schedules = schedules;
        this.generator = generator;
        this.em = em;
        this.clock = clock;
    }

    @Scheduled(cron = "{tiepdan.sessions.generation-cron}", timeZone = "Asia/Ho_Chi_Minh",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void run() {
        Boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK + ")")
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int created = 0;
        for (ReceptionSchedule s : schedules.activeDuring(today, today.plusDays(SessionGenerator.WINDOW_DAYS))) {
            created += generator.generateWindow(s).created();
        }
        LOG.infof("Session generation: %d sessions created", created);
    }
}
