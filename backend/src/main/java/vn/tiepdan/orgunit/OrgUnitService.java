package vn.tiepdan.orgunit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ValidityDates;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Scope;
import vn.tiepdan.shared.text.VietnameseText;

/** Use cases of the organisation tree. Each write runs in one transaction with its audit event. */
@ApplicationScoped
public class OrgUnitService {
    static final String ENTITY = "ORG_UNIT";

    private final OrgUnitRepository units;
    private final SuccessionRepository successions;
    private final OrgUnitMapper mapper;
    private final UnitOfficials officials;
    private final AuditTrail audit;
    private final Scope scope;
    private final CurrentUser user;
    private final Clock clock;

    OrgUnitService(OrgUnitRepository units, SuccessionRepository successions, OrgUnitMapper mapper,
            UnitOfficials officials, AuditTrail audit, Scope scope, CurrentUser user, Clock clock) {
        this.units = units;
        this.successions = successions;
        this.mapper = mapper;
        this.officials = officials;
        this.audit = audit;
        this.scope = scope;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    PageResponse<OrgUnitSummary> list(OrgUnitQuery query, PageParams page) {
        return PageResponse.of(mapper.summaries(units.page(query, scope, page)), page, units.count(query, scope));
    }

    @Transactional
    List<OrgUnitNode> tree(LocalDate at) {
        return mapper.tree(units.validOn(at == null ? LocalDate.now(clock) : at, scope));
    }

    @Transactional
    OrgUnitView get(UUID id) {
        return mapper.view(find(id));
    }

    @Transactional
    OrgUnitView create(CreateOrgUnitRequest request) {
        Violations violations = new Violations();
        String code = request.code() == null ? null : request.code().strip();
        if (violations.require(code, "code") && !UnitRules.codeIsWellFormed(code)) {
            violations.add("code", "CODE_FORMAT", "orgunit.code.format");
        }
        checkName(request.name(), violations, true);
        violations.require(request.kind(), "kind");
        violations.require(request.level(), "level");
        checkKindLevel(request.kind(), request.level(), violations);
        checkContact(request.adminUnitCode(), request.address(), request.phone(), request.email(), violations);
        violations.require(request.validFrom(), "validFrom");
        ValidityDates.check(request.validFrom(), LocalDate.now(clock), "validFrom", violations);
        ValidityDates.check(request.validTo(), LocalDate.now(clock), "validTo", violations);
        if (request.validFrom() != null && request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            violations.add("validTo", "BEFORE_VALID_FROM", "orgunit.valid-to.before-valid-from");
        }
        List<ReceptionPlace> places = places(request.receptionPlaces(), violations);
        OrgUnit parent = request.parentId() == null ? null : parent(request.parentId(), request.validFrom(), violations);
        checkParentLevel(request.kind(), request.level(), parent, violations);
        violations.throwIfAny();
        checkCodeFree(code, request.validFrom(), request.validTo(), null);

        OrgUnit unit = new OrgUnit(code, VietnameseText.nfc(request.name()), request.kind(), request.level(), parent,
                request.validFrom(), clock.instant(), user.username());
        unit.contact(blankToNull(request.adminUnitCode()), nfcOrNull(request.address()), blankToNull(request.phone()),
                blankToNull(request.email()));
        unit.replaceReceptionPlaces(places);
        if (request.validTo() != null) {
            unit.close(request.validTo());
        }
        units.persist(unit);
        audit.record(AuditAction.CREATE, ENTITY, unit.id(), null, snapshot(unit));
        return mapper.view(unit);
    }

    @Transactional
    OrgUnitView update(UUID id, UpdateOrgUnitRequest request) {
        OrgUnit unit = find(id);
        requireVersion(request.version(), unit);
        Violations violations = new Violations();
        if (request.name() != null) {
            checkName(request.name(), violations, true);
        }
        OrgUnitKind kind = request.kind() != null ? request.kind() : unit.kind();
        OrgUnitLevel level = request.level() != null ? request.level() : unit.level();
        checkKindLevel(kind, level, violations);
        checkContact(request.adminUnitCode(), request.address(), request.phone(), request.email(), violations);
        LocalDate validFrom = request.validFrom() != null ? request.validFrom() : unit.validFrom();
        ValidityDates.check(request.validFrom(), LocalDate.now(clock), "validFrom", violations);
        if (unit.validTo() != null && unit.validTo().isBefore(validFrom)) {
            violations.add("validFrom", "AFTER_VALID_TO", "orgunit.valid-from.after-valid-to");
        }
        List<ReceptionPlace> places = request.receptionPlaces() == null ? null
                : places(request.receptionPlaces(), violations);
        OrgUnit newParent = null;
        if (request.parentId() != null && !request.parentId().equals(unit.parentId())) {
            newParent = parent(request.parentId(), validFrom, violations);
            if (newParent != null && unit.isAncestorOrSelfOf(newParent)) {
                violations.add("parentId", "PARENT_CYCLE", "orgunit.parent.cycle");
            }
        }
        checkParentLevel(kind, level, newParent != null ? newParent : unit.parentId() == null ? null
                : units.findById(unit.parentId()), violations);
        violations.throwIfAny();
        if (!validFrom.equals(unit.validFrom())) {
            checkCodeFree(unit.code(), validFrom, unit.validTo(), unit.id());
        }

        Map<String, Object> changes = new LinkedHashMap<>();
        if (request.name() != null && !VietnameseText.nfc(request.name()).equals(unit.name())) {
            unit.rename(VietnameseText.nfc(request.name()));
            changes.put("name", unit.name());
        }
        if (kind != unit.kind() || level != unit.level()) {
            unit.classify(kind, level);
            changes.put("kind", kind.name());
            changes.put("level", level.name());
        }
        applyContact(unit, request, changes);
        if (!validFrom.equals(unit.validFrom())) {
            unit.startOn(validFrom);
            changes.put("validFrom", validFrom.toString());
        }
        if (places != null) {
            unit.replaceReceptionPlaces(places);
            changes.put("receptionPlaces", places.size());
        }
        if (newParent != null) {
            moveUnder(unit, newParent);
            changes.put("parentId", newParent.id().toString());
        }
        unit.touch(clock.instant(), user.username());
        units.flush();
        audit.record(AuditAction.UPDATE, ENTITY, unit.id(), null, changes);
        return mapper.view(unit);
    }

    @Transactional
    OrgUnitView close(UUID id, CloseOrgUnitRequest request) {
        OrgUnit unit = find(id);
        requireVersion(request.version(), unit);
        Violations violations = new Violations();
        violations.require(request.validTo(), "validTo");
        ValidityDates.check(request.validTo(), LocalDate.now(clock), "validTo", violations);
        violations.require(request.reason(), "reason");
        violations.maxLength(request.reason(), 1000, "reason");
        violations.maxLength(request.legalBasis(), 500, "legalBasis");
        if (request.validTo() != null && request.validTo().isBefore(unit.validFrom())) {
            violations.add("validTo", "BEFORE_VALID_FROM", "orgunit.valid-to.before-valid-from");
        }
        OrgUnit successor = null;
        if ((request.successorId() == null) != (request.successionKind() == null)) {
            violations.add(request.successorId() == null ? "successorId" : "successionKind", "REQUIRED",
                    "orgunit.succession.both-required");
        } else if (request.successorId() != null) {
            successor = units.findInScope(request.successorId(), scope).orElse(null);
            if (successor == null || successor.id().equals(unit.id())) {
                violations.add("successorId", "UNKNOWN_UNIT", "orgunit.successor.unknown");
                successor = null;
            } else if (request.validTo() != null && !successor.validOn(request.validTo().plusDays(1))) {
                violations.add("successorId", "NOT_VALID", "orgunit.successor.not-valid");
            }
        }
        violations.throwIfAny();
        if (unit.validTo() != null) {
            throw ProblemException.conflict("validTo", "ALREADY_CLOSED", "orgunit.already-closed", unit.validTo());
        }
        if (units.hasChildOpenAfter(unit.id(), request.validTo())) {
            throw ProblemException.conflict("validTo", "OPEN_CHILDREN", "orgunit.open-children");
        }

        unit.close(request.validTo());
        unit.touch(clock.instant(), user.username());
        int ended = officials.endAll(unit.id(), request.validTo());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("validTo", request.validTo().toString());
        details.put("officialsEnded", ended);
        if (successor != null) {
            successions.persist(new Succession(unit.id(), successor.id(), request.successionKind(),
                    request.validTo().plusDays(1), blankToNull(request.legalBasis()), clock.instant(),
                    user.username()));
            details.put("successorId", successor.id().toString());
            details.put("successionKind", request.successionKind().name());
            details.put("legalBasis", blankToNull(request.legalBasis()));
        }
        units.flush();
        audit.record(AuditAction.CLOSE, ENTITY, unit.id(), request.reason().strip(), details);
        return mapper.view(unit);
    }

    /** The unit if it exists and lies in the caller's scope; 404 otherwise (existence is not revealed). */
    OrgUnit find(UUID id) {
        return units.findInScope(id, scope).orElseThrow(ProblemException::notFound);
    }

    /** Moves a unit and its whole subtree under a new parent, rewriting the materialised paths. */
    void moveUnder(OrgUnit unit, OrgUnit parent) {
        String oldPath = unit.path();
        List<OrgUnit> below = units.descendants(oldPath);
        unit.placeUnder(parent);
        below.forEach(d -> d.movePath(oldPath, unit.path()));
    }

    static Map<String, Object> snapshot(OrgUnit unit) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", unit.code());
        details.put("name", unit.name());
        details.put("kind", unit.kind().name());
        details.put("level", unit.level().name());
        details.put("parentId", unit.parentId() == null ? null : unit.parentId().toString());
        details.put("validFrom", unit.validFrom().toString());
        details.put("validTo", unit.validTo() == null ? null : unit.validTo().toString());
        return details;
    }

