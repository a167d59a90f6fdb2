package vn.tiepdan.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;

/**
 * Biểu số 01/TCD (TT 01/2024/TT-TTCP): citizen reception, regular and the head's periodic/urgent sessions. Blocks by
 * the visit's {@code reception_kind}: REGULAR → columns 4–11; PERIODIC/URGENT in a session the head held himself
 * (or without session) → 12–20; in a delegated session → 21–29. Visits REFUSED are not receptions. Matters are
 * distinct {@code matter_id} per unit and block, first-time when any of their visits in the block is first-time
 * (unknown counts as first-time). Sessions: HELD or HELD_NO_VISITORS, PERIODIC or URGENT, by session_date.
 */
@ApplicationScoped
public class Tcd01Calculator implements FormCalculator {
    public static final String CODE = "01-TCD";
    static final int WIDTH = 29;
    private static final String[] BLOCK_SQL = {"0", "1", "2"};

    private final EntityManager em;
    private final FormDefinition definition = define();

    Tcd01Calculator(EntityManager em) {
        this.em = em;
    }

    @Override
    public FormDefinition definition() {
        return definition;
    }

    private static FormDefinition define() {
        List<FormColumn> cols = new ArrayList<>();
        cols.add(col(1, "4+13+22", "Tổng số lượt tiếp"));
        cols.add(col(2, "5+14+23", "Tổng số người được tiếp"));
        cols.add(col(3, "6+7+15+16+24+25", "Tổng số vụ việc tiếp"));
        block(cols, 4, List.of("Tiếp thường xuyên"));
        cols.add(col(12, null, "Tiếp định kỳ và đột xuất của Thủ trưởng", "Thủ trưởng tiếp", "Số kỳ tiếp"));
        block(cols, 13, List.of("Tiếp định kỳ và đột xuất của Thủ trưởng", "Thủ trưởng tiếp"));
        cols.add(col(21, null, "Tiếp định kỳ và đột xuất của Thủ trưởng", "ủy quyền tiếp", "Số kỳ tiếp"));
        block(cols, 22, List.of("Tiếp định kỳ và đột xuất của Thủ trưởng", "ủy quyền tiếp"));
        return new FormDefinition(CODE, "01/TCD", "TT01-2024",
                "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT",
                "Thông tư 01/2024/TT-TTCP, Biểu số 01/TCD (cây cột: shared/domain/report-forms/forms-tt01-2024.txt)",
                List.copyOf(cols), List.of("1=4+13+22", "2=5+14+23", "3=6+7+15+16+24+25"));
    }

    private static void block(List<FormColumn> cols, int base, List<String> prefix) {
        String[][] leaves = {{"Số lượt tiếp"}, {"Số người được tiếp"}, {"Số vụ việc", "Tiếp lần đầu"},
            {"Số vụ việc", "Tiếp nhiều lần"}, {"Trong đó đoàn đông người", "Số đoàn được tiếp"},
            {"Trong đó đoàn đông người", "Số người được tiếp"},
            {"Trong đó đoàn đông người", "Số vụ việc tiếp lần đầu"},
            {"Trong đó đoàn đông người", "Số vụ việc tiếp nhiều lần"}};
        for (int k = 0; k < leaves.length; k++) {
            List<String> path = new ArrayList<>(prefix);
            path.addAll(List.of(leaves[k]));
            cols.add(new FormColumn(base + k, List.copyOf(path), ValueUnit.COUNT, null));
        }
    }

    private static FormColumn col(int no, String formula, String... path) {
        return new FormColumn(no, List.of(path), ValueUnit.COUNT, formula);
    }

    /** The visits counted, one row each, with their block (0 regular, 1 head, 2 delegated). */
    private static final String VISITS = """
            select v.id, v.org_unit_id u, case when v.reception_kind = 'REGULAR' then 0 \
            when coalesce(s.delegated, false) then 2 else 1 end b, v.matter_id m, v.headcount h, v.large_group lg, \
            coalesce(v.first_time, true) ft, v.book_seq, v.book_year, v.received_at, v.classification, v.status, \
            v.confidential, v.field_code \
            from reception_visit v left join reception_session s on s.id = v.session_id \
            where v.org_unit_id = %1$s and v.received_at >= ?2 and v.received_at < ?3 \
            and v.status <> 'REFUSED'""".formatted(ReportSql.ANY_UNIT_P1);

