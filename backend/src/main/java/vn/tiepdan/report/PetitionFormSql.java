package vn.tiepdan.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;

/**
 * The SQL shared by the petition forms 02/XLD, 03/XLD, 04/XLD (and the runner the case forms use too).
 *
 * <p>A form is a set of CTEs plus a UNION ALL of {@link Part}s: every part yields one row per record (petition,
 * matter, case, decision) with the record's reference and one value per column (0 when the record is not in the
 * column). The form's figures are {@code sum(v_n)} grouped by unit, in ONE statement; the drill-down of column n is
 * the same statement filtered by {@code v_n <> 0}, paged in SQL. So a cell and its drill-down can never disagree.
 *
 * <p>Parameters of every statement: {@code :ids} (unit ids, a uuid[] literal), {@code :from}/{@code :to} (the
 * window's days, inclusive) and {@code :start}/{@code :end} (the window as instants in Asia/Ho_Chi_Minh, end
 * exclusive), so {@code petition.decided_at} is compared with the window's instants.
 */
final class PetitionFormSql {
    private PetitionFormSql() {
    }

    /** One SELECT of the union: its FROM/WHERE clause, the record reference and each column's value expression. */
    record Part(String fromWhere, String recordType, String id, String number, String date, String unit,
            String classification, String status, String title, String confidential, Map<Integer, String> values) {
    }

    /** A form's statement: CTEs (without the leading WITH) and the parts. */
    record Statement(String ctes, List<Part> parts) {
    }

    // ------------------------------------------------------------------ petitions

    /** Field (lĩnh vực) groups by field_category code (V5 seed). */
    static final String HC_CDCS = "('HANH_CHINH.CHE_DO_CHINH_SACH', 'CHE_DO_CHINH_SACH')";
    static final String HC_DAT = "('HANH_CHINH.DAT_DAI_NHA_CUA', 'DAT_DAI')";
    static final String HC_CCCV = "('HANH_CHINH.CONG_CHUC_CONG_VU')";
    static final String HC_KHAC = "('HANH_CHINH', 'HANH_CHINH.KHAC')";
    static final String RESOLVED_BEFORE = "('DA_GIAI_QUYET_LAN_DAU', 'DA_GIAI_QUYET_NHIEU_LAN', 'DA_CO_BAN_AN')";

    /** The petition columns the forms read (never a party's data, never the free texts). */
    private static final String COLUMNS = "p.id, p.org_unit_id, p.petition_no, p.received_on, p.decided_at, "
            + "p.classification, p.decision, p.status, p.processable, p.competence, p.field_code, p.prior_resolution, "
            + "p.duplicate_of_id, p.confidential, p.case_id, p.transfer_reply_on";

    /**
     * The petitions of one classification a form counts, with their period flags: {@code carried} (received before
     * the window and not decided before its start), {@code recv} (received in the window), {@code done} (decided in
     * the window). A petition split into parts (TACH_NOI_DUNG) is not counted; its parts are. Then {@code rep}: one
     * row per matter (coalesce(duplicate_of_id, id)) and unit among the processable petitions decided in the window,
     * the one decided last representing the matter, so every matter falls in exactly one content, status and result
     * column. Then {@code rp}: petitions with a reply to a transfer received in the window.
     */
    static String petitionCtes(String classification) {
        return "pb as (select " + COLUMNS + ", (p.received_on < :from) as carried, (p.received_on >= :from) as recv, "
                + "(p.decided_at is not null and p.decided_at >= :start and p.decided_at < :end) as done "
                + "from petition p where p.org_unit_id = " + ReportSql.ANY_UNIT_IDS + " and p.classification = '"
                + classification + "' and p.received_on <= :to and (p.decision is null or p.decision <> 'TACH_NOI_DUNG') "
                + "and (p.decided_at is null or p.decided_at >= :start)), "
                + "rep as (select distinct on (coalesce(pb.duplicate_of_id, pb.id), pb.org_unit_id) pb.* from pb "
                + "where pb.done and pb.processable = 'DU_DIEU_KIEN' "
                + "order by coalesce(pb.duplicate_of_id, pb.id), pb.org_unit_id, pb.decided_at desc, pb.id), "
                + "rp as (select " + COLUMNS + " from petition p where p.org_unit_id = " + ReportSql.ANY_UNIT_IDS + " and p.classification = '"
                + classification + "' and p.transfer_reply_on between :from and :to "
                + "and (p.decision is null or p.decision <> 'TACH_NOI_DUNG'))";
    }

    /** A petition part over {@code alias} (pb, rep or rp), dated by {@code dateExpr}. */
    static Part petitionPart(String alias, String dateExpr, Map<Integer, String> values) {
        String conf = "(" + alias + ".confidential or " + alias + ".classification = 'TO_CAO')";
        return new Part(alias + " left join field_category f on f.code = " + alias + ".field_code", "PETITION",
                alias + ".id", alias + ".petition_no", dateExpr, alias + ".org_unit_id", alias + ".classification",
                "coalesce(" + alias + ".decision, " + alias + ".status)",
                "case when " + conf + " then null else f.label_vi end", conf, values);
    }

    /** The petition's decision day in Asia/Ho_Chi_Minh. */
    static String decidedDay(String alias) {
        return "cast(" + alias + ".decided_at at time zone 'Asia/Ho_Chi_Minh' as date)";
    }

    /** 1 when the condition holds, else 0. */
    static String when(String condition) {
        return "case when " + condition + " then 1 else 0 end";
    }

