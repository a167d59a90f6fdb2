package vn.tiepdan.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import vn.tiepdan.calendar.WorkingCalendar;
import vn.tiepdan.dashboard.DashboardDtos.ChildRow;
import vn.tiepdan.dashboard.DashboardDtos.Figures;
import vn.tiepdan.dashboard.DashboardDtos.InspectionItem;
import vn.tiepdan.dashboard.DashboardDtos.Overview;
import vn.tiepdan.dashboard.DashboardDtos.RecognitionFeed;
import vn.tiepdan.dashboard.DashboardDtos.RecognitionItem;
import vn.tiepdan.dashboard.DashboardDtos.TrendPoint;
import vn.tiepdan.dashboard.DashboardDtos.Trends;
import vn.tiepdan.dashboard.DashboardDtos.UnitNode;
import vn.tiepdan.report.ReportPeriod;
import vn.tiepdan.report.ReportPeriods;
import vn.tiepdan.report.ReportWindow;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.security.Scope;

/**
 * The Mass Mobilization dashboard (issue 7, reports-contract Part D): a few set-based aggregates grouped by unit over
 * the subtree of the chosen unit, rolled up along {@code org_unit.path} in Java. Counts only.
 */
@ApplicationScoped
class DashboardService {
    static final String BSVND = "BUOI_SANG_VOI_NHAN_DAN";
    private static final int FEED_LIMIT = 200;
    private static final int TEXT_LIMIT = 200;

    // Metric slots of a unit's vector.
    static final int REQUIRED = 0;
    static final int SCHEDULED = 1;
    static final int IN_PERSON = 2;
    static final int DELEGATED = 3;
    static final int MISSED = 4;
    static final int HELD_DAYS = 5;
    static final int VISITS = 6;
    static final int PEOPLE = 7;
    static final int MATTERS = 8;
    static final int FIRST = 9;
    static final int LARGE = 10;
    static final int LARGE_PEOPLE = 11;
    static final int ON_SPOT = 12;
    static final int ACCEPTED = 13;
    static final int GUIDED = 14;
    static final int TRANSFERRED = 15;
    static final int NOTICE_DUE = 16;
    static final int NOTICE_ON_TIME = 17;
    static final int RESOLVED_ON_TIME = 18;
    static final int RESOLVED_LATE = 19;
    static final int OVERDUE = 20;
    static final int REPEAT_VISITORS = 21;
    static final int INSPECTIONS = 22;
    static final int COMMENDATIONS = 23;
    static final int CORRECTIONS = 24;
    static final int SLOTS = 25;

    private final EntityManager em;
    private final ReportPeriods periods;
    private final WorkingCalendar calendar;
    private final Scope scope;
    private final Clock clock;

    DashboardService(EntityManager em, ReportPeriods periods, WorkingCalendar calendar, Scope scope, Clock clock) {
        this.em = em;
        this.periods = periods;
        this.calendar = calendar;
        this.scope = scope;
        this.clock = clock;
    }

    record Unit(UUID id, String code, String name, String level, String kind, String path, UUID parentId,
            LocalDate validFrom, LocalDate validTo) {
        UnitNode node(boolean hasChildren) {
            return new UnitNode(id, code, name, level, kind, hasChildren);
        }

        boolean validIn(LocalDate from, LocalDate to) {
            return !validFrom.isAfter(to) && (validTo == null || !validTo.isBefore(from));
        }
    }

    /** The subtree of the chosen unit: the root and every unit below it (EXTERNAL left out), by id. */
    record Tree(Unit root, Map<UUID, Unit> units, Map<UUID, List<Unit>> children) {
    }

    private record Rule(String appliesTo, LocalDate validFrom, LocalDate validTo) {
    }

    // ---------------------------------------------------------------------------------------------------- overview

