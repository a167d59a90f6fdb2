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
                pauses == null ? List.of() : pauses, extensions == null ? List.of() : extensions, calendar);
    }
}
