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
}
