package vn.tiepdan.cases;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tiepdan.deadline.DeadlineEngine;
import vn.tiepdan.deadline.DeadlineExtension;
import vn.tiepdan.deadline.DeadlinePause;
import vn.tiepdan.deadline.DeadlineRule;
import vn.tiepdan.deadline.DeadlineVariant;
import vn.tiepdan.deadline.Due;

/**
 * The legal deadlines of cases: started, met, paused, resumed, extended and cancelled; due_on is always recomputed by
 * {@link DeadlineEngine} from the rule version in force on the start day, the variants, extensions and pauses.
 */
@ApplicationScoped
class CaseDeadlines {
    static final String ACTIVE = "ACTIVE";
    static final String PAUSED = "PAUSED";
    static final String MET = "MET";
    static final String CANCELLED = "CANCELLED";

    private final EntityManager em;
    private final DeadlineEngine engine;
    private final Clock clock;
    private final ObjectMapper json;

    CaseDeadlines(EntityManager em, DeadlineEngine engine, Clock clock, ObjectMapper json) {
        this.em = em;
        this.engine = engine;
        this.clock = clock;
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    LegalDeadline start(CaseFile c, String kind, String code, LocalDate start, Set<DeadlineVariant> variants) {
        DeadlineRule rule = engine.ruleInForce(code, start);
        LegalDeadline d = new LegalDeadline(c.id, c.orgUnitId, kind, code, rule.validFrom(), start, clock.instant());
        d.variants = write(variants.stream().map(Enum::name).sorted().toList());
        d.dueOn = engine.compute(code, d.ruleValidFrom, start, variants, List.of(), List.of()).dueOn();
        em.persist(d);
        return d;
    }

    List<LegalDeadline> ofCase(UUID caseId) {
        return em.createQuery("from LegalDeadline where caseId = :c order by createdAt, id", LegalDeadline.class)
                .setParameter("c", caseId).getResultList();
    }

    /** The running (ACTIVE or PAUSED) deadline of the kind, if any. */
    Optional<LegalDeadline> running(UUID caseId, String kind) {
        return ofCase(caseId).stream().filter(d -> d.kind.equals(kind) && isRunning(d))
                .max(Comparator.comparing(d -> d.createdAt));
    }

    static boolean isRunning(LegalDeadline d) {
        return ACTIVE.equals(d.status) || PAUSED.equals(d.status);
    }

    /** Meets the running deadline of the kind on the day; returns whether it was on time (null: none running). */
    @Transactional(Transactional.TxType.MANDATORY)
    Boolean meet(UUID caseId, String kind, LocalDate on) {
        Optional<LegalDeadline> found = running(caseId, kind);
        if (found.isEmpty()) {
            return null;
        }
        LegalDeadline d = found.get();
        LocalDate due = d.dueOn != null ? d.dueOn : due(d, on).dueOn();
        d.status = MET;
        d.metOn = on;
        d.onTime = !on.isAfter(due);
        return d.onTime;
    }

    /** Cancels every running deadline (the case reached a terminal state, or a new instance replaces it). */
    @Transactional(Transactional.TxType.MANDATORY)
    void cancelRunning(UUID caseId, String kind) {
        for (LegalDeadline d : ofCase(caseId)) {
            if (isRunning(d) && (kind == null || d.kind.equals(kind))) {
                d.status = CANCELLED;
            }
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void pause(UUID caseId, String kind, LocalDate from, String decisionRef) {
        running(caseId, kind).filter(d -> ACTIVE.equals(d.status)).ifPresent(d -> {
            em.persist(new LegalDeadlinePause(d.id, from, decisionRef));
            d.status = PAUSED;
            d.dueOn = null;
        });
    }

    /** Closes the open pause the day before {@code on}; false when that day is before the pause began. */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean resume(UUID caseId, String kind, LocalDate on, String resumeRef) {
        Optional<LegalDeadline> found = running(caseId, kind).filter(d -> PAUSED.equals(d.status));
        if (found.isEmpty()) {
            return true;
        }
        LegalDeadline d = found.get();
        LegalDeadlinePause open = pauses(d.id).stream().filter(p -> p.toOn == null).findFirst().orElse(null);
        if (open != null) {
            if (!on.isAfter(open.fromOn)) {
                return false;
            }
            open.toOn = on.minusDays(1);
            open.resumeRef = resumeRef;
        }
        d.status = ACTIVE;
        em.flush();
        d.dueOn = due(d, on).dueOn();
        return true;
    }

    /** Adds an extension; the engine refuses more than the rule allows (400 extensions TOO_MANY_EXTENSIONS). */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<LegalDeadline> extend(UUID caseId, String kind, int days, String decisionRef, LocalDate on) {
        Optional<LegalDeadline> found = running(caseId, kind);
        found.ifPresent(d -> {
            List<LegalDeadlineExtension> existing = extensions(d.id);
            List<DeadlineExtension> all = new java.util.ArrayList<>(existing.stream()
                    .map(x -> new DeadlineExtension(x.days, x.decisionRef)).toList());
            all.add(new DeadlineExtension(days, decisionRef));
            Due due = engine.compute(d.ruleCode, d.ruleValidFrom, d.startOn, variants(d), closedPauses(d, on), all);
            em.persist(new LegalDeadlineExtension(d.id, existing.size() + 1, days, decisionRef, on));
            if (ACTIVE.equals(d.status)) {
                d.dueOn = due.dueOn();
            }
        });
        return found;
    }

    /** The engine's computation; an open pause counts up to {@code asOf} (or its first day when later). */
    Due due(LegalDeadline d, LocalDate asOf) {
        return engine.compute(d.ruleCode, d.ruleValidFrom, d.startOn, variants(d), closedPauses(d, asOf), ext(d));
    }

    /** As {@link #due}, null when the period reaches a year without a working-day calendar (read views). */
    Due dueOrNull(LegalDeadline d, LocalDate asOf) {
        return engine.computeIfCalendar(d.ruleCode, d.ruleValidFrom, d.startOn, variants(d), closedPauses(d, asOf),
                ext(d)).orElse(null);
    }

    private List<DeadlineExtension> ext(LegalDeadline d) {
        return extensions(d.id).stream().map(x -> new DeadlineExtension(x.days, x.decisionRef)).toList();
    }

    /** The stored pauses; an open one counts up to {@code asOf} (the engine drops the start day itself). */
    private List<DeadlinePause> closedPauses(LegalDeadline d, LocalDate asOf) {
        return pauses(d.id).stream().map(p -> new DeadlinePause(p.fromOn, p.toOn != null ? p.toOn
                : (asOf.isBefore(p.fromOn) ? p.fromOn : asOf))).toList();
    }

    /** Whether another extension fits what the rule allows for the case's variants (Luật Tố cáo 2018, Điều 30). */
    boolean canExtend(UUID caseId, String kind) {
        return running(caseId, kind).map(d -> extensions(d.id).size()
                < engine.extensionsAllowed(d.ruleCode, d.ruleValidFrom, variants(d))).orElse(false);
    }

    /** The running deadline's due date as of the day (the open pause counted up to it). */
    Optional<LocalDate> dueAsOf(UUID caseId, String kind, LocalDate on) {
        return running(caseId, kind).map(d -> d.dueOn != null ? d.dueOn : due(d, on).dueOn());
    }

    List<LegalDeadlinePause> pauses(UUID deadlineId) {
        return em.createQuery("from LegalDeadlinePause where deadlineId = :d order by fromOn", LegalDeadlinePause.class)
                .setParameter("d", deadlineId).getResultList();
    }

    List<LegalDeadlineExtension> extensions(UUID deadlineId) {
        return em.createQuery("from LegalDeadlineExtension where deadlineId = :d order by ordinal",
                LegalDeadlineExtension.class).setParameter("d", deadlineId).getResultList();
    }

    Set<DeadlineVariant> variants(LegalDeadline d) {
        try {
            List<String> names = json.readValue(d.variants, new TypeReference<List<String>>() {
            });
            EnumSet<DeadlineVariant> out = EnumSet.noneOf(DeadlineVariant.class);
            names.forEach(n -> out.add(DeadlineVariant.valueOf(n)));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
