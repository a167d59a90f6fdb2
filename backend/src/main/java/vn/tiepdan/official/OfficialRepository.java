package vn.tiepdan.official;

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

/** Queries of officials; the scope applies to the path of the official's unit. */
@ApplicationScoped
class OfficialRepository implements PanacheRepositoryBase<Official, UUID> {
    private static final String FROM = "select o from Official o, OrgUnit u where u.id = o.orgUnitId and ";

    Optional<Official> findInScope(UUID id, Scope scope) {
        Scope.Condition condition = scope.clause("u.path");
        Parameters parameters = with(condition).and("id", id);
        return find(FROM + "o.id = :id and " + condition.where(), parameters).firstResultOptional();
    }

    List<Official> page(OfficialQuery query, Scope scope, LocalDate today, PageParams page) {
        Filter filter = filter(query, scope, today);
        return find(FROM + filter.where, Sort.by("o.fullName").and("o.id"), filter.parameters)
                .page(page.page(), page.size()).list();
    }

    long count(OfficialQuery query, Scope scope, LocalDate today) {
        Filter filter = filter(query, scope, today);
        return find(FROM + filter.where, filter.parameters).count();
    }

    List<Official> ofUnitOn(UUID unitId, LocalDate day) {
        return list("orgUnitId = ?1 and validFrom <= ?2 and (validTo is null or validTo >= ?2) "
                + "order by head desc, deputy desc, fullName", unitId, day);
    }

    int endAll(UUID unitId, LocalDate lastDay) {
        return update("validTo = ?2 where orgUnitId = ?1 and validFrom <= ?2 and (validTo is null or validTo > ?2)",
                unitId, lastDay);
    }

    /** Whether another official links the account during part of [from, to]. */
    boolean accountTakenDuring(String username, LocalDate from, LocalDate to, UUID except) {
        String hql = "keycloakUsername = :username and (validTo is null or validTo >= :from)"
                + (to == null ? "" : " and validFrom <= :to") + (except == null ? "" : " and id <> :except");
        Parameters parameters = Parameters.with("username", username).and("from", from);
        if (to != null) {
            parameters.and("to", to);
        }
        if (except != null) {
            parameters.and("except", except);
        }
        return count(hql, parameters) > 0;
    }

    private record Filter(String where, Parameters parameters) {
    }

    private static Filter filter(OfficialQuery q, Scope scope, LocalDate today) {
        Scope.Condition condition = scope.clause("u.path");
        List<String> where = new ArrayList<>(List.of(condition.where()));
        Parameters parameters = with(condition);
        if (!q.includeClosed()) {
            where.add("(o.validTo is null or o.validTo >= :today)");
            parameters.and("today", today);
        }
        if (q.unit() != null) {
            where.add("o.orgUnitId = :unit");
            parameters.and("unit", q.unit());
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.add("(cast(function('fold_vi', o.fullName) as String) like :q"
                    + " or cast(function('fold_vi', o.position) as String) like :q)");
            parameters.and("q", VietnameseText.containsPattern(q.q()));
        }
        return new Filter(String.join(" and ", where), parameters);
    }

    private static Parameters with(Scope.Condition condition) {
        Parameters parameters = new Parameters();
        condition.parameters().forEach(parameters::and);
        return parameters;
    }
}
