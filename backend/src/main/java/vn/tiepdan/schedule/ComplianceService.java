package vn.tiepdan.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tiepdan.calendar.WorkingCalendar;
import vn.tiepdan.orgunit.UnitRef;
import vn.tiepdan.schedule.ComplianceView.OfficialRow;
import vn.tiepdan.schedule.ComplianceView.PeriodRow;
import vn.tiepdan.schedule.ComplianceView.Report;
import vn.tiepdan.schedule.ComplianceView.RuleRow;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.security.Scope;

/**
 * Compliance of the heads with their reception obligations (DOMAIN.md §4.2, §4.4, Appendix A SCHED.*): the
 * effective-dated rules of {@code obligation_rule} against the sessions they are obliged to. Only sessions held in
 * person count towards a rule; delegated ones are shown apart.
 */
@ApplicationScoped
class ComplianceService {
    static final int MAX_RANGE_DAYS = 366;

    private final EntityManager em;
    private final SessionRepository sessions;
    private final WorkingCalendar calendar;
    private final Scope scope;
    private final Clock clock;

    ComplianceService(EntityManager em, SessionRepository sessions, WorkingCalendar calendar, Scope scope,
            Clock clock) {
        this.em = em;
        this.sessions = sessions;
        this.calendar = calendar;
        this.scope = scope;
        this.clock = clock;
    }

    private record Head(UUID id, String fullName, String position, UUID unitId, String unitCode, String unitName,
            String kind) {
    }

    private record Rule(String code, String appliesTo, String period, int minDays, Program program,
            LocalDate validFrom, LocalDate validTo, String legalBasis) {
    }

    @Transactional
    Report report(UUID unit, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from == null ? today.withDayOfMonth(1) : from;
        LocalDate end = to == null ? start.with(TemporalAdjusters.lastDayOfMonth()) : to;
        if (end.isBefore(start)) {
            throw ProblemException.invalid("to", "BEFORE_FROM", "compliance.to.before-from");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MAX_RANGE_DAYS) {
            throw ProblemException.invalid("to", "RANGE_TOO_LONG", "compliance.range.too-long", MAX_RANGE_DAYS);
        }
        List<Head> heads = heads(unit, start, end);
        List<Rule> rules = rules(start, end);
        Map<UUID, List<ReceptionSession>> byHead = new HashMap<>();
        if (!heads.isEmpty()) {
            sessions.list("obligatedHeadId in ?1 and date >= ?2 and date <= ?3",
                    heads.stream().map(Head::id).toList(), start, end)
                    .forEach(s -> byHead.computeIfAbsent(s.obligatedHeadId, k -> new ArrayList<>()).add(s));
        }
        WorkingCalendar.Days days = calendar.between(start, end);
        List<OfficialRow> rows = heads.stream().map(h -> row(h, byHead.getOrDefault(h.id(), List.of()), rules, start,
                end, today, days)).toList();
        return new Report(start, end, LateArrivalRule.TOLERANCE.toMinutes(), rows);
    }

    private OfficialRow row(Head h, List<ReceptionSession> list, List<Rule> rules, LocalDate from, LocalDate to,
            LocalDate today, WorkingCalendar.Days days) {
        int scheduled = 0;
        int held = 0;
        int noVisitors = 0;
        int delegated = 0;
        int cancelled = 0;
        int postponed = 0;
        int missed = 0;
        int late = 0;
        int visitors = 0;
        for (ReceptionSession s : list) {
            boolean wasHeld = s.status == SessionStatus.HELD || s.status == SessionStatus.HELD_NO_VISITORS;
            if (s.status != SessionStatus.POSTPONED) {
                scheduled++;
            }
            if (wasHeld && s.delegated) {
                delegated++;
            } else if (wasHeld) {
                held++;
                noVisitors += s.status == SessionStatus.HELD_NO_VISITORS ? 1 : 0;
                visitors += s.visitorsCount == null ? 0 : s.visitorsCount;
                late += LateArrivalRule.isLate(LocalDateTime.of(s.date, s.plannedStart), s.actualStart,
                        clock.getZone()) ? 1 : 0;
            }
            cancelled += s.status == SessionStatus.CANCELLED ? 1 : 0;
            postponed += s.status == SessionStatus.POSTPONED ? 1 : 0;
            if ((s.status == SessionStatus.PLANNED || s.status == SessionStatus.PUBLISHED) && s.date.isBefore(today)) {
                missed++;
            }
        }
        String appliesTo = appliesTo(h.kind());
        List<RuleRow> ruleRows = appliesTo == null ? List.of() : rules.stream()
                .filter(r -> r.appliesTo().equals(appliesTo)).map(r -> ruleRow(r, list, from, to, days)).toList();
        return new OfficialRow(new OfficialRef(h.id(), h.fullName(), h.position()),
                new UnitRef(h.unitId(), h.unitCode(), h.unitName()), appliesTo, scheduled, held, noVisitors,
                delegated, cancelled, postponed, missed, late, visitors, ruleRows);
    }

