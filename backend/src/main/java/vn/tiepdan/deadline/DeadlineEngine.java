package vn.tiepdan.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tiepdan.calendar.WorkingCalendar;

/**
 * The deadline engine as other features use it: choose the rule version in force on the triggering day, then compute
 * the due date with its derivation from that version, the variants, the extensions and the pauses. Days off come only
 * from {@link WorkingCalendar}.
 */
@ApplicationScoped
public class DeadlineEngine {
    private final DeadlineRuleRepository rules;
    private final WorkingCalendar calendar;

    DeadlineEngine(DeadlineRuleRepository rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** Whether a version of the rule is in force on the day (a day before the first version has none). */
    @Transactional
    public boolean inForce(String code, LocalDate day) {
        return rules.inForce(code, day).isPresent();
    }

    /** The version of the rule in force on the day; IllegalStateException when the rule is unknown or not in force. */
    @Transactional
    public DeadlineRule ruleInForce(String code, LocalDate day) {
        return rules.inForce(code, day).orElseThrow(() -> new IllegalStateException("no rule " + code + " on " + day));
    }

    /**
     * The due date from one rule version. Throws the engine's 400 problem {@code extensions TOO_MANY_EXTENSIONS}
     * when the extensions exceed what the rule allows for the variants.
     */
    @Transactional
    public Due compute(String code, LocalDate ruleValidFrom, LocalDate start, Set<DeadlineVariant> variants,
            List<DeadlinePause> pauses, List<DeadlineExtension> extensions) {
        DeadlineRule rule = rules.version(code, ruleValidFrom)
                .orElseThrow(() -> new IllegalStateException("no rule " + code + " from " + ruleValidFrom));
        return DeadlineCalculator.compute(rule, start,
                variants == null || variants.isEmpty() ? EnumSet.noneOf(DeadlineVariant.class) : EnumSet.copyOf(variants),
                afterStart(start, pauses), extensions == null ? List.of() : extensions, calendar,
                p -> rule.pausesExcluded() || excludedOn(code, p));
    }

    /**
     * The stored pauses as counted: the start day itself never counts (Bộ luật Dân sự 2015, Điều 147), so a
     * suspension signed on the acceptance day pauses from the next day; nothing in the law forbids suspending then.
     */
    static List<DeadlinePause> afterStart(LocalDate start, List<DeadlinePause> pauses) {
        if (pauses == null || pauses.isEmpty() || start == null) {
            return pauses == null ? List.of() : pauses;
        }
        List<DeadlinePause> out = new java.util.ArrayList<>();
        for (DeadlinePause p : pauses) {
            if (p == null || p.from() == null || p.to() == null || p.from().isAfter(start)) {
                out.add(p);
            } else if (p.to().isAfter(start)) {
                out.add(new DeadlinePause(start.plusDays(1), p.to()));
            }
        }
        return out;
    }

    /** As {@link #compute}, empty on any failure, caught inside so the caller's transaction stays usable. */
    @Transactional
    public java.util.Optional<Due> tryCompute(String code, LocalDate ruleValidFrom, LocalDate start,
            Set<DeadlineVariant> variants, List<DeadlinePause> pauses, List<DeadlineExtension> extensions) {
        try {
            return java.util.Optional.of(compute(code, ruleValidFrom, start, variants, pauses, extensions));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** As {@link #compute}, but empty when a year of the period has no working-day calendar (for read views). */
    @Transactional
    public java.util.Optional<Due> computeIfCalendar(String code, LocalDate ruleValidFrom, LocalDate start,
            Set<DeadlineVariant> variants, List<DeadlinePause> pauses, List<DeadlineExtension> extensions) {
        try {
            return java.util.Optional.of(compute(code, ruleValidFrom, start, variants, pauses, extensions));
        } catch (vn.tiepdan.shared.api.ProblemException e) {
            // Caught inside the transactional method, so the caller's transaction is not marked for rollback.
            if (e.issues().stream().anyMatch(i -> "CALENDAR_MISSING".equals(i.code()))) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Whether the version in force on the pause's first day excludes pauses: a suspension is a procedural act under
     * the law of its day (DOMAIN.md §0.2), e.g. a complaint accepted 30/6/2026 and suspended 10/7/2026 under
     * Luật 136/2025/QH15 (tạm đình chỉ, in force 1/7/2026) does not count the suspended days.
     */
    private boolean excludedOn(String code, DeadlinePause p) {
        return p != null && p.from() != null && rules.inForce(code, p.from()).map(DeadlineRule::pausesExcluded)
                .orElse(false);
    }

    /** How many extensions the version allows for the variants (Luật Tố cáo 2018, Điều 30(2),(3)). */
    @Transactional
    public int extensionsAllowed(String code, LocalDate ruleValidFrom, Set<DeadlineVariant> variants) {
        DeadlineRule rule = rules.version(code, ruleValidFrom)
                .orElseThrow(() -> new IllegalStateException("no rule " + code + " from " + ruleValidFrom));
        return DeadlineCalculator.allowedExtensions(rule, variants == null ? Set.of() : variants);
    }
}
