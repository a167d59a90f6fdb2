package vn.tiepdan.visit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.shared.text.VietnameseText;

/** Queries of the reception book; the scope applies to the path of the visit's unit. */
@ApplicationScoped
class VisitRepository implements PanacheRepositoryBase<ReceptionVisit, UUID> {
    private static final String FROM = "select v from ReceptionVisit v, OrgUnit u where u.id = v.orgUnitId and ";

    /** The list filters of GET /visits and the export. {@code unitPath} is the path of the unit filter. */
    record Filter(String q, UUID unit, String unitPath, LocalDate from, LocalDate to, Integer year,
            Classification classification, HandlingDirection direction, VisitStatus status, UUID sessionId,
            Boolean confidential, Boolean firstTime, Boolean noticeOverdue, Boolean caseLinked, VisitSort sort) {
    }

    Optional<ReceptionVisit> findInScope(UUID id, Scope scope) {
        Scope.Condition c = scope.clause("u.path");
        return find(FROM + "v.id = :id and " + c.where(), params(c).and("id", id)).firstResultOptional();
    }

    List<ReceptionVisit> page(Filter f, Scope scope, PageParams page, LocalDate today, ZoneId zone) {
        Query q = query(f, scope, today, zone);
        return find(FROM + q.where, sort(f), q.params).page(page.page(), page.size()).list();
    }

    List<ReceptionVisit> all(Filter f, Scope scope, LocalDate today, ZoneId zone, int max) {
        Query q = query(f, scope, today, zone);
        return find(FROM + q.where, Sort.by("v.bookYear").and("v.bookSeq").and("u.code").and("v.id"), q.params)
                .range(0, max - 1).list();
    }

    long count(Filter f, Scope scope, LocalDate today, ZoneId zone) {
        Query q = query(f, scope, today, zone);
        return find(FROM + q.where, q.params).count();
    }

    /** Visits in scope of the matters or denouncer refs, newest first. */
    List<ReceptionVisit> withPartiesOrRefs(Collection<UUID> visitIds, Collection<UUID> refs, Scope scope) {
        if (visitIds.isEmpty() && refs.isEmpty()) {
            return List.of();
        }
        Scope.Condition c = scope.clause("u.path");
        Parameters p = params(c).and("ids", visitIds.isEmpty() ? List.of(new UUID(0, 0)) : visitIds)
                .and("refs", refs.isEmpty() ? List.of(new UUID(0, 0)) : refs);
        return find(FROM + "(v.id in :ids or v.denouncerRef in :refs) and " + c.where(),
                Sort.descending("v.receivedAt"), p).range(0, 99).list();
    }

    /**
     * The next book number of the unit and year: the counter row is created if missing and incremented in the
     * caller's transaction, whose row lock serialises concurrent saves, so numbers are gapless and unique.
     */
    int nextSeq(UUID unitId, int year) {
        getEntityManager().createNativeQuery("insert into visit_book_counter (org_unit_id, book_year, last_seq) "
                + "values (?1, ?2, 0) on conflict do nothing").setParameter(1, unitId).setParameter(2, year)
                .executeUpdate();
        Object seq = getEntityManager().createNativeQuery("update visit_book_counter set last_seq = last_seq + 1 "
                + "where org_unit_id = ?1 and book_year = ?2 returning last_seq").setParameter(1, unitId)
                .setParameter(2, year).getSingleResult();
        return ((Number) seq).intValue();
    }

    private record Query(String where, Parameters params) {
    }

    private static Sort sort(Filter f) {
        if (f.sort() == VisitSort.receivedAt) {
            return Sort.descending("v.receivedAt").and("v.id");
        }
        return Sort.descending("v.bookYear").and("v.bookSeq", Sort.Direction.Descending).and("u.code").and("v.id");
    }

    private static Query query(Filter f, Scope scope, LocalDate today, ZoneId zone) {
        Scope.Condition c = scope.clause("u.path");
        List<String> where = new ArrayList<>(List.of(c.where()));
        Parameters p = params(c);
        if (f.q() != null && !f.q().isBlank()) {
            where.add("v.searchText like :q");
            p.and("q", VietnameseText.containsPattern(f.q())); // NFC already (VisitService.withUnitPath)
        }
        if (f.unit() != null) {
            if (f.unitPath() == null) {
                where.add("1 = 0");
            } else {
                where.add("u.path like :unitPath");
                p.and("unitPath", f.unitPath() + "%");
            }
        }
        if (f.from() != null) {
            where.add("v.receivedAt >= :from");
            p.and("from", f.from().atStartOfDay(zone).toInstant());
        }
        if (f.to() != null) {
            where.add("v.receivedAt < :to");
            p.and("to", f.to().plusDays(1).atStartOfDay(zone).toInstant());
        }
        if (f.year() != null) {
            where.add("v.bookYear = :year");
            p.and("year", f.year());
        }
        if (f.classification() != null) {
            where.add("v.classification = :classification");
            p.and("classification", f.classification());
        }
        if (f.direction() != null) {
            where.add("v.handlingDirection = :direction");
            p.and("direction", f.direction());
        }
        if (f.status() != null) {
            where.add("v.status = :status");
            p.and("status", f.status());
        }
        if (f.sessionId() != null) {
            where.add("v.sessionId = :sessionId");
            p.and("sessionId", f.sessionId());
        }
        if (f.confidential() != null) {
            where.add("v.confidential = :confidential");
            p.and("confidential", f.confidential());
        }
        if (f.firstTime() != null) {
            where.add("v.firstTime = :firstTime");
            p.and("firstTime", f.firstTime());
        }
        if (f.noticeOverdue() != null) {
            String overdue = "(v.resultNoticeDue is not null and v.resultNoticeDue < :today and v.resultNoticeSentAt is null and v.status <> :refused)";
            where.add(f.noticeOverdue() ? overdue : "not " + overdue);
            p.and("today", today).and("refused", VisitStatus.REFUSED);
        }
        if (f.caseLinked() != null) {
            if (f.caseLinked()) {
                where.add("v.caseId is not null");
            } else {
                where.add("v.handlingDirection = :thuLy and v.caseId is null");
                p.and("thuLy", HandlingDirection.THU_LY);
            }
        }
        return new Query(String.join(" and ", where), p);
    }

    private static Parameters params(Scope.Condition c) {
        Parameters p = new Parameters();
        c.parameters().forEach(p::and);
        return p;
    }

    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