    private void requireVersion(Long version, OrgUnit unit) {
        if (version == null) {
            throw ProblemException.invalid("version", "REQUIRED", "validation.required");
        }
        if (version != unit.version()) {
            throw ProblemException.staleVersion(unit.version());
        }
    }

    private OrgUnit parent(UUID parentId, LocalDate validFrom, Violations violations) {
        OrgUnit parent = units.findInScope(parentId, scope).orElse(null);
        if (parent == null) {
            violations.add("parentId", "UNKNOWN_PARENT", "orgunit.parent.unknown");
            return null;
        }
        if (validFrom != null && !parent.validOn(validFrom)) {
            violations.add("parentId", "PARENT_NOT_VALID", "orgunit.parent.not-valid", validFrom.toString());
        }
        return parent;
    }

    private void checkCodeFree(String code, LocalDate from, LocalDate to, UUID except) {
        if (units.codeTakenDuring(code, from, to, except)) {
            throw ProblemException.conflict("code", "CODE_OVERLAP", "orgunit.code.overlap", code);
        }
    }

    private static void checkName(String name, Violations violations, boolean required) {
        if (required && !violations.require(name, "name")) {
            return;
        }
        violations.maxLength(name, 255, "name");
    }

    private static void checkParentLevel(OrgUnitKind kind, OrgUnitLevel level, OrgUnit parent, Violations violations) {
        if (parent != null && !UnitRules.parentSuits(kind, level, parent.level())) {
            violations.add("parentId", "PARENT_LEVEL", "orgunit.parent.level", parent.level().name());
        }
    }

