package vn.tiepdan.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data written straight to the database, with unique codes so tests stay independent of each other. */
@ApplicationScoped
public class Fixtures {
    public static final UUID DN = UUID.fromString("00000000-0000-4000-8000-000000000001");
    public static final UUID TRANBIEN = UUID.fromString("00000000-0000-4000-8000-000000000006");
    public static final UUID PHULY = UUID.fromString("00000000-0000-4000-8000-000000000007");
    private static final String DN_PATH = "/" + DN + "/";
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final EntityManager em;

    Fixtures(EntityManager em) {
        this.em = em;
    }

    /** A unit with its id, code and one official in office. */
    public record Unit(UUID id, String code, String path, UUID officialId) {
    }

    /**
     * A small tree below DN: parent R with children own O and sibling S; C below O; X elsewhere below DN. A
     * caller of unit O sees O and C only.
     */
    public record Tree(Unit own, Unit below, Unit sibling, Unit parent, Unit elsewhere) {
    }

    /** A schedule of a unit presided by its official, with one PUBLISHED session. */
    public record Planned(UUID scheduleId, UUID sessionId) {
    }

    /** An official of the unit (head or not), in office since 2025-07-01. */
    @Transactional
    public UUID official(UUID unitId, String position, boolean head, String username) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into official (id, full_name, position, org_unit_id, is_head, keycloak_username, "
                + "valid_from) values (?1, 'Trần Văn Thử', ?2, ?3, ?4, ?5, date '2025-07-01')")
                .setParameter(1, id).setParameter(2, position).setParameter(3, unitId).setParameter(4, head)
                .setParameter(5, username).executeUpdate();
        return id;
    }

    @Transactional
    public Planned schedule(Unit unit) {
        UUID schedule = UUID.randomUUID();
        em.createNativeQuery("insert into reception_schedule (id, org_unit_id, presiding_official_id, title, rrule, "
                + "start_time, end_time, place_text, channel, kind, program, holiday_policy, valid_from) values (?1, ?2, "
                + "?3, 'Tiếp công dân', 'FREQ=WEEKLY;BYDAY=MO', time '07:00', time '08:00', 'Trụ sở', 'IN_PERSON', "
                + "'PERIODIC', 'NONE', 'SKIP', date '2026-12-01')")
                .setParameter(1, schedule).setParameter(2, unit.id()).setParameter(3, unit.officialId()).executeUpdate();
        UUID session = UUID.randomUUID();
        em.createNativeQuery("insert into reception_session (id, schedule_id, org_unit_id, session_date, planned_start, "
                + "planned_end, place_text, channel, kind, program, status, obligated_head_id, presiding_official_id) "
                + "values (?1, ?2, ?3, date '2027-06-07', time '07:00', time '08:00', 'Trụ sở', 'IN_PERSON', 'PERIODIC', "
                + "'NONE', 'PUBLISHED', ?4, ?4)")
                .setParameter(1, session).setParameter(2, schedule).setParameter(3, unit.id())
                .setParameter(4, unit.officialId()).executeUpdate();
        return new Planned(schedule, session);
    }

    /** Runs one statement with positional parameters ?1, ?2, ... (test data that no endpoint writes). */
    @Transactional
    public int sql(String statement, Object... parameters) {
        var query = em.createNativeQuery(statement);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase() + "-"
                + SEQ.incrementAndGet();
    }

    @Transactional
    public Tree tree() {
        String base = uniqueCode("T");
        Unit parent = unit(base + "-R", DN_PATH);
        Unit own = unit(base + "-O", parent.path());
        Unit sibling = unit(base + "-S", parent.path());
        Unit below = unit(base + "-C", own.path());
        Unit elsewhere = unit(base + "-X", DN_PATH);
        return new Tree(own, below, sibling, parent, elsewhere);
    }

    @Transactional
    public Unit unitBelow(String code, String parentPath) {
        return unit(code, parentPath);
    }

    private Unit unit(String code, String parentPath) {
        UUID id = UUID.randomUUID();
        String path = parentPath + id + "/";
        String parentId = parentPath.substring(parentPath.lastIndexOf('/', parentPath.length() - 2) + 1,
                parentPath.length() - 1);
        em.createNativeQuery("insert into org_unit (id, code, name, kind, level, parent_id, path, phone, valid_from) "
                + "values (?1, ?2, ?3, 'DEPARTMENT', 'PROVINCE', ?4, ?5, '0251 3822 999', date '2025-07-01')")
                .setParameter(1, id).setParameter(2, code).setParameter(3, "Đơn vị thử " + code)
                .setParameter(4, UUID.fromString(parentId)).setParameter(5, path).executeUpdate();
        UUID official = UUID.randomUUID();
        em.createNativeQuery("insert into official (id, full_name, position, org_unit_id, valid_from) "
                + "values (?1, 'Nguyễn Văn Thử', 'Chuyên viên', ?2, date '2025-07-01')")
                .setParameter(1, official).setParameter(2, id).executeUpdate();
        return new Unit(id, code, path, official);
    }

    /** A complaint case of the unit in RECEIVED (for links to an existing case; the cases API opens real ones). */
    @Transactional
    public UUID caseIn(UUID unitId) {
        UUID id = UUID.randomUUID();
        int seq = SEQ.incrementAndGet() + 500_000;
        em.createNativeQuery("insert into case_file (id, origin_unit_id, case_year, case_seq, case_no, case_type, "
                + "org_unit_id, status, received_on, title, summary) values (?1, ?2, 2026, ?3, ?4, 'KHIEU_NAI', ?2, "
                + "'RECEIVED', date '2026-11-20', 'Khiếu nại', 'Khiếu nại')").setParameter(1, id).setParameter(2, unitId)
                .setParameter(3, seq).setParameter(4, seq + "/2026/KN").executeUpdate();
        return id;
    }
}