    private static final String SESSIONS = """
            from reception_session s where s.org_unit_id = %1$s and s.session_date >= ?4 \
            and s.session_date <= ?5 and s.status in ('HELD', 'HELD_NO_VISITORS') and s.kind in ('PERIODIC', 'URGENT')""".formatted(ReportSql.ANY_UNIT_P1);

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, BigDecimal[]> compute(ReportWindow window, Collection<UUID> unitIds) {
        String sql = "with v as (" + VISITS + "), m as (select u, b, m, count(*) n, sum(h) p, bool_or(ft) ft, "
                + "count(*) filter (where lg) gn, sum(h) filter (where lg) gp, bool_or(ft) filter (where lg) gft "
                + "from v group by u, b, m) "
                + "select u, b, sum(n), sum(p), count(*) filter (where ft), count(*) filter (where not ft), "
                + "sum(gn), sum(gp), count(*) filter (where gft), count(*) filter (where gft = false), 0 "
                + "from m group by u, b "
                + "union all select s.org_unit_id, (case when s.delegated then 2 else 1 end) + 10, 0, 0, 0, 0, 0, 0, "
                + "0, 0, count(*) " + SESSIONS + " group by 1, 2";
        List<Object[]> rows = ReportSql.query(em, sql, params(window, unitIds)).getResultList();
        Map<UUID, BigDecimal[]> out = ReportSql.newValues();
        for (Object[] r : rows) {
            int b = ((Number) r[1]).intValue();
            UUID unit = (UUID) r[0];
            if (b >= 10) {
                ReportSql.put(out, WIDTH, unit, new int[] {b == 11 ? 12 : 21}, r, 10);
            } else {
                int base = 4 + 9 * b;
                int[] cols = new int[8];
                for (int k = 0; k < 8; k++) {
                    cols[k] = base + k;
                }
                ReportSql.put(out, WIDTH, unit, cols, r, 2);
            }
        }
        for (BigDecimal[] v : out.values()) {
            v[0] = v[3].add(v[12]).add(v[21]);
            v[1] = v[4].add(v[13]).add(v[22]);
            v[2] = v[5].add(v[6]).add(v[14]).add(v[15]).add(v[23]).add(v[24]);
        }
        return out;
    }

    private static Object[] params(ReportWindow window, Collection<UUID> unitIds) {
        return new Object[] {ReportSql.uuidArray(unitIds), OffsetDateTime.ofInstant(window.start(), ZoneOffset.UTC),
            OffsetDateTime.ofInstant(window.endExclusive(), ZoneOffset.UTC), window.from(), window.to()};
    }

    private static final String VISIT_ITEM = "select 'VISIT', g.id, g.book_seq || '/' || g.book_year, "
            + "cast(g.received_at at time zone 'Asia/Ho_Chi_Minh' as date) d, o.code, o.name, g.classification, "
            + "g.status, fc.label_vi, g.confidential, count(*) over () ";
    private static final String VISIT_JOINS = " join org_unit o on o.id = g.u left join field_category fc "
            + "on fc.code = g.field_code ";

    @Override
    public PageResponse<DrillItem> drill(ReportWindow window, Collection<UUID> unitIds, int column, PageParams page) {
        Object[] params = params(window, unitIds);
        if (column == 12 || column == 21) {
            String sql = "select 'SESSION', s.id, cast(null as varchar), s.session_date, o.code, o.name, s.kind, "
                    + "s.status, cast(null as varchar), false, count(*) over () " + SESSIONS.replace("from reception_session s",
                    "from reception_session s join org_unit o on o.id = s.org_unit_id")
                    + " and s.delegated = " + (column == 21) + " order by s.session_date, s.id";
            return ReportSql.drill(em, sql, page, params);
        }
        String blockFilter;
        int k;
        if (column <= 3) {
            blockFilter = "true";
            k = column == 3 ? 8 : 0;
        } else {
            int b = (column - 4) / 9;
            k = column - (4 + 9 * b);
            blockFilter = "g.b = " + BLOCK_SQL[b];
        }
        String sql;
        if (k == 0 || k == 1 || k == 4 || k == 5) {
            String lg = k >= 4 ? " and g.lg" : "";
            sql = "with g as (" + VISITS + ") " + VISIT_ITEM + "from g" + VISIT_JOINS + "where " + blockFilter + lg
                    + " order by g.received_at, g.id";
        } else {
            boolean large = k == 6 || k == 7;
            String which = k == 8 ? "" : (k == 2 || k == 6) ? " and g.gft" : " and not g.gft";
            sql = "with v as (" + VISITS + "), g as (select v.*, bool_or(v.ft) over (partition by v.u, v.b, v.m) gft, "
                    + "row_number() over (partition by v.u, v.b, v.m order by v.received_at, v.id) rn from v"
                    + (large ? " where v.lg" : "") + ") " + VISIT_ITEM + "from g" + VISIT_JOINS + "where g.rn = 1 and "
                    + blockFilter + which + " order by g.received_at, g.id";
        }
        return ReportSql.drill(em, sql, page, params);
    }
}
