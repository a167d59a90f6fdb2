package vn.tiepdan.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.security.Scope;

/** Queries of sessions; the scope applies to the path of the session's unit. */
@ApplicationScoped
class SessionRepository implements PanacheRepositoryBase<ReceptionSession, UUID> {
    private static final String FROM = "select s from ReceptionSession s, OrgUnit u where u.id = s.orgUnitId and ";
    static final List<SessionStatus> INACTIVE = List.of(SessionStatus.CANCELLED, SessionStatus.POSTPONED);

    record Filter(UUID unit, UUID schedule, UUID official, LocalDate from, LocalDate to, SessionStatus status) {
    }

    Optional<ReceptionSession> findInScope(UUID id, Scope scope) {
        Scope.Condition c = scope.clause("u.path");
        Parameters p = params(c).and("id", id);
        return find(FROM + "s.id = :id and " + c.where(), p).firstResultOptional();
    }

    List<ReceptionSession> page(Filter filter, Scope scope, PageParams page) {
        Query q = query(filter, scope);
        return find(FROM + q.where, Sort.by("s.date").and("s.plannedStart").and("u.code").and("s.id"), q.params)
                .page(page.page(), page.size()).list();
    }

    long count(Filter filter, Scope scope) {
        Query q = query(filter, scope);
        return find(FROM + q.where, q.params).count();
    }

    /** Another active session of the official that overlaps the slot on that day. */
    boolean overlaps(UUID officialId, LocalDate date, LocalTime start, LocalTime end, UUID exceptId,
            UUID exceptSchedule) {
        return count("presidingOfficialId = ?1 and date = ?2 and plannedStart < ?4 and plannedEnd > ?3 "
                + "and status not in ?5 and id <> ?6 and (scheduleId is null or scheduleId <> ?7)", officialId, date,
                start, end, INACTIVE, exceptId == null ? new UUID(0, 0) : exceptId,
                exceptSchedule == null ? new UUID(0, 0) : exceptSchedule) > 0;
    }

    /** Removes the schedule's sessions on or after the day that nothing happened to yet (to regenerate them). */
    long deleteUntouched(UUID scheduleId, LocalDate fromDay) {
        return delete("scheduleId = ?1 and date >= ?2 and status in ?3 and actualStart is null and not delegated "
                + "and postponedToId is null", scheduleId, fromDay,
                List.of(SessionStatus.PLANNED, SessionStatus.PUBLISHED));
    }

    private record Query(String where, Parameters params) {
    }

    private static Query query(Filter f, Scope scope) {
        Scope.Condition c = scope.clause("u.path");
        List<String> where = new ArrayList<>(List.of(c.where()));
        Parameters p = params(c);
        if (f.unit() != null) {
            where.add("s.orgUnitId = :unit");
            p.and("unit", f.unit());
        }
        if (f.schedule() != null) {
            where.add("s.scheduleId = :schedule");
            p.and("schedule", f.schedule());
        }
        if (f.official() != null) {
            where.add("(s.presidingOfficialId = :official or s.obligatedHeadId = :official)");
            p.and("official", f.official());
        }
        if (f.from() != null) {
            where.add("s.date >= :from");
            p.and("from", f.from());
        }
        if (f.to() != null) {
            where.add("s.date <= :to");
            p.and("to", f.to());
        }
        if (f.status() != null) {
            where.add("s.status = :status");
            p.and("status", f.status());
        }
        return new Query(String.join(" and ", where), p);
    }

    private static Parameters params(Scope.Condition c) {
        Parameters p = new Parameters();
        c.parameters().forEach(p::and);
        return p;
    }
}
