package vn.tiepdan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisation units a report covers: a unit, its direct children and every unit of its subtree valid on at
 * least one day of the window (org_unit.path prefix; external bodies excluded).
 */
@ApplicationScoped
public class ReportUnits {
    private final EntityManager em;

    ReportUnits(EntityManager em) {
        this.em = em;
    }

    /** A unit as a report row needs it. */
    public record ReportUnit(UUID id, String code, String name, UUID parentId, String path, String level) {
        public boolean root() {
            return parentId == null;
        }
    }

    private static final String COLUMNS = "select u.id, u.code, u.name, u.parent_id, u.path, u.level from org_unit u ";

    public Optional<ReportUnit> find(UUID id) {
        List<?> rows = em.createNativeQuery(COLUMNS + "where u.id = ?1").setParameter(1, id)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().findFirst().map(r -> unit((Object[]) r));
    }

    /** The province root: the current unit at the top of the tree (level PROVINCE, no parent). */
    public Optional<ReportUnit> provinceRoot() {
        List<?> rows = em.createNativeQuery(COLUMNS + "where u.parent_id is null and u.level = 'PROVINCE' "
                + "and u.valid_to is null order by u.code limit 1").setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().findFirst().map(r -> unit((Object[]) r));
    }

    /** The unit currently carrying a code. */
    public Optional<ReportUnit> current(String code) {
        List<?> rows = em.createNativeQuery(COLUMNS + "where u.code = ?1 and u.valid_to is null")
                .setParameter(1, code).setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().findFirst().map(r -> unit((Object[]) r));
    }

    /** Every unit of the subtree (the unit itself included) valid on at least one day of the window. */
    public List<ReportUnit> subtree(ReportUnit top, ReportWindow window) {
        List<?> rows = em.createNativeQuery(COLUMNS + "where u.path like ?1 and (u.id = ?2 or (u.level <> 'EXTERNAL' "
                + "and u.valid_from <= ?3 and (u.valid_to is null or u.valid_to >= ?4))) order by u.path")
                .setParameter(1, top.path() + "%").setParameter(2, top.id()).setParameter(3, window.to())
                .setParameter(4, window.from()).setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().map(r -> unit((Object[]) r)).toList();
    }

    /** The direct children of a unit (any validity; the engine keeps those with a valid unit in their subtree). */
    public List<ReportUnit> children(ReportUnit top) {
        List<?> rows = em.createNativeQuery(COLUMNS + "where u.parent_id = ?1 and u.level <> 'EXTERNAL' "
                + "order by u.code").setParameter(1, top.id()).setFlushMode(FlushModeType.COMMIT).getResultList();
        return rows.stream().map(r -> unit((Object[]) r)).toList();
    }

    private static ReportUnit unit(Object[] r) {
        return new ReportUnit((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (String) r[4], (String) r[5]);
    }
}
