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
 * Biểu số 01/XLD (TT 01/2024/TT-TTCP): petition handling. The petitions to process in the window are those of the
 * unit received up to the window's last day and not decided before its first instant (carried over: received
 * before; received: inside); processed = decided inside the window ({@code decided_at}); a petition split into
 * parts (TACH_NOI_DUNG) is not counted, its parts are. Columns 6–21 count processable petitions processed in the
 * window; 22 the replies to transfers received in the window. Each column is one SQL predicate, shared by the
 * aggregate and the drill-down, so a cell and its records always agree.
 */
@ApplicationScoped
public class Xld01Calculator implements FormCalculator {
    public static final String CODE = "01-XLD";
    static final int WIDTH = 22;

    private static final String BASE = " from petition p where p.org_unit_id = " + ReportSql.ANY_UNIT_P1 + " "
            + "and p.received_on <= ?5 and (p.decided_at is null or p.decided_at >= ?2) "
            + "and p.decision is distinct from 'TACH_NOI_DUNG'";
    private static final String REPLIES = " from petition p where p.org_unit_id = " + ReportSql.ANY_UNIT_P1 + " "
            + "and p.transfer_reply_on >= ?4 and p.transfer_reply_on <= ?5";
    private static final String DONE = "p.decided_at >= ?2 and p.decided_at < ?3";
    private static final String OK = DONE + " and p.processable = 'DU_DIEU_KIEN'";
    private static final String IN = OK + " and p.competence = 'THUOC_THAM_QUYEN'";
    private static final String OUT = OK + " and p.competence = 'KHONG_THUOC_THAM_QUYEN'";
    /** The predicate of each column 1..21 over {@link #BASE} (index = column − 1). */
    private static final String[] WHERE = {
        "true",
        "p.received_on < ?4",
        "p.received_on >= ?4",
        DONE,
        "(p.decided_at is null or p.decided_at >= ?3)",
        OK,
        OK,
        OK + " and p.classification = 'KHIEU_NAI'",
        OK + " and p.classification = 'TO_CAO'",
        OK + " and p.classification = 'KIEN_NGHI_PHAN_ANH'",
        OK + " and p.prior_resolution = 'DA_GIAI_QUYET_LAN_DAU'",
        OK + " and p.prior_resolution in ('DA_GIAI_QUYET_NHIEU_LAN', 'DA_CO_BAN_AN')",
        OK + " and (p.prior_resolution is null or p.prior_resolution = 'CHUA_GIAI_QUYET')",
        IN,
        IN + " and p.classification = 'KHIEU_NAI'",
        IN + " and p.classification = 'TO_CAO'",
        IN + " and p.classification = 'KIEN_NGHI_PHAN_ANH'",
        OUT,
        OUT + " and p.decision in ('HUONG_DAN', 'TRA_LAI')",
        OUT + " and p.decision = 'CHUYEN_DON'",
        OUT + " and p.decision = 'DON_DOC'"};
    private static final int MATTERS = 7;

    private final EntityManager em;
    private final FormDefinition definition = define();

    Xld01Calculator(EntityManager em) {
        this.em = em;
    }

    @Override
    public FormDefinition definition() {
        return definition;
    }

    private static FormDefinition define() {
        String total = "Tổng số đơn phải xử lý";
        String ok = "Đủ điều kiện xử lý";
        String content = "Phân loại đơn theo nội dung";
        String state = "Phân loại đơn theo tình trạng giải quyết";
        String result = "Kết quả xử lý đơn";
        String in = "Đơn thuộc thẩm quyền";
        String out = "Đơn không thuộc thẩm quyền";
        List<FormColumn> c = new ArrayList<>();
        c.add(col(1, "2+3=4+5", total, "Tổng số"));
        c.add(col(2, null, total, "Kỳ trước chuyển sang"));
        c.add(col(3, null, total, "Tiếp nhận trong kỳ"));
        c.add(col(4, null, "Số đơn đã xử lý"));
        c.add(col(5, null, "Số đơn chưa xử lý (chuyển kỳ sau xử lý)"));
        c.add(col(6, "8+9+10=11+12+13=14+18", ok, "Số đơn"));
        c.add(col(7, null, ok, "Số vụ việc"));
        c.add(col(8, null, content, "Khiếu nại"));
        c.add(col(9, null, content, "Tố cáo"));
        c.add(col(10, null, content, "Kiến nghị, phản ánh"));
        c.add(col(11, null, state, "Đã giải quyết", "Lần đầu"));
        c.add(col(12, null, state, "Đã giải quyết", "Nhiều lần"));
        c.add(col(13, null, state, "Chưa giải quyết xong"));
        c.add(col(14, "15+16+17", result, in, "Tổng số"));
        c.add(col(15, null, result, in, "Khiếu nại"));
        c.add(col(16, null, result, in, "Tố cáo"));
        c.add(col(17, null, result, in, "Kiến nghị, phản ánh"));
        c.add(col(18, "19+20+21", result, out, "Tổng số"));
        c.add(col(19, null, result, out, "Hướng dẫn"));
        c.add(col(20, null, result, out, "Chuyển đơn"));
        c.add(col(21, null, result, out, "Đôn đốc giải quyết"));
        c.add(col(22, null, "Số văn bản phúc đáp nhận được do chuyển đơn"));
        return new FormDefinition(CODE, "01/XLD", "TT01-2024", "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN",
                "Thông tư 01/2024/TT-TTCP, Biểu số 01/XLD (cây cột: shared/domain/report-forms/forms-tt01-2024.txt)",
                List.copyOf(c), List.of("1=2+3=4+5", "6=8+9+10=11+12+13=14+18", "14=15+16+17", "18=19+20+21"));
    }

