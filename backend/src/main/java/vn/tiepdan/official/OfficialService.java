package vn.tiepdan.official;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.orgunit.OfficialSummary;
import vn.tiepdan.orgunit.OrgUnit;
import vn.tiepdan.orgunit.OrgUnitRepository;
import vn.tiepdan.orgunit.UnitOfficials;
import vn.tiepdan.orgunit.UnitRef;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ValidityDates;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.shared.text.VietnameseText;

/**
 * Use cases of officials. Audit events name the fields that changed, never their values: an official's name is
 * personal data.
 */
@ApplicationScoped
class OfficialService implements UnitOfficials {
    static final String ENTITY = "OFFICIAL";
    /** Keycloak usernames: lower case letters, digits and . _ - (as in the demo realm). */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{1,255}");

    private final OfficialRepository officials;
    private final OrgUnitRepository units;
    private final AuditTrail audit;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;

    OfficialService(OfficialRepository officials, OrgUnitRepository units, AuditTrail audit, Scope scope,
            CurrentUser user, Clock clock) {
        this.officials = officials;
        this.units = units;
        this.audit = audit;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    PageResponse<OfficialView> list(OfficialQuery query, PageParams page) {
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(views(officials.page(query, scope, today, page)), page,
                officials.count(query, scope, today));
    }

    @Transactional
    OfficialView get(UUID id) {
        return views(List.of(find(id))).get(0);
    }

    @Transactional
    OfficialView create(CreateOfficialRequest request) {
        Violations violations = new Violations();
        checkText(request.fullName(), "fullName", violations);
        checkText(request.position(), "position", violations);
        violations.require(request.validFrom(), "validFrom");
        ValidityDates.check(request.validFrom(), LocalDate.now(clock), "validFrom", violations);
        boolean head = Boolean.TRUE.equals(request.head());
        boolean deputy = Boolean.TRUE.equals(request.deputy());
        checkHeadOrDeputy(head, deputy, violations);
        String username = username(request.keycloakUsername(), violations);
        UUID unitId = null;
        if (violations.require(request.unitId(), "unitId")) {
            unitId = unit(request.unitId(), request.validFrom(), violations);
        }
        violations.throwIfAny();
        checkAccountFree(username, request.validFrom(), null, null);

        Official official = new Official(VietnameseText.nfc(request.fullName()), VietnameseText.nfc(request.position()),
                unitId, request.validFrom(), clock.instant(), user.username());
        official.role(head, deputy);
        official.link(username);
        officials.persist(official);
        audit.record(AuditAction.CREATE, ENTITY, official.id(), null, Map.of("unitId", unitId.toString(),
                "fields", List.of("fullName", "position", "head", "deputy", "keycloakUsername", "validFrom")));
        return views(List.of(official)).get(0);
    }

    @Transactional
    OfficialView update(UUID id, UpdateOfficialRequest request) {
        Official official = find(id);
        requireVersion(request.version(), official);
        Violations violations = new Violations();
        if (request.fullName() != null) {
            checkText(request.fullName(), "fullName", violations);
        }
        if (request.position() != null) {
            checkText(request.position(), "position", violations);
        }
        boolean head = request.head() != null ? request.head() : official.head();
        boolean deputy = request.deputy() != null ? request.deputy() : official.deputy();
        checkHeadOrDeputy(head, deputy, violations);
        LocalDate validFrom = request.validFrom() != null ? request.validFrom() : official.validFrom();
        ValidityDates.check(request.validFrom(), LocalDate.now(clock), "validFrom", violations);
        if (official.validTo() != null && official.validTo().isBefore(validFrom)) {
            violations.add("validFrom", "AFTER_VALID_TO", "official.valid-from.after-valid-to");
        }
        String username = request.keycloakUsername() == null ? official.keycloakUsername()
                : username(request.keycloakUsername(), violations);
        UUID unitId = official.orgUnitId();
        if (request.unitId() != null && !request.unitId().equals(unitId)) {
            unitId = unit(request.unitId(), validFrom, violations);
        }
        violations.throwIfAny();
        checkAccountFree(username, validFrom, official.validTo(), official.id());

        List<String> changed = new ArrayList<>();
        String fullName = request.fullName() == null ? official.fullName() : VietnameseText.nfc(request.fullName());
        String position = request.position() == null ? official.position() : VietnameseText.nfc(request.position());
        mark(changed, "fullName", official.fullName(), fullName);
        mark(changed, "position", official.position(), position);
        mark(changed, "head", official.head(), head);
        mark(changed, "deputy", official.deputy(), deputy);
        mark(changed, "keycloakUsername", official.keycloakUsername(), username);
        mark(changed, "validFrom", official.validFrom(), validFrom);
        mark(changed, "unitId", official.orgUnitId(), unitId);
        official.describe(fullName, position);
        official.role(head, deputy);
        official.link(username);
        official.startOn(validFrom);
        official.moveTo(unitId);
        official.touch(clock.instant(), user.username());
        officials.flush();
        audit.record(AuditAction.UPDATE, ENTITY, official.id(), null, Map.of("fields", changed));
        return views(List.of(official)).get(0);
    }

    @Transactional
    OfficialView close(UUID id, CloseOfficialRequest request) {
        Official official = find(id);
        requireVersion(request.version(), official);
        Violations violations = new Violations();
        violations.require(request.validTo(), "validTo");
        ValidityDates.check(request.validTo(), LocalDate.now(clock), "validTo", violations);
        violations.require(request.reason(), "reason");
        violations.maxLength(request.reason(), 1000, "reason");
        if (request.validTo() != null && request.validTo().isBefore(official.validFrom())) {
            violations.add("validTo", "BEFORE_VALID_FROM", "official.valid-to.before-valid-from");
        }
        violations.throwIfAny();
        if (official.validTo() != null) {
            throw ProblemException.conflict("validTo", "ALREADY_CLOSED", "official.already-closed",
                    official.validTo());
        }
        official.end(request.validTo());
        official.touch(clock.instant(), user.username());
        officials.flush();
        audit.record(AuditAction.CLOSE, ENTITY, official.id(), request.reason().strip(),
                Map.of("validTo", request.validTo().toString()));
        return views(List.of(official)).get(0);
    }

    @Override
    public boolean callerMayRead() {
        return OfficialResource.READERS.stream().anyMatch(user::hasRole);
    }

    @Override
    public List<OfficialSummary> of(UUID unitId, LocalDate day) {
        return officials.ofUnitOn(unitId, day).stream()
                .map(o -> new OfficialSummary(o.id(), o.fullName(), o.position(), o.head(), o.deputy())).toList();
    }

    @Override
    public int endAll(UUID unitId, LocalDate lastDay) {
        return officials.endAll(unitId, lastDay);
    }

    private Official find(UUID id) {
        return officials.findInScope(id, scope).orElseThrow(ProblemException::notFound);
    }

    private List<OfficialView> views(List<Official> list) {
        Set<UUID> unitIds = new HashSet<>();
        list.forEach(o -> unitIds.add(o.orgUnitId()));
        Map<UUID, OrgUnit> byId = units.byIds(unitIds);
        LocalDate today = LocalDate.now(clock);
        return list.stream().map(o -> {
            OrgUnit u = byId.get(o.orgUnitId());
            UnitRef ref = new UnitRef(scope.reaches(u.path()) ? u.id() : null, u.code(), u.name());
            return new OfficialView(o.id(), o.fullName(), o.position(), ref, o.head(), o.deputy(),
                    o.keycloakUsername(), o.validFrom(), o.validTo(), o.inOfficeOn(today), o.version());
        }).toList();
    }

    private UUID unit(UUID unitId, LocalDate validFrom, Violations violations) {
        OrgUnit unit = units.findInScope(unitId, scope).orElse(null);
        if (unit == null) {
            violations.add("unitId", "UNKNOWN_UNIT", "official.unit.unknown");
            return null;
        }
        if (validFrom != null && !unit.validOn(validFrom)) {
            violations.add("unitId", "UNIT_NOT_VALID", "official.unit.not-valid", validFrom.toString());
        }
        return unit.id();
    }

    private void requireVersion(Long version, Official official) {
        if (version == null) {
            throw ProblemException.invalid("version", "REQUIRED", "validation.required");
        }
        if (version != official.version()) {
            throw ProblemException.staleVersion(official.version());
        }
    }

    private void checkAccountFree(String username, LocalDate from, LocalDate to, UUID except) {
        if (username != null && officials.accountTakenDuring(username, from, to, except)) {
            throw ProblemException.conflict("keycloakUsername", "ACCOUNT_TAKEN", "official.account.taken");
        }
    }

    private static void checkText(String value, String field, Violations violations) {
        if (violations.require(value, field)) {
            violations.maxLength(value, 255, field);
        }
    }

    private static void checkHeadOrDeputy(boolean head, boolean deputy, Violations violations) {
        if (head && deputy) {
            violations.add("deputy", "HEAD_AND_DEPUTY", "official.head-and-deputy");
        }
    }

    private static String username(String value, Violations violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String username = value.strip();
        if (!USERNAME.matcher(username).matches()) {
            violations.add("keycloakUsername", "USERNAME_FORMAT", "official.username.format");
        }
        return username;
    }

    private static void mark(List<String> changed, String field, Object before, Object after) {
        if (before == null ? after != null : !before.equals(after)) {
            changed.add(field);
        }
    }
}
