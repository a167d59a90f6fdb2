package vn.tiepdan.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.calendar.WorkingCalendar;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ValidityDates;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;

/** Reading, computing with and (administrators) maintaining the deadline rules; every change is audited. */
@ApplicationScoped
class DeadlineService {
    static final String ENTITY = "DEADLINE_RULE";
    private static final Set<String> PERIOD_KEYS = Set.of("COMPLEX", "VERY_COMPLEX", "REMOTE", "REMOTE_COMPLEX",
            "REMOTE_VERY_COMPLEX");
    private static final int MAX_DURATION = 3660;

    private final DeadlineRuleRepository rules;
    private final WorkingCalendar calendar;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final Clock clock;
    private final DeadlineRefresh refresh;

    DeadlineService(DeadlineRuleRepository rules, WorkingCalendar calendar, AuditTrail audit, CurrentUser user,
            Clock clock, DeadlineRefresh refresh) {
        this.refresh = refresh;
        this.rules = rules;
        this.calendar = calendar;
        this.audit = audit;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    List<DeadlineRule> list(LocalDate at, String code) {
        if (code != null && !code.isBlank()) {
            if (at != null) {
                throw ProblemException.invalid("at", "EXCLUSIVE", "deadline.rules.at-or-code");
            }
            return rules.versions(code.strip());
        }
        return rules.inForce(at == null ? LocalDate.now(clock) : at);
    }

    @Transactional
    Due compute(ComputeDeadlineRequest request) {
        Violations violations = new Violations();
        violations.require(request.ruleCode(), "ruleCode");
        violations.maxLength(request.ruleCode(), 64, "ruleCode");
        violations.require(request.startDate(), "startDate");
        if (request.variants() != null && request.variants().stream().anyMatch(Objects::isNull)) {
            violations.add("variants", "REQUIRED", "validation.required");
        }
        if (request.pauses() != null && request.pauses().size() > 50) {
            violations.add("pauses", "TOO_MANY", "deadline.list.too-long", 50);
        }
        if (request.extensions() != null && request.extensions().size() > 10) {
            violations.add("extensions", "TOO_MANY", "deadline.list.too-long", 10);
        }
        violations.throwIfAny();
        String code = request.ruleCode().strip();
        if (!rules.exists(code)) {
            throw ProblemException.invalid("ruleCode", "UNKNOWN_RULE", "deadline.rule.unknown", code);
        }
        DeadlineRule rule = rules.inForce(code, request.startDate()).orElseThrow(() -> ProblemException.invalid(
                "startDate", "NO_RULE_IN_FORCE", "deadline.rule.not-in-force", code, request.startDate().toString()));
        Set<DeadlineVariant> variants = request.variants() == null || request.variants().isEmpty()
                ? EnumSet.noneOf(DeadlineVariant.class) : EnumSet.copyOf(request.variants());
        return DeadlineCalculator.compute(rule, request.startDate(), variants,
                request.pauses() == null ? List.of() : request.pauses(),
                request.extensions() == null ? List.of() : request.extensions(), calendar);
    }

    @Transactional
    DeadlineRule update(String code, LocalDate validFrom, DeadlineRuleChange change) {
        DeadlineRule rule = rules.find(code, validFrom).orElseThrow(ProblemException::notFound);
        if (change.version() == null) {
            throw ProblemException.invalid("version", "REQUIRED", "validation.required");
        }
        if (change.version() != rule.version()) {
            throw ProblemException.staleVersion(rule.version());
        }
        Violations violations = new Violations();
        if (change.duration() != null && (change.duration() < 1 || change.duration() > MAX_DURATION)) {
            violations.add("duration", "OUT_OF_RANGE", "deadline.duration.range", MAX_DURATION);
        }
        if (change.variants() != null) {
            variants(change.variants(), violations);
        }
        if (change.legalBasis() != null) {
            violations.require(change.legalBasis(), "legalBasis");
            violations.maxLength(change.legalBasis(), 500, "legalBasis");
        }
        boolean basisChanged = change.legalBasis() != null && !change.legalBasis().strip().equals(rule.legalBasis());
        if (basisChanged) {
            violations.require(change.reason(), "reason");
        }
        violations.maxLength(change.reason(), 1000, "reason");
        violations.throwIfAny();
        DeadlineRule changed = new DeadlineRule(rule.code(), rule.validFrom(), rule.validTo(), rule.subject(),
                rule.triggerEvent(), change.duration() == null ? rule.duration() : change.duration(),
                change.unit() == null ? rule.unit() : change.unit(),
                change.variants() == null ? rule.variants() : change.variants(), rule.pausesExcluded(),
                change.needsLegalConfirmation() == null ? rule.needsLegalConfirmation()
                        : change.needsLegalConfirmation(),
                basisChanged ? change.legalBasis().strip() : rule.legalBasis(), rule.note(), rule.version());
        rules.update(changed, clock.instant(), user.username());
        audit.record(AuditAction.UPDATE, ENTITY, id(rule), strip(change.reason()), diff(rule, changed));
        // Running deadlines computed from this version get their new due dates at once.
        refresh.refresh();
        return rules.find(code, validFrom).orElseThrow();
    }

    @Transactional
    DeadlineRule createVersion(NewDeadlineRuleVersion request) {
        Violations violations = new Violations();
        violations.require(request.code(), "code");
        violations.maxLength(request.code(), 64, "code");
        violations.require(request.validFrom(), "validFrom");
        ValidityDates.check(request.validFrom(), LocalDate.now(clock), "validFrom", violations);
        violations.require(request.reason(), "reason");
        violations.maxLength(request.reason(), 1000, "reason");
        violations.maxLength(request.legalBasis(), 500, "legalBasis");
        violations.maxLength(request.note(), 1000, "note");
        if (request.duration() != null && (request.duration() < 1 || request.duration() > MAX_DURATION)) {
            violations.add("duration", "OUT_OF_RANGE", "deadline.duration.range", MAX_DURATION);
        }
        if (request.variants() != null) {
            variants(request.variants(), violations);
        }
        violations.throwIfAny();
        String code = request.code().strip();
        List<DeadlineRule> versions = rules.versions(code);
        if (versions.isEmpty()) {
            throw ProblemException.invalid("code", "UNKNOWN_RULE", "deadline.rule.unknown", code);
        }
        DeadlineRule current = versions.get(versions.size() - 1);
        if (current.validTo() != null || !request.validFrom().isAfter(current.validFrom())) {
            throw ProblemException.conflict("validFrom", "NOT_AFTER_CURRENT", "deadline.version.not-after",
                    current.validFrom().toString());
        }
        current = rules.find(code, current.validFrom()).orElseThrow();
        DeadlineRule closed = new DeadlineRule(current.code(), current.validFrom(), request.validFrom().minusDays(1),
                current.subject(), current.triggerEvent(), current.duration(), current.unit(), current.variants(),
                current.pausesExcluded(), current.needsLegalConfirmation(), current.legalBasis(), current.note(),
                current.version());
        DeadlineRule next = new DeadlineRule(code, request.validFrom(), null, current.subject(),
                current.triggerEvent(), request.duration() == null ? current.duration() : request.duration(),
                request.unit() == null ? current.unit() : request.unit(),
                request.variants() == null ? current.variants() : request.variants(),
                request.pausesExcluded() == null ? current.pausesExcluded() : request.pausesExcluded(),
                request.needsLegalConfirmation() == null ? current.needsLegalConfirmation()
                        : request.needsLegalConfirmation(),
                request.legalBasis() == null || request.legalBasis().isBlank() ? current.legalBasis()
                        : request.legalBasis().strip(),
                request.note() == null ? current.note() : strip(request.note()), 0);
        rules.update(closed, clock.instant(), user.username());
        rules.insert(next, clock.instant(), user.username());
        String reason = request.reason().strip();
        audit.record(AuditAction.CLOSE, ENTITY, id(closed), reason, Map.of("validTo", closed.validTo().toString()));
        audit.record(AuditAction.CREATE, ENTITY, id(next), reason, diff(current, next));
        return rules.find(code, request.validFrom()).orElseThrow();
    }

    /** Periods are whole numbers of units; extension rules are {maxExtensions:{COMPLEX:n,..}, extensionDays:n}. */
    private static void variants(Map<String, Object> variants, Violations violations) {
        for (Map.Entry<String, Object> e : variants.entrySet()) {
            boolean ok;
            if (PERIOD_KEYS.contains(e.getKey()) || DeadlineCalculator.EXTENSION_DAYS.equals(e.getKey())) {
                ok = e.getValue() instanceof Integer n && n >= 1 && n <= MAX_DURATION;
            } else if (DeadlineCalculator.MAX_EXTENSIONS.equals(e.getKey())) {
                ok = e.getValue() instanceof Map<?, ?> max && max.entrySet().stream().allMatch(m ->
                        ("COMPLEX".equals(m.getKey()) || "VERY_COMPLEX".equals(m.getKey()))
                                && m.getValue() instanceof Integer n && n >= 0 && n <= 10);
            } else {
                ok = false;
            }
            if (!ok) {
                violations.add("variants." + e.getKey(), "INVALID_VARIANT", "deadline.variants.invalid");
            }
        }
    }

    private static Map<String, Object> diff(DeadlineRule before, DeadlineRule after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("code", after.code());
        details.put("validFrom", after.validFrom().toString());
        put(details, "duration", before.duration(), after.duration());
        put(details, "unit", before.unit(), after.unit());
        put(details, "variants", before.variants(), after.variants());
        put(details, "pausesExcluded", before.pausesExcluded(), after.pausesExcluded());
        put(details, "needsLegalConfirmation", before.needsLegalConfirmation(), after.needsLegalConfirmation());
        put(details, "legalBasis", before.legalBasis(), after.legalBasis());
        return details;
    }

    private static void put(Map<String, Object> details, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("from", before);
            change.put("to", after);
            details.put(field, change);
        }
    }

    static String id(DeadlineRule rule) {
        return rule.code() + "@" + rule.validFrom();
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