    private static FormColumn col(int no, String formula, String... path) {
        return new FormColumn(no, List.of(path), ValueUnit.COUNT, formula);
    }

    static Object[] params(ReportWindow window, Collection<UUID> unitIds) {
        return new Object[] {ReportSql.uuidArray(unitIds), OffsetDateTime.ofInstant(window.start(), ZoneOffset.UTC),
            OffsetDateTime.ofInstant(window.endExclusive(), ZoneOffset.UTC), window.from(), window.to()};
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<UUID, BigDecimal[]> compute(ReportWindow window, Collection<UUID> unitIds) {
        StringBuilder sql = new StringBuilder("select p.org_unit_id");
        for (int i = 0; i < WHERE.length; i++) {
            sql.append(i + 1 == MATTERS ? ", count(distinct coalesce(p.duplicate_of_id, p.id)) filter (where "
                    : ", count(*) filter (where ").append(WHERE[i]).append(')');
        }
        sql.append(", 0").append(BASE).append(" group by p.org_unit_id union all select p.org_unit_id");
        sql.append(", 0".repeat(WHERE.length)).append(", count(*)").append(REPLIES).append(" group by p.org_unit_id");
        List<Object[]> rows = ReportSql.query(em, sql.toString(), params(window, unitIds)).getResultList();
        int[] cols = new int[WIDTH];
        for (int i = 0; i < WIDTH; i++) {
            cols[i] = i + 1;
        }
        Map<UUID, BigDecimal[]> out = ReportSql.newValues();
        for (Object[] r : rows) {
            ReportSql.put(out, WIDTH, (UUID) r[0], cols, r, 1);
        }
        return out;
    }

    private static final String ITEM = "select 'PETITION', p.id, p.petition_no, %s, o.code, o.name, "
            + "p.classification, p.status, fc.label_vi, p.confidential, count(*) over () ";
    private static final String JOINS = " join org_unit o on o.id = p.org_unit_id left join field_category fc "
            + "on fc.code = p.field_code ";

    @Override
    public PageResponse<DrillItem> drill(ReportWindow window, Collection<UUID> unitIds, int column, PageParams page) {
        Object[] params = params(window, unitIds);
        String decided = "cast(p.decided_at at time zone 'Asia/Ho_Chi_Minh' as date)";
        String sql;
        if (column == WIDTH) {
            sql = String.format(ITEM, "p.transfer_reply_on")
                    + REPLIES.replace(" from petition p", " from petition p" + JOINS)
                    + " order by p.transfer_reply_on, p.petition_no, p.id";
        } else if (column == MATTERS) {
            sql = "with q as (select p.*, row_number() over (partition by p.org_unit_id, "
                    + "coalesce(p.duplicate_of_id, p.id) order by p.decided_at, p.id) rn" + BASE + " and " + OK
                    + ") " + String.format(ITEM, decided) + "from q p" + JOINS + "where p.rn = 1 "
                    + "order by p.decided_at, p.id";
        } else {
            boolean byDecision = column == 4 || column >= 6;
            String date = byDecision ? decided : "p.received_on";
            sql = String.format(ITEM, date) + BASE.replace(" from petition p", " from petition p" + JOINS) + " and "
                    + WHERE[column - 1] + " order by " + (byDecision ? "p.decided_at" : "p.received_on") + ", p.id";
        }
        return ReportSql.drill(em, sql, page, params);
    }
}