    @Transactional
    Overview overview(UUID unitId, String period, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod p = period(period, from, to, today);
        Tree tree = tree(unitId);
        ReportWindow w = p.window();
        String like = tree.root().path() + "%";
        Map<UUID, long[]> own = new HashMap<>();

        WorkingCalendar.Days days = calendar.between(w.from(), w.to());
        String off = offDays(days, w.from(), w.to());
        Map<UUID, LocalDate[]> schedules = bsvndSchedules(like, w.from(), w.to());
        List<Rule> rules = rules();
        Map<UUID, Long> required = new HashMap<>();
        for (Unit u : tree.units().values()) {
            long r = requiredDays(u, rules, schedules, w.from(), min(w.to(), today), days);
            if (r > 0) {
                required.put(u.id(), r);
                vec(own, u.id())[REQUIRED] = r;
            }
        }
        // BSVND sessions.
        for (Object[] r : rows("select s.org_unit_id, count(*), "
                + "count(*) filter (where s.status in ('HELD','HELD_NO_VISITORS') and not s.delegated), "
                + "count(*) filter (where s.status in ('HELD','HELD_NO_VISITORS') and s.delegated), "
                + "count(*) filter (where s.status in ('CANCELLED','POSTPONED') "
                + "  or (s.status in ('PLANNED','PUBLISHED') and s.session_date < :today)), "
                + "count(distinct s.session_date) filter (where s.status in ('HELD','HELD_NO_VISITORS') "
                + "  and s.planned_start = time '07:00' and s.session_date <= :today "
                + "  and s.session_date <> all(coalesce((select cast(:off as date[])), '{}'))) "
                + "from reception_session s join org_unit u on u.id = s.org_unit_id "
                + "where u.path like :p and s.program = '" + BSVND + "' and s.session_date between :from and :to "
                + "group by s.org_unit_id",
                Map.of("p", like, "from", w.from(), "to", w.to(), "today", today, "off", off))) {
            UUID id = (UUID) r[0];
            long[] v = vec(own, id);
            v[SCHEDULED] += n(r[1]);
            v[IN_PERSON] += n(r[2]);
            v[DELEGATED] += n(r[3]);
            v[MISSED] += n(r[4]);
            v[HELD_DAYS] += Math.min(n(r[5]), required.getOrDefault(id, 0L));
        }
        // Visits, matters, handling.
        for (Object[] r : rows("select x.org_unit_id, sum(x.n), sum(x.people), count(*), count(*) filter (where x.ft), "
                + "count(*) filter (where x.n >= 2), sum(x.lg), sum(x.lgp), sum(x.spot), sum(x.acc), sum(x.gui), "
                + "sum(x.tr) from (select v.org_unit_id, v.matter_id, count(*) n, sum(v.headcount) people, "
                + "bool_or(coalesce(v.first_time, true)) ft, count(*) filter (where v.large_group) lg, "
                + "coalesce(sum(v.headcount) filter (where v.large_group), 0) lgp, "
                + "count(*) filter (where v.status in ('HANDLED','RESULT_NOTIFIED') "
                + "  and v.handling_direction = 'TRA_LAI_VA_HUONG_DAN' and not v.with_petition) spot, "
                + "count(*) filter (where v.handling_direction = 'THU_LY') acc, "
                + "count(*) filter (where v.handling_direction = 'TRA_LAI_VA_HUONG_DAN') gui, "
                + "count(*) filter (where v.handling_direction = 'CHUYEN_DON') tr "
                + "from reception_visit v join org_unit u on u.id = v.org_unit_id "
                + "where u.path like :p and v.received_at >= :start and v.received_at < :end "
                + "and v.status <> 'REFUSED' group by v.org_unit_id, v.matter_id) x group by x.org_unit_id",
                Map.of("p", like, "start", w.start(), "end", w.endExclusive()))) {
            long[] v = vec(own, (UUID) r[0]);
            v[VISITS] += n(r[1]);
            v[PEOPLE] += n(r[2]);
            v[MATTERS] += n(r[3]);
            v[FIRST] += n(r[4]);
            v[REPEAT_VISITORS] += n(r[5]);
            v[LARGE] += n(r[6]);
            v[LARGE_PEOPLE] += n(r[7]);
            v[ON_SPOT] += n(r[8]);
            v[ACCEPTED] += n(r[9]);
            v[GUIDED] += n(r[10]);
            v[TRANSFERRED] += n(r[11]);
        }
        // Result notices due in the window (Luật TCD Art. 28).
        for (Object[] r : rows("select v.org_unit_id, count(*), count(*) filter (where v.result_notice_sent_at is not "
                + "null and cast(v.result_notice_sent_at at time zone 'Asia/Ho_Chi_Minh' as date) <= v.result_notice_due) "
                + "from reception_visit v join org_unit u on u.id = v.org_unit_id where u.path like :p "
                + "and v.result_notice_due between :from and :to and v.status <> 'REFUSED' group by v.org_unit_id",
                Map.of("p", like, "from", w.from(), "to", w.to()))) {
            long[] v = vec(own, (UUID) r[0]);
            v[NOTICE_DUE] += n(r[1]);
            v[NOTICE_ON_TIME] += n(r[2]);
        }
        // Cases resolved: RESOLVE deadlines met in the window.
        for (Object[] r : rows("select d.org_unit_id, count(*) filter (where coalesce(d.on_time, d.met_on <= d.due_on)), "
                + "count(*) filter (where not coalesce(d.on_time, d.met_on <= d.due_on)) "
                + "from legal_deadline d join org_unit u on u.id = d.org_unit_id where u.path like :p "
                + "and d.kind = 'RESOLVE' and d.status = 'MET' and d.case_id is not null "
                + "and d.met_on between :from and :to group by d.org_unit_id",
                Map.of("p", like, "from", w.from(), "to", w.to()))) {
            long[] v = vec(own, (UUID) r[0]);
            v[RESOLVED_ON_TIME] += n(r[1]);
            v[RESOLVED_LATE] += n(r[2]);
        }
        // Overdue now.
        for (Object[] r : rows("select d.org_unit_id, count(distinct d.case_id) from legal_deadline d "
                + "join org_unit u on u.id = d.org_unit_id where u.path like :p and d.status = 'ACTIVE' "
                + "and d.case_id is not null and d.due_on < :today group by d.org_unit_id",
                Map.of("p", like, "today", today))) {
            vec(own, (UUID) r[0])[OVERDUE] += n(r[1]);
        }
        // Inspections, commendations, corrections.
        for (Object[] r : rows("select i.org_unit_id, count(*) from inspection_record i join org_unit u "
                + "on u.id = i.org_unit_id where u.path like :p and i.inspected_on between :from and :to "
                + "group by i.org_unit_id", Map.of("p", like, "from", w.from(), "to", w.to()))) {
            vec(own, (UUID) r[0])[INSPECTIONS] += n(r[1]);
        }
        for (Object[] r : rows("select g.org_unit_id, count(*) filter (where g.kind = 'COMMENDATION'), "
                + "count(*) filter (where g.kind = 'CORRECTION') from recognition g join org_unit u "
                + "on u.id = g.org_unit_id where u.path like :p and g.decided_on between :from and :to "
                + "group by g.org_unit_id", Map.of("p", like, "from", w.from(), "to", w.to()))) {
            long[] v = vec(own, (UUID) r[0]);
            v[COMMENDATIONS] += n(r[1]);
            v[CORRECTIONS] += n(r[2]);
        }

        Map<UUID, long[]> total = rollUp(tree, own);
        Unit root = tree.root();
        List<Unit> kids = tree.children().getOrDefault(root.id(), List.of()).stream()
                .filter(c -> c.validIn(w.from(), w.to()) || total.containsKey(c.id()))
                .sorted(Comparator.comparing(Unit::code)).toList();
        List<Figures> kidFigures = kids.stream().map(c -> figures(total.get(c.id()))).toList();
        List<Integer> ranks = RankingScore.ranks(kidFigures.stream().map(Figures::score).toList());
        List<ChildRow> rows = new ArrayList<>();
        for (int i = 0; i < kids.size(); i++) {
            Unit c = kids.get(i);
            rows.add(new ChildRow(c.node(tree.children().containsKey(c.id())), kidFigures.get(i), ranks.get(i)));
        }
        rows.sort(Comparator.comparing((ChildRow r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                .thenComparing(r -> r.unit().code()));
        return new Overview(root.node(tree.children().containsKey(root.id())), p.view(), today,
                figures(total.get(root.id())), figures(own.get(root.id())), rows, RankingScore.FORMULA);
    }

    // ------------------------------------------------------------------------------------------------------ trends

    @Transactional
    Trends trends(UUID unitId, String period, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod p = period(period, from, to, today);
        Tree tree = tree(unitId);
        ReportWindow w = p.window();
        String like = tree.root().path() + "%";
        Map<YearMonth, long[]> m = new LinkedHashMap<>();
        for (YearMonth ym = YearMonth.from(w.from()); !ym.isAfter(YearMonth.from(w.to())); ym = ym.plusMonths(1)) {
            m.put(ym, new long[9]);
        }
        WorkingCalendar.Days days = calendar.between(w.from(), w.to());
        String off = offDays(days, w.from(), w.to());
        Map<UUID, LocalDate[]> schedules = bsvndSchedules(like, w.from(), w.to());
        List<Rule> rules = rules();
        LocalDate lastRequired = min(w.to(), today);
        Map<UUID, Map<YearMonth, Long>> required = new HashMap<>();
        for (Unit u : tree.units().values()) {
            for (YearMonth ym : m.keySet()) {
                LocalDate a = max(w.from(), ym.atDay(1));
                LocalDate b = min(lastRequired, ym.atEndOfMonth());
                if (b.isBefore(a)) {
                    continue;
                }
                long r = requiredDays(u, rules, schedules, a, b, days);
                if (r > 0) {
                    required.computeIfAbsent(u.id(), k -> new HashMap<>()).put(ym, r);
                    m.get(ym)[0] += r;
                }
            }
        }
        for (Object[] r : rows("select s.org_unit_id, to_char(s.session_date, 'YYYY-MM'), count(distinct s.session_date) "
                + "from reception_session s join org_unit u on u.id = s.org_unit_id where u.path like :p "
                + "and s.program = '" + BSVND + "' and s.session_date between :from and :to and s.session_date <= :today "
                + "and s.status in ('HELD','HELD_NO_VISITORS') and s.planned_start = time '07:00' "
                + "and s.session_date <> all(coalesce((select cast(:off as date[])), '{}')) group by 1, 2",
                Map.of("p", like, "from", w.from(), "to", w.to(), "today", today, "off", off))) {
            YearMonth ym = YearMonth.parse((String) r[1]);
            long req = required.getOrDefault((UUID) r[0], Map.of()).getOrDefault(ym, 0L);
            m.get(ym)[1] += Math.min(n(r[2]), req);
        }
        for (Object[] r : rows("select to_char(v.received_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM'), count(*), "
                + "sum(v.headcount), count(distinct v.matter_id) from reception_visit v join org_unit u "
                + "on u.id = v.org_unit_id where u.path like :p and v.received_at >= :start and v.received_at < :end "
                + "and v.status <> 'REFUSED' group by 1",
                Map.of("p", like, "start", w.start(), "end", w.endExclusive()))) {
            long[] v = m.get(YearMonth.parse((String) r[0]));
            v[2] += n(r[1]);
            v[3] += n(r[2]);
            v[4] += n(r[3]);
        }
        for (Object[] r : rows("select to_char(p.received_on, 'YYYY-MM'), count(*) from petition p join org_unit u "
                + "on u.id = p.org_unit_id where u.path like :p and p.received_on between :from and :to "
                + "and p.decision is distinct from 'TACH_NOI_DUNG' group by 1",
                Map.of("p", like, "from", w.from(), "to", w.to()))) {
            m.get(YearMonth.parse((String) r[0]))[5] += n(r[1]);
        }
        for (Object[] r : rows("select to_char(e.at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM'), count(*) "
                + "from case_event e join org_unit u on u.id = e.org_unit_id where u.path like :p "
                + "and e.action in ('ACCEPT','ACCEPT_SECOND') and e.at >= :start and e.at < :end group by 1",
                Map.of("p", like, "start", w.start(), "end", w.endExclusive()))) {
            m.get(YearMonth.parse((String) r[0]))[6] += n(r[1]);
        }
        for (Object[] r : rows("select to_char(d.met_on, 'YYYY-MM'), "
                + "count(*) filter (where coalesce(d.on_time, d.met_on <= d.due_on)), "
                + "count(*) filter (where not coalesce(d.on_time, d.met_on <= d.due_on)) "
                + "from legal_deadline d join org_unit u on u.id = d.org_unit_id where u.path like :p "
                + "and d.kind = 'RESOLVE' and d.status = 'MET' and d.case_id is not null "
                + "and d.met_on between :from and :to group by 1",
                Map.of("p", like, "from", w.from(), "to", w.to()))) {
            long[] v = m.get(YearMonth.parse((String) r[0]));
            v[7] += n(r[1]);
            v[8] += n(r[2]);
        }
        // Overdue at a month's end E = #(due_on < E) − #(due_on < E and met_on <= E), both cumulative counts of one
        // day each (met_on ≥ due_on + 1 for the second), so one pass groups them by month.
        Map<YearMonth, long[]> overdue = new HashMap<>();
        LocalDate firstMonth = YearMonth.from(w.from()).atDay(1);
        for (Object[] r : rows("select to_char(greatest(x.d, :first), 'YYYY-MM'), sum(x.plus), sum(x.minus) from ("
                + "select d.due_on + 1 d, 1 plus, 0 minus from legal_deadline d join org_unit u on u.id = d.org_unit_id "
                + "where u.path like :p and d.case_id is not null and d.status <> 'CANCELLED' and d.due_on is not null "
                + "and d.due_on < :to "
                + "union all select greatest(d.due_on + 1, d.met_on), 0, 1 from legal_deadline d join org_unit u "
                + "on u.id = d.org_unit_id where u.path like :p and d.case_id is not null and d.status = 'MET' "
                + "and d.due_on is not null and d.met_on is not null and d.due_on < :to) x where x.d <= :to group by 1",
                Map.of("p", like, "to", w.to(), "first", firstMonth))) {
            overdue.put(YearMonth.parse((String) r[0]), new long[] {n(r[1]), n(r[2])});
        }
        List<TrendPoint> points = new ArrayList<>();
        long running = 0;
        for (Map.Entry<YearMonth, long[]> e : m.entrySet()) {
            long[] o = overdue.getOrDefault(e.getKey(), new long[2]);
            running += o[0] - o[1];
            long[] v = e.getValue();
            YearMonth ym = e.getKey();
            LocalDate a = max(w.from(), ym.atDay(1));
            LocalDate b = min(w.to(), ym.atEndOfMonth());
            points.add(new TrendPoint(ym.toString(), a, b, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8],
                    b.isAfter(today) ? 0 : running));
        }
        return new Trends(tree.root().node(tree.children().containsKey(tree.root().id())), w.from(), w.to(), points);
    }

    // ------------------------------------------------------------------------------------------------- recognition

    @Transactional
    RecognitionFeed recognition(UUID unitId, String period, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod p = period(period, from, to, today);
        Tree tree = tree(unitId);
        String like = tree.root().path() + "%";
        Map<String, Object> params = Map.of("p", like, "from", p.from(), "to", p.to());
        Object[] totals = rows("select (select count(*) from inspection_record i join org_unit u on u.id = i.org_unit_id "
                + "where u.path like :p and i.inspected_on between :from and :to), "
                + "(select count(*) from recognition g join org_unit u on u.id = g.org_unit_id where u.path like :p "
                + "and g.decided_on between :from and :to and g.kind = 'COMMENDATION'), "
                + "(select count(*) from recognition g join org_unit u on u.id = g.org_unit_id where u.path like :p "
                + "and g.decided_on between :from and :to and g.kind = 'CORRECTION')", params).get(0);
        List<InspectionItem> inspections = rows("select i.id, u.id, u.name, i.inspected_on, i.unannounced, "
                + "i.session_held, i.rating, i.findings_discipline, i.findings_conduct from inspection_record i "
                + "join org_unit u on u.id = i.org_unit_id where u.path like :p and i.inspected_on between :from and :to "
                + "order by i.inspected_on desc, i.created_at desc limit " + FEED_LIMIT, params).stream()
                .map(r -> new InspectionItem((UUID) r[0], (UUID) r[1], (String) r[2], date(r[3]), (Boolean) r[4],
                        (Boolean) r[5], (String) r[6], shorten(r[7] + " " + r[8]))).toList();
        List<RecognitionItem> recognitions = rows("select g.id, u.id, u.name, g.kind, g.form, g.decided_on, "
                + "g.decision_no, g.decided_by, o.position, g.reason from recognition g "
                + "join org_unit u on u.id = g.org_unit_id left join official o on o.id = g.official_id "
                + "where u.path like :p and g.decided_on between :from and :to "
                + "order by g.decided_on desc, g.created_at desc limit " + FEED_LIMIT, params).stream()
                .map(r -> new RecognitionItem((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                        date(r[5]), (String) r[6], (String) r[7], (String) r[8], shorten((String) r[9]))).toList();
        return new RecognitionFeed(tree.root().node(tree.children().containsKey(tree.root().id())), p.view(),
                n(totals[0]), n(totals[1]), n(totals[2]), inspections, recognitions);
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    /** The window: the period or from/to; neither given: the current year up to today. */
    private ReportPeriod period(String period, LocalDate from, LocalDate to, LocalDate today) {
        if ((period == null || period.isBlank()) && from == null && to == null) {
            return periods.range(today.withDayOfYear(1), today);
        }
        return periods.resolve(period, from, to);
    }

    /**
     * The unit asked for (default: the caller's unit, or the province root for a province-wide caller) and its
     * subtree; a unit outside the scope or unknown is 404.
     */
    Tree tree(UUID unitId) {
        String rootPath;
        if (unitId == null) {
            if (scope.provinceWide()) {
                List<Object[]> r = rows("select path, id from org_unit where parent_id is null "
                        + "and kind = 'PROVINCIAL_PEOPLES_COMMITTEE' order by valid_to nulls first, code limit 1",
                        Map.of());
                if (r.isEmpty()) {
                    throw ProblemException.notFound();
                }
                rootPath = (String) r.get(0)[0];
            } else {
                rootPath = scope.unitPath().orElseThrow(ProblemException::notFound);
            }
        } else {
            List<Object[]> r = rows("select path, id from org_unit where id = :id", Map.of("id", unitId));
            if (r.isEmpty() || !scope.reaches((String) r.get(0)[0])) {
                throw ProblemException.notFound();
            }
            rootPath = (String) r.get(0)[0];
        }
        Map<UUID, Unit> units = new HashMap<>();
        for (Object[] r : rows("select id, code, name, level, kind, path, parent_id, valid_from, valid_to from org_unit "
                + "where path like :p and level <> 'EXTERNAL'", Map.of("p", rootPath + "%"))) {
            Unit u = new Unit((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (UUID) r[6], date(r[7]), date(r[8]));
            units.put(u.id(), u);
        }
        Unit root = units.values().stream().filter(u -> u.path().equals(rootPath)).findFirst()
                .orElseThrow(ProblemException::notFound);
        Map<UUID, List<Unit>> children = new HashMap<>();
        for (Unit u : units.values()) {
            if (u != root && u.parentId() != null && units.containsKey(u.parentId())) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        return new Tree(root, units, children);
    }

    /** Sums every unit's own vector into itself and each ancestor inside the tree. */
    static Map<UUID, long[]> rollUp(Tree tree, Map<UUID, long[]> own) {
        Map<UUID, long[]> total = new HashMap<>();
        int rootDepth = tree.root().path().split("/").length;
        for (Map.Entry<UUID, long[]> e : own.entrySet()) {
            Unit u = tree.units().get(e.getKey());
            if (u == null) {
                continue;
            }
            String[] ids = u.path().split("/");
            for (int i = rootDepth - 1; i < ids.length; i++) {
                long[] t = total.computeIfAbsent(UUID.fromString(ids[i]), k -> new long[SLOTS]);
                long[] v = e.getValue();
                for (int k = 0; k < SLOTS; k++) {
                    t[k] += v[k];
                }
            }
        }
        return total;
    }

    static Figures figures(long[] v) {
        if (v == null) {
            v = new long[SLOTS];
        }
        Double heldShare = RankingScore.rate(v[HELD_DAYS], v[REQUIRED]);
        Double notice = RankingScore.rate(v[NOTICE_ON_TIME], v[NOTICE_DUE]);
        Double onTime = RankingScore.rate(v[RESOLVED_ON_TIME], v[RESOLVED_ON_TIME] + v[RESOLVED_LATE]);
        return new Figures(v[REQUIRED], v[SCHEDULED], v[IN_PERSON], v[DELEGATED], v[MISSED], v[HELD_DAYS], heldShare,
                v[VISITS], v[PEOPLE], v[MATTERS], v[FIRST], v[MATTERS] - v[FIRST], v[LARGE], v[LARGE_PEOPLE],
                v[ON_SPOT], v[ACCEPTED], v[GUIDED], v[TRANSFERRED], v[NOTICE_DUE], v[NOTICE_ON_TIME], notice,
                v[RESOLVED_ON_TIME], v[RESOLVED_LATE], onTime, v[OVERDUE], v[REPEAT_VISITORS], v[INSPECTIONS],
                v[COMMENDATIONS], v[CORRECTIONS], RankingScore.score(heldShare, onTime, notice));
    }

    /** Working days in [from, to] on which the unit had to hold a BSVND session (0 when not obliged). */
    private static long requiredDays(Unit u, List<Rule> rules, Map<UUID, LocalDate[]> schedules, LocalDate from,
            LocalDate to, WorkingCalendar.Days days) {
        String applies = BsvndObligation.appliesTo(u.kind());
        LocalDate[] schedule = schedules.get(u.id());
        if (!BsvndObligation.obliged(u.kind(), schedule != null)) {
            return 0;
        }
        long count = 0;
        for (Rule r : rules) {
            if (!r.appliesTo().equals(applies)) {
                continue;
            }
            LocalDate a = max(max(from, r.validFrom()), u.validFrom());
            LocalDate b = min(min(to, r.validTo()), u.validTo());
            if ("AGENCY_HEAD".equals(applies)) {
                a = max(a, schedule[0]);
                b = min(b, schedule[1]);
            }
            if (b != null && !b.isBefore(a)) {
                count += days.workingDaysCount(a, b);
            }
        }
        return count;
    }

    /** Per unit with a BSVND schedule valid in the window: [earliest valid_from, latest valid_to (null = open)]. */
    private Map<UUID, LocalDate[]> bsvndSchedules(String like, LocalDate from, LocalDate to) {
        Map<UUID, LocalDate[]> out = new HashMap<>();
        for (Object[] r : rows("select s.org_unit_id, min(s.valid_from), "
                + "case when bool_or(s.valid_to is null) then null else max(s.valid_to) end "
                + "from reception_schedule s join org_unit u on u.id = s.org_unit_id where u.path like :p "
                + "and s.program = '" + BSVND + "' and s.valid_from <= :to and (s.valid_to is null or s.valid_to >= :from) "
                + "group by s.org_unit_id", Map.of("p", like, "from", from, "to", to))) {
            out.put((UUID) r[0], new LocalDate[] {date(r[1]), date(r[2])});
        }
        return out;
    }

    private List<Rule> rules() {
        return rows("select applies_to, valid_from, valid_to from obligation_rule where program = '" + BSVND + "' "
                + "and period = 'WORKING_DAY'", Map.of()).stream()
                .map(r -> new Rule((String) r[0], date(r[1]), date(r[2]))).toList();
    }

    /** The non-working days of the window as a PostgreSQL date[] literal. */
    private static String offDays(WorkingCalendar.Days days, LocalDate from, LocalDate to) {
        StringJoiner j = new StringJoiner(",", "{", "}");
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!days.isWorkingDay(d)) {
                j.add(d.toString());
            }
        }
        return j.toString();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query q = em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
        params.forEach(q::setParameter);
        List<?> list = q.getResultList();
        if (!list.isEmpty() && !(list.get(0) instanceof Object[])) {
            return list.stream().map(o -> new Object[] {o}).toList();
        }
        return (List<Object[]>) list;
    }

    private static long[] vec(Map<UUID, long[]> map, UUID id) {
        return map.computeIfAbsent(id, k -> new long[SLOTS]);
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return BsvndObligation.max(a, b);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return BsvndObligation.min(a, b);
    }

    private static String shorten(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.length() <= TEXT_LIMIT ? t : t.substring(0, TEXT_LIMIT - 1) + "…";
    }
}
