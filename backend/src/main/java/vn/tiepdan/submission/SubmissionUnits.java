package vn.tiepdan.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisation units reports are about: id, code, name, kind and tree path (read-only native queries). */
@ApplicationScoped
class SubmissionUnits {
    private final EntityManager em;

    SubmissionUnits(EntityManager em) {
        this.em = em;
    }

    record Unit(UUID id, String code, String name, String kind, String level, UUID parentId, String path) {
        boolean provinceRoot() {
            return parentId == null && "PROVINCE".equals(level);
        }
    }

    private static final String COLUMNS = "select id, code, name, kind, level, parent_id, path from org_unit ";

    Optional<Unit> find(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "where id = ?1").setParameter(1, id)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().findFirst().map(SubmissionUnits::unit);
    }

    /** The unit currently carrying a code. */
    Optional<Unit> current(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COLUMNS + "where code = ?1 and valid_to is null")
                .setParameter(1, code).setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().findFirst().map(SubmissionUnits::unit);
    }

    static Unit unit(Object[] r) {
        return new Unit((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (UUID) r[5],
                (String) r[6]);
    }
}