    /** The cols 1..n of the head of every XLD form: total, carried, received, processed (total, carried, received). */
    static Map<Integer, String> headValues() {
        Map<Integer, String> v = new LinkedHashMap<>();
        v.put(1, "1");
        v.put(2, when("pb.carried"));
        v.put(3, when("pb.recv"));
        v.put(4, when("pb.done"));
        v.put(5, when("pb.done and pb.carried"));
        v.put(6, when("pb.done and pb.recv"));
        v.put(7, when("pb.done and pb.processable = 'DU_DIEU_KIEN'"));
        return v;
    }

    // ------------------------------------------------------------------ runner

    static Map<String, Object> params(ReportWindow w, Collection<UUID> unitIds) {
        Map<String, Object> p = new HashMap<>();
        p.put("ids", unitIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")));
        p.put("from", w.from());
        p.put("to", w.to());
        p.put("start", w.start());
        p.put("end", w.endExclusive());
        return p;
    }

    private static String union(Statement s, int columns) {
        List<String> selects = new ArrayList<>();
        for (Part part : s.parts()) {
            StringBuilder b = new StringBuilder("select cast('").append(part.recordType()).append("' as varchar) as record_type, ")
                    .append(part.id()).append(" as id, cast(").append(part.number()).append(" as varchar) as number, ")
                    .append("cast(").append(part.date()).append(" as date) as at_day, ").append(part.unit())
                    .append(" as unit_id, cast(").append(part.classification()).append(" as varchar) as classification, ")
                    .append("cast(").append(part.status()).append(" as varchar) as status, cast(").append(part.title())
                    .append(" as varchar) as title, ").append(part.confidential()).append(" as confidential");
            for (int n = 1; n <= columns; n++) {
                String expr = part.values().get(n);
                b.append(", cast(").append(expr == null ? "0" : expr).append(" as numeric) as v").append(n);
            }
            b.append(" from ").append(part.fromWhere());
            selects.add(b.toString());
        }
        return "with " + s.ctes() + " select * from (" + String.join(" union all ", selects) + ") b";
    }

    private static Query query(EntityManager em, String sql, Map<String, Object> params) {
        Query q = em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
        params.forEach((k, v) -> {
            if (sql.contains(":" + k)) {
                q.setParameter(k, v);
            }
        });
        return q;
    }

    /** The aggregate: every column summed per unit. */
    static String computeSql(FormDefinition def, Statement s) {
        int columns = def.columns().size();
        String sums = java.util.stream.IntStream.rangeClosed(1, columns).mapToObj(n -> "coalesce(sum(v" + n + "), 0)")
                .collect(Collectors.joining(", "));
        return "select unit_id, " + sums + " from (" + union(s, columns) + ") x group by unit_id";
    }

    /** Sums of every column per unit; counts at scale 0. */
    @SuppressWarnings("unchecked")
    static Map<UUID, BigDecimal[]> compute(EntityManager em, FormDefinition def, Statement s,
            Map<String, Object> params) {
        int columns = def.columns().size();
        String sql = computeSql(def, s);
        List<Object[]> rows = query(em, sql, params).getResultList();
        Map<UUID, BigDecimal[]> out = new LinkedHashMap<>();
        for (Object[] r : rows) {
            BigDecimal[] values = new BigDecimal[columns];
            for (int n = 0; n < columns; n++) {
                BigDecimal v = r[n + 1] instanceof BigDecimal bd ? bd : new BigDecimal(r[n + 1].toString());
                values[n] = def.columns().get(n).unit() == ValueUnit.COUNT ? v.setScale(0, RoundingMode.HALF_UP)
                        : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
            }
            out.put((UUID) r[0], values);
        }
        return out;
    }

    /** The records behind column {@code column}, ordered by date, number and id, paged in SQL. */
    @SuppressWarnings("unchecked")
    static PageResponse<DrillItem> drill(EntityManager em, FormDefinition def, Statement s, Map<String, Object> params,
            int column, PageParams page) {
        int columns = def.columns().size();
        if (column < 1 || column > columns) {
            throw new IllegalArgumentException("column " + column + " of " + def.code());
        }
        String base = union(s, columns);
        String filtered = "from (" + base + ") x join org_unit u on u.id = x.unit_id where x.v" + column + " <> 0";
        long total = ((Number) query(em, "select count(*) " + filtered, params).getSingleResult()).longValue();
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("lim", page.size());
        paged.put("off", page.offset());
        List<Object[]> rows = query(em, "select x.record_type, x.id, x.number, x.at_day, u.code, u.name, "
                + "x.classification, x.status, x.title, x.confidential " + filtered
                + " order by x.at_day, x.number, x.id limit :lim offset :off", paged).getResultList();
        List<DrillItem> items = new ArrayList<>();
        for (Object[] r : rows) {
            boolean confidential = Boolean.TRUE.equals(r[9]);
            items.add(new DrillItem((String) r[0], (UUID) r[1], (String) r[2], day(r[3]), (String) r[4],
                    (String) r[5], (String) r[6], (String) r[7], confidential ? null : (String) r[8], confidential));
        }
        return PageResponse.of(items, page, total);
    }

    private static LocalDate day(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    /** A column of a form definition. */
    static FormColumn col(int no, String formula, String... path) {
        return new FormColumn(no, List.of(path), ValueUnit.COUNT, formula);
    }

    static FormColumn amount(int no, ValueUnit unit, String... path) {
        return new FormColumn(no, List.of(path), unit, null);
    }
}