    private RuleRow ruleRow(Rule r, List<ReceptionSession> list, LocalDate from, LocalDate to,
            WorkingCalendar.Days days) {
        LocalDate start = r.validFrom().isAfter(from) ? r.validFrom() : from;
        LocalDate end = r.validTo() != null && r.validTo().isBefore(to) ? r.validTo() : to;
        Set<LocalDate> heldDays = list.stream()
                .filter(s -> (s.status == SessionStatus.HELD || s.status == SessionStatus.HELD_NO_VISITORS)
                        && !s.delegated && (r.program() == Program.NONE || s.program == r.program()))
                .map(s -> s.date).collect(Collectors.toSet());
        List<PeriodRow> periods = new ArrayList<>();
        for (LocalDate[] p : periods(r.period(), start, end)) {
            int required = r.period().equals("WORKING_DAY") ? days.workingDaysCount(p[0], p[1]) * r.minDays()
                    : r.minDays();
            int held = (int) heldDays.stream().filter(d -> !d.isBefore(p[0]) && !d.isAfter(p[1])).count();
            periods.add(new PeriodRow(p[0], p[1], required, held, held >= required));
        }
        return new RuleRow(r.code(), r.period(), r.minDays(), r.program(), r.legalBasis(),
                periods.stream().mapToInt(PeriodRow::required).sum(), periods.stream().mapToInt(PeriodRow::held).sum(),
                periods.stream().allMatch(PeriodRow::met), periods);
    }

    /** Complete weeks (Monday–Sunday) or calendar months inside [start, end]; WORKING_DAY: the range itself. */
    static List<LocalDate[]> periods(String period, LocalDate start, LocalDate end) {
        List<LocalDate[]> list = new ArrayList<>();
        if (end.isBefore(start)) {
            return list;
        }
        switch (period) {
            case "WEEK" -> {
                for (LocalDate d = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                        !d.plusDays(6).isAfter(end); d = d.plusWeeks(1)) {
                    list.add(new LocalDate[] {d, d.plusDays(6)});
                }
            }
            case "MONTH" -> {
                LocalDate d = start.getDayOfMonth() == 1 ? start : start.with(TemporalAdjusters.firstDayOfNextMonth());
                for (; !d.with(TemporalAdjusters.lastDayOfMonth()).isAfter(end); d = d.plusMonths(1)) {
                    list.add(new LocalDate[] {d, d.with(TemporalAdjusters.lastDayOfMonth())});
                }
            }
            default -> list.add(new LocalDate[] {start, end});
        }
        return list;
    }

    /** The position a unit's head holds for the obligation rules (DOMAIN.md §4.2). */
    static String appliesTo(String unitKind) {
        return switch (unitKind) {
            case "COMMUNE_PEOPLES_COMMITTEE" -> "COMMUNE_CHAIRPERSON";
            case "PROVINCIAL_PEOPLES_COMMITTEE" -> "PROVINCE_CHAIRPERSON";
            case "PARTY_COMMITTEE", "PARTY_BOARD", "COURT", "PROCURACY", "POLICE", "OTHER_EXTERNAL" -> null;
            default -> "AGENCY_HEAD";
        };
    }

    @SuppressWarnings("unchecked")
    private List<Head> heads(UUID unit, LocalDate from, LocalDate to) {
        Scope.Condition c = scope.clause("u.path");
        var query = em.createNativeQuery("select o.id, o.full_name, o.position, u.id, u.code, u.name, u.kind "
                + "from official o join org_unit u on u.id = o.org_unit_id where o.is_head and o.valid_from <= :to "
                + "and (o.valid_to is null or o.valid_to >= :from) and " + c.where()
                + (unit == null ? "" : " and u.id = :unit") + " order by u.code, o.full_name")
                .setParameter("from", from).setParameter("to", to);
        if (unit != null) {
            query.setParameter("unit", unit);
        }
        c.parameters().forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(r -> new Head((UUID) r[0], (String) r[1],
                (String) r[2], (UUID) r[3], (String) r[4], (String) r[5], (String) r[6])).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Rule> rules(LocalDate from, LocalDate to) {
        return ((List<Object[]>) em.createNativeQuery("select code, applies_to, period, min_days, program, valid_from, "
                + "valid_to, legal_basis from obligation_rule where valid_from <= ?2 and (valid_to is null or "
                + "valid_to >= ?1) order by code, valid_from").setParameter(1, from).setParameter(2, to)
                .getResultList()).stream().map(r -> new Rule((String) r[0], (String) r[1], (String) r[2],
                        ((Number) r[3]).intValue(), Program.valueOf((String) r[4]), date(r[5]), date(r[6]),
                        (String) r[7])).toList();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
