package vn.tiepdan.orgunit;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.shared.security.UnitPaths;
import vn.tiepdan.shared.text.VietnameseText;

/** Queries of the organisation tree. Every read for a caller takes the caller's {@link Scope} into its where. */
@ApplicationScoped
public class OrgUnitRepository implements PanacheRepositoryBase<OrgUnit, UUID>, UnitPaths {
    private static final String VALID_ON = "u.validFrom <= :day and (u.validTo is null or u.validTo >= :day)";

    private final Clock clock;

    OrgUnitRepository(Clock clock) {
        this.clock = clock;
    }

    /** The unit that carries this code today (a closed unit keeps its code in history). */
    public Optional<OrgUnit> findCurrentByCode(String code) {
        return find("from OrgUnit u where u.code = :code and " + VALID_ON,
                Parameters.with("code", code).and("day", LocalDate.now(clock))).firstResultOptional();
    }

    @Override
    public Optional<String> currentPathOf(String unitCode) {
        return findCurrentByCode(unitCode).map(OrgUnit::path);
    }

    public Optional<OrgUnit> findInScope(UUID id, Scope scope) {
        Scope.Condition condition = scope.clause("u.path");
        Parameters parameters = with(condition).and("id", id);
        return find("from OrgUnit u where u.id = :id and " + condition.where(), parameters).firstResultOptional();
    }

    List<OrgUnit> page(OrgUnitQuery query, Scope scope, PageParams page) {
        Filter filter = filter(query, scope);
        return find(filter.hql, Sort.by("code").and("validFrom", Sort.Direction.Descending), filter.parameters)
                .page(page.page(), page.size()).list();
    }

    long count(OrgUnitQuery query, Scope scope) {
        Filter filter = filter(query, scope);
        return count(filter.hql, filter.parameters);
    }

    /** Every unit in scope that exists on {@code day}: the tree as it stood that day. */
    List<OrgUnit> validOn(LocalDate day, Scope scope) {
        Scope.Condition condition = scope.clause("u.path");
        return find("from OrgUnit u where " + VALID_ON + " and " + condition.where(), Sort.by("code"),
                with(condition).and("day", day)).list();
    }

    /** The public directory: today's units of the province, without external bodies. */
    List<OrgUnit> publicPage(String q, PageParams page) {
        Filter filter = publicFilter(q);
        return find(filter.hql, Sort.by("code"), filter.parameters).page(page.page(), page.size()).list();
    }

    long publicCount(String q) {
        Filter filter = publicFilter(q);
        return count(filter.hql, filter.parameters);
    }

    public Map<UUID, OrgUnit> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return list("id in ?1", ids).stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
    }

    /** Units strictly below the unit with this path. */
    List<OrgUnit> descendants(String path) {
        return list("path like ?1 and path <> ?2", path + "%", path);
    }

    /** Whether a child of the unit is still valid after {@code day}. */
    boolean hasChildOpenAfter(UUID id, LocalDate day) {
        return count("parentId = ?1 and (validTo is null or validTo > ?2)", id, day) > 0;
    }

    /** Whether another unit carries the code during part of [from, to] (to null: open-ended). */
    boolean codeTakenDuring(String code, LocalDate from, LocalDate to, UUID except) {
        String hql = "code = :code and (validTo is null or validTo >= :from)"
                + (to == null ? "" : " and validFrom <= :to") + (except == null ? "" : " and id <> :except");
        Parameters parameters = Parameters.with("code", code).and("from", from);
        if (to != null) {
            parameters.and("to", to);
        }
        if (except != null) {
            parameters.and("except", except);
        }
        return count(hql, parameters) > 0;
    }

    private record Filter(String hql, Parameters parameters) {
    }

    private Filter filter(OrgUnitQuery q, Scope scope) {
        Scope.Condition condition = scope.clause("u.path");
        List<String> where = new ArrayList<>(List.of(condition.where()));
        Parameters parameters = with(condition);
        if (!q.includeClosed()) {
            where.add("(u.validTo is null or u.validTo >= :today)");
            parameters.and("today", LocalDate.now(clock));
        }
        if (q.q() != null && !q.q().isBlank()) {
            where.add("(cast(function('fold_vi', u.name) as String) like :q"
                    + " or cast(function('fold_vi', u.code) as String) like :q)");
            parameters.and("q", VietnameseText.containsPattern(q.q()));
        }
        if (q.kind() != null) {
            where.add("u.kind = :kind");
            parameters.and("kind", q.kind());
        }
        if (q.level() != null) {
            where.add("u.level = :level");
            parameters.and("level", q.level());
        }
        if (q.parent() != null) {
            where.add("u.parentId = :parent");
            parameters.and("parent", q.parent());
        }
        if (q.code() != null && !q.code().isBlank()) {
            where.add("u.code = :code");
            parameters.and("code", q.code().strip());
        }
        return new Filter("from OrgUnit u where " + String.join(" and ", where), parameters);
    }

    private Filter publicFilter(String q) {
        String hql = "from OrgUnit u where " + VALID_ON + " and u.level <> :external";
        Parameters parameters = Parameters.with("day", LocalDate.now(clock)).and("external", OrgUnitLevel.EXTERNAL);
        if (q != null && !q.isBlank()) {
            hql += " and cast(function('fold_vi', u.name) as String) like :q";
            parameters.and("q", VietnameseText.containsPattern(q));
        }
        return new Filter(hql, parameters);
    }

    private static Parameters with(Scope.Condition condition) {
        Parameters parameters = new Parameters();
        condition.parameters().forEach(parameters::and);
        return parameters;
    }
}
