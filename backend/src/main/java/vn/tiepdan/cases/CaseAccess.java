package vn.tiepdan.cases;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tiepdan.shared.security.Scope;

/**
 * Who may see and act on a case (shared/design/ROLES.md): a caller whose scope reaches the case's current unit may
 * read and act; a caller whose scope reaches a unit that transferred the case away keeps a read-only trace. Other
 * features (documents, notifications) use this so the rule lives in one place.
 */
@ApplicationScoped
public class CaseAccess {
    private final EntityManager em;
    private final Scope scope;

    CaseAccess(EntityManager em, Scope scope) {
        this.em = em;
        this.scope = scope;
    }

    /** The case as the caller may reach it. */
    public record CaseRef(UUID id, String caseNo, String caseType, String status, UUID orgUnitId, String unitPath,
            boolean confidential, UUID denouncerRef, String handlerUsername, boolean writable) {
    }

    /** A SQL condition (alias {@code c} for case_file, {@code cu} for its current org_unit) for readable cases. */
    public Scope.Condition readableClause() {
        Scope.Condition c = scope.clause("cu.path");
        if (scope.provinceWide() || scope.unitPath().isEmpty()) {
            return c;
        }
        return new Scope.Condition("(" + c.where() + " or exists (select 1 from case_transfer t join org_unit fu on "
                + "fu.id = t.from_unit_id where t.case_id = c.id and fu.path like :scopePath))", c.parameters());
    }

    /** The case if the caller may read it; empty (answer 404) otherwise. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<CaseRef> find(UUID caseId) {
        Scope.Condition c = readableClause();
        var q = em.createNativeQuery("select c.id, c.case_no, c.case_type, c.status, c.org_unit_id, cu.path, "
                + "c.confidential, c.denouncer_ref, c.handler_username from case_file c join org_unit cu on "
                + "cu.id = c.org_unit_id where c.id = :id and " + c.where()).setParameter("id", caseId);
        c.parameters().forEach(q::setParameter);
        List<Object[]> rows = q.getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = rows.get(0);
        String path = (String) r[5];
        return Optional.of(new CaseRef((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4], path,
                (Boolean) r[6], (UUID) r[7], (String) r[8], scope.reaches(path)));
    }
}
