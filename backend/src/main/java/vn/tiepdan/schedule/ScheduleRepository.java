package vn.tiepdan.schedule;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.security.Scope;

/** Queries of schedules; the scope applies to the path of the schedule's unit. */
@ApplicationScoped
class ScheduleRepository implements PanacheRepositoryBase<ReceptionSchedule, UUID> {
    private static final String FROM = "select s from ReceptionSchedule s, OrgUnit u where u.id = s.orgUnitId and ";

    Optional<ReceptionSchedule> findInScope(UUID id, Scope scope) {
        Scope.Condition c = scope.clause("u.path");
        return find(FROM + "s.id = :id and " + c.where(), params(c).and("id", id)).firstResultOptional();
    }

    List<ReceptionSchedule> page(UUID unit, boolean includeEnded, Scope scope, PageParams page) {
        Scope.Condition c = scope.clause("u.path");
        return find(FROM + where(unit, includeEnded, c), Sort.by("u.code").and("s.startTime").and("s.id"),
                params(c, unit)).page(page.page(), page.size()).list();
    }

    long count(UUID unit, boolean includeEnded, Scope scope) {
        Scope.Condition c = scope.clause("u.path");
        return find(FROM + where(unit, includeEnded, c), params(c, unit)).count();
    }

    /** Schedules in force on some day of [from, to], for the generation job (no caller, no scope). */
    List<ReceptionSchedule> activeDuring(LocalDate from, LocalDate to) {
        return list("endedAt is null and validFrom <= ?2 and (validTo is null or validTo >= ?1)", from, to);
    }

    private static String where(UUID unit, boolean includeEnded, Scope.Condition c) {
        return c.where() + (unit == null ? "" : " and s.orgUnitId = :unit")
                + (includeEnded ? "" : " and s.endedAt is null");
    }

    private static Parameters params(Scope.Condition c, UUID unit) {
        Parameters p = params(c);
        if (unit != null) {
            p.and("unit", unit);
        }
        return p;
    }

    private static Parameters params(Scope.Condition c) {
        Parameters p = new Parameters();
        c.parameters().forEach(p::and);
        return p;
    }
}
