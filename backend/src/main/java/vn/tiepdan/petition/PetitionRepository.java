package vn.tiepdan.petition;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.shared.text.VietnameseText;

/** Queries of the petition register; the scope applies to the path of the petition's unit, in SQL. */
@ApplicationScoped
class PetitionRepository implements PanacheRepositoryBase<Petition, UUID> {
    private static final String FROM = "select p from Petition p, OrgUnit u where u.id = p.orgUnitId and ";
    private static final List<PetitionStatus> UNDECIDED = List.of(PetitionStatus.RECEIVED, PetitionStatus.CLASSIFIED);

    /** The list filters; {@code unitPath} is the path of the unit filter (null: unit outside the scope). */
    record Filter(String q, UUID unit, String unitPath, PetitionStatus status, PetitionContentType classification,
            PetitionSource source, PetitionDecision decision, LocalDate from, LocalDate to, Boolean overdue,
            Boolean duplicates, String handler, Boolean caseLinked, PetitionSort sort) {
    }

    Optional<Petition> findInScope(UUID id, Scope scope) {
        Scope.Condition c = scope.clause("u.path");
        return find(FROM + "p.id = :id and " + c.where(), params(c).and("id", id)).firstResultOptional();
    }

    List<Petition> page(Filter f, Scope scope, PageParams page, LocalDate today) {
        Query q = query(f, scope, today);
        return find(FROM + q.where, sort(f), q.params).page(page.page(), page.size()).list();
    }

    long count(Filter f, Scope scope, LocalDate today) {
        Query q = query(f, scope, today);
        return find(FROM + q.where, q.params).count();
    }

    List<Petition> duplicatesOf(UUID masterId) {
        return list("duplicateOfId = ?1 order by receivedOn, petitionSeq", masterId);
    }

    List<Petition> partsOf(UUID parentId) {
        return list("parentPetitionId = ?1 order by petitionSeq", parentId);
    }

    /** The next number of the unit's register for the year: gapless, serialised by the counter row's lock. */
    int nextSeq(UUID unitId, int year) {
        getEntityManager().createNativeQuery("insert into petition_counter (org_unit_id, year, last_seq) "
                + "values (?1, ?2, 0) on conflict do nothing").setParameter(1, unitId).setParameter(2, year)
                .executeUpdate();
        Object seq = getEntityManager().createNativeQuery("update petition_counter set last_seq = last_seq + 1 "
                + "where org_unit_id = ?1 and year = ?2 returning last_seq").setParameter(1, unitId)
                .setParameter(2, year).getSingleResult();
        return ((Number) seq).intValue();
    }

    private record Query(String where, Parameters params) {
    }

    private static Sort sort(Filter f) {
        if (f.sort() == PetitionSort.petitionNo) {
            return Sort.descending("p.petitionYear").and("p.petitionSeq", Sort.Direction.Descending).and("u.code")
                    .and("p.id");
        }
        if (f.sort() == PetitionSort.processDue) {
            return Sort.ascending("p.processDueOn").and("p.receivedOn").and("p.id");
        }
        return Sort.descending("p.receivedOn").and("p.createdAt", Sort.Direction.Descending).and("p.id");
    }

    private static Query query(Filter f, Scope scope, LocalDate today) {
        Scope.Condition c = scope.clause("u.path");
        List<String> where = new ArrayList<>(List.of(c.where()));
        Parameters p = params(c);
        if (f.q() != null && !f.q().isBlank()) {
            where.add("p.searchText like :q");
            p.and("q", VietnameseText.containsPattern(f.q()));
        }
        if (f.unit() != null) {
            if (f.unitPath() == null) {
                where.add("1 = 0");
            } else {
                where.add("u.path like :unitPath");
                p.and("unitPath", f.unitPath() + "%");
            }
        }
        eq(where, p, "status", f.status());
        eq(where, p, "classification", f.classification());
        eq(where, p, "source", f.source());
        eq(where, p, "decision", f.decision());
        if (f.from() != null) {
            where.add("p.receivedOn >= :from");
            p.and("from", f.from());
        }
        if (f.to() != null) {
            where.add("p.receivedOn <= :to");
            p.and("to", f.to());
        }
        if (f.overdue() != null) {
            String overdue = "(p.processDueOn is not null and p.processDueOn < :today and p.status in :undecided)";
            where.add(f.overdue() ? overdue : "not " + overdue);
            p.and("today", today).and("undecided", UNDECIDED);
        }
        if (f.duplicates() != null) {
            where.add(f.duplicates() ? "p.duplicateOfId is not null" : "p.duplicateOfId is null");
        }
        if (f.handler() != null && !f.handler().isBlank()) {
            where.add("p.handlerUsername = :handler");
            p.and("handler", f.handler());
        }
        if (f.caseLinked() != null) {
            if (f.caseLinked()) {
                where.add("p.caseId is not null");
            } else {
                where.add("p.decision = :accepted and p.caseId is null");
                p.and("accepted", PetitionDecision.DE_XUAT_THU_LY);
            }
        }
        return new Query(String.join(" and ", where), p);
    }

    private static void eq(List<String> where, Parameters p, String field, Object value) {
        if (value != null) {
            where.add("p." + field + " = :" + field);
            p.and(field, value);
        }
    }

    private static Parameters params(Scope.Condition c) {
        Parameters p = new Parameters();
        c.parameters().forEach(p::and);
        return p;
    }
}