    private static void checkKindLevel(OrgUnitKind kind, OrgUnitLevel level, Violations violations) {
        if (kind != null && level != null && !UnitRules.levelSuitsKind(kind, level)) {
            violations.add("level", "LEVEL_KIND_MISMATCH", "orgunit.level.kind-mismatch", kind.name());
        }
    }

    private static void checkContact(String adminUnitCode, String address, String phone, String email,
            Violations violations) {
        if (!isBlank(adminUnitCode) && !UnitRules.adminUnitCodeIsValid(adminUnitCode.strip())) {
            violations.add("adminUnitCode", "ADMIN_UNIT_CODE_FORMAT", "orgunit.admin-unit-code.format");
        }
        violations.maxLength(address, 500, "address");
        if (!isBlank(phone) && !UnitRules.phoneIsValid(phone.strip())) {
            violations.add("phone", "PHONE_FORMAT", "orgunit.phone.format");
        }
        if (!isBlank(email) && !UnitRules.emailIsValid(email.strip())) {
            violations.add("email", "EMAIL_FORMAT", "orgunit.email.format");
        }
    }

    private static void applyContact(OrgUnit unit, UpdateOrgUnitRequest r, Map<String, Object> changes) {
        String adminUnitCode = r.adminUnitCode() == null ? unit.adminUnitCode() : blankToNull(r.adminUnitCode());
        String address = r.address() == null ? unit.address() : nfcOrNull(r.address());
        String phone = r.phone() == null ? unit.phone() : blankToNull(r.phone());
        String email = r.email() == null ? unit.email() : blankToNull(r.email());
        putIfChanged(changes, "adminUnitCode", unit.adminUnitCode(), adminUnitCode);
        putIfChanged(changes, "address", unit.address(), address);
        putIfChanged(changes, "phone", unit.phone(), phone);
        putIfChanged(changes, "email", unit.email(), email);
        unit.contact(adminUnitCode, address, phone, email);
    }

    private static void putIfChanged(Map<String, Object> changes, String field, String before, String after) {
        if (before == null ? after != null : !before.equals(after)) {
            changes.put(field, after);
        }
    }

    static List<ReceptionPlace> places(List<ReceptionPlaceInput> inputs, Violations violations) {
        List<ReceptionPlace> places = new ArrayList<>();
        if (inputs == null) {
            return places;
        }
        for (int i = 0; i < inputs.size(); i++) {
            ReceptionPlaceInput in = inputs.get(i);
            String prefix = "receptionPlaces[" + i + "].";
            if (in == null) {
                violations.add("receptionPlaces[" + i + "]", "REQUIRED", "validation.required");
                continue;
            }
            boolean ok = violations.require(in.kind(), prefix + "kind");
            ok &= violations.require(in.name(), prefix + "name");
            ok &= violations.require(in.address(), prefix + "address");
            violations.maxLength(in.name(), 255, prefix + "name");
            violations.maxLength(in.address(), 500, prefix + "address");
            if (ok) {
                places.add(new ReceptionPlace(in.kind(), VietnameseText.nfc(in.name()),
                        VietnameseText.nfc(in.address()), in.published() == null || in.published(), i));
            }
        }
        return places;
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    static String nfcOrNull(String text) {
        return isBlank(text) ? null : VietnameseText.nfc(text);
    }
}
