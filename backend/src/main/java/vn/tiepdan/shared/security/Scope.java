package vn.tiepdan.shared.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the caller may act (shared/design/ROLES.md): the whole province for the province-wide roles, otherwise the
 * subtree of the caller's unit (token claim {@code org_unit}), otherwise nothing. Repositories put {@link #clause}
 * into the SQL {@code where} of every query, so a record outside the scope is never read.
 */
@RequestScoped
public class Scope {
    /** Roles that reach the whole tree. */
    public static final List<String> PROVINCE_WIDE_ROLES = List.of(Roles.INSPECTOR, Roles.MOBILIZATION_VIEWER,
            Roles.HOME_AFFAIRS_INSPECTOR, Roles.AUDITOR, Roles.ADMIN);
    /** Roles that reach their own unit and every unit below it. */
    public static final List<String> UNIT_ROLES = List.of(Roles.RECEPTION_OFFICER, Roles.UNIT_LEADER,
            Roles.PETITION_HANDLER, Roles.CONFIDENTIAL_CUSTODIAN, Roles.INTEGRATOR);

    private final CurrentUser user;
    private final UnitPaths paths;
    private Resolved resolved;

    Scope(CurrentUser user, UnitPaths paths) {
        this.user = user;
        this.paths = paths;
    }

    private record Resolved(boolean provinceWide, String path) {
    }

    private Resolved resolved() {
        if (resolved == null) {
            if (PROVINCE_WIDE_ROLES.stream().anyMatch(user::hasRole)) {
                resolved = new Resolved(true, null);
            } else if (UNIT_ROLES.stream().anyMatch(user::hasRole)) {
                resolved = new Resolved(false, user.orgUnitCode().flatMap(paths::currentPathOf).orElse(null));
            } else {
                resolved = new Resolved(false, null);
            }
        }
        return resolved;
    }

    public boolean provinceWide() {
        return resolved().provinceWide();
    }

    /** The path of the caller's unit, for a unit-scoped caller whose unit exists. */
    public Optional<String> unitPath() {
        return Optional.ofNullable(resolved().path());
    }

    /** True when the caller reaches no unit at all (no province-wide role and no known unit). */
    public boolean none() {
        return !provinceWide() && unitPath().isEmpty();
    }

    /** Whether a unit with this materialised path lies in the scope. */
    public boolean reaches(String path) {
        return provinceWide() || (path != null && unitPath().map(path::startsWith).orElse(false));
    }

    /**
     * A JPQL/SQL condition on a path expression, e.g. {@code clause("u.path")}, with its named parameter.
     * Province-wide: always true; unit-scoped: a prefix match; no scope: always false.
     */
    public Condition clause(String pathExpression) {
        if (provinceWide()) {
            return new Condition("1 = 1", Map.of());
        }
        return unitPath()
                .map(path -> new Condition(pathExpression + " like :scopePath", Map.<String, Object>of("scopePath",
                        path + "%")))
                .orElseGet(() -> new Condition("1 = 0", Map.of()));
    }

    /** A where-clause fragment and its named parameters. Paths hold only hex digits, '-' and '/': no wildcards. */
    public record Condition(String where, Map<String, Object> parameters) {
    }
}
