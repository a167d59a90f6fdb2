package vn.tiepdan.report;

import static vn.tiepdan.report.CaseFormSql.num;
import static vn.tiepdan.report.PetitionFormSql.amount;
import static vn.tiepdan.report.PetitionFormSql.col;
import static vn.tiepdan.report.PetitionFormSql.when;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.shared.api.PageParams;
import vn.tiepdan.shared.api.PageResponse;

/**
 * Biểu 01/KQGQ (TT 01/2024/TT-TTCP revision): complaints resolved within competence (KHIEU_NAI cases), DOMAIN.md
 * §7.2, §6.3.
 *
 * <p>1 = 2 + 3: acceptances (thụ lý lần đầu or lần hai, an ACCEPTANCE decision) carried over (accepted before the
 * window and not closed before it) or made in the window; 4 distinct cases among them. 5 cases resolved by decision
 * (RESOLUTION_L1/L2 signed in the window), 6 by full withdrawal (WITHDRAWAL, resolved_by WITHDRAWAL). 7–19 sums of the
 * figures of the decisions of 5 and 6 (case_decision columns): 7/8 money/land to recover for the State; 9–12 money
 * and land returned (money_return, land_return) to organisations when the decision restored only organisations
 * (orgs_restored &gt; 0, persons_restored 0 or none), otherwise to individuals; 13 orgs_restored; 14
 * persons_restored; 15/16 persons_sanctioned (of whom officials); 17/18/19 cases_to_investigation,
 * persons_to_investigation (of whom officials). 20–22 first-instance results (DUNG_TOAN_BO, SAI_TOAN_BO,
 * DUNG_MOT_PHAN), 23/24 second-instance results (CONG_NHAN_QD_LAN_DAU, HUY_SUA_QD_LAN_DAU); 25/26 decisions of 5 on
 * time / late (case_decision.on_time, the RESOLVE deadline met on its signing day).
 */
@ApplicationScoped
public class Kqgq01Calculator implements FormCalculator {
    static final String CODE = "01-KQGQ";
    private static final String G1 = "Đơn khiếu nại thuộc thẩm quyền";
    private static final String G2 = "Kết quả giải quyết";
    private static final String DONE = "Đã giải quyết";
    private static final String REC = "Kiến nghị thu hồi cho NN";
    private static final String RET = "Trả lại cho tổ chức, cá nhân";
    private static final String ORG = "Tổ chức";
    private static final String PER = "Cá nhân";
    private static final String SAN = "Kiến nghị xử lý hành chính";
    private static final String INV = "Chuyển cơ quan điều tra";
    private static final String G3 = "Phân tích kết quả giải quyết (vụ việc)";
    private static final String L1 = "Giải quyết lần đầu";
    private static final String L2 = "Giải quyết lần 2";
    private static final String TIME = "Chấp hành thời hạn giải quyết";
    private static final String MONEY = "Tiền (Trđ)";
    private static final String LAND = "Đất (m2)";

    static final FormDefinition DEFINITION = new FormDefinition(CODE, "01/KQGQ", "TT01-2024",
            "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THUỘC THẨM QUYỀN",
            "Cột và công thức theo report-forms/forms-tt01-2024.txt (bản sửa đổi theo Thông tư 01/2024/TT-TTCP, cấu trúc "
                    + "từ hệ thống cấp tỉnh; DOMAIN.md §7.2). Tiền, đất trả lại chưa tách tổ chức/cá nhân trong dữ liệu: "
                    + "ghi cho tổ chức khi quyết định chỉ trả lại quyền lợi cho tổ chức, còn lại cho cá nhân. Cần đối "
                    + "chiếu với phụ lục chính thức của TT 01/2024.",
            List.of(col(1, "2+3", G1, "Tổng số"), col(2, null, G1, "Đơn kỳ trước chuyển sang"),
                    col(3, null, G1, "Đơn tiếp nhận trong kỳ"),
                    col(4, null, "Tổng số vụ việc khiếu nại thuộc thẩm quyền"),
                    col(5, "20+21+22+23+24", G2, DONE, "Số vụ việc giải quyết bằng QĐ hành chính"),
                    col(6, null, G2, DONE, "Số vụ việc rút đơn thông qua giải thích, thuyết phục"),
                    amount(7, ValueUnit.MILLION_VND, G2, REC, MONEY), amount(8, ValueUnit.SQUARE_METRE, G2, REC, LAND),
                    amount(9, ValueUnit.MILLION_VND, G2, RET, ORG, MONEY),
                    amount(10, ValueUnit.SQUARE_METRE, G2, RET, ORG, LAND),
                    amount(11, ValueUnit.MILLION_VND, G2, RET, PER, MONEY),
                    amount(12, ValueUnit.SQUARE_METRE, G2, RET, PER, LAND),
                    col(13, null, G2, RET, "Số tổ chức được trả lại quyền lợi"),
                    col(14, null, G2, RET, "Số cá nhân được trả lại quyền lợi"),
                    col(15, null, G2, SAN, "Tổng số người bị kiến nghị xử lý"),
                    col(16, null, G2, SAN, "Trong đó số cán bộ, công chức, viên chức"),
                    col(17, null, G2, INV, "Số vụ"), col(18, null, G2, INV, "Tổng số người"),
                    col(19, null, G2, INV, "Trong đó số cán bộ, công chức, viên chức"),
                    col(20, null, G3, L1, "Khiếu nại đúng"), col(21, null, G3, L1, "Khiếu nại sai"),
                    col(22, null, G3, L1, "Khiếu nại đúng một phần"), col(23, null, G3, L2, "Công nhận QĐ g/q lần đẩu"),
                    col(24, null, G3, L2, "Hủy, sửa QĐ g/q lần đầu"), col(25, null, G3, TIME, "Đúng quy định"),
                    col(26, null, G3, TIME, "Không đúng quy định")),
            List.of("1=2+3", "5=20+21+22+23+24"));

    private final EntityManager em;

    Kqgq01Calculator(EntityManager em) {
        this.em = em;
    }

    static PetitionFormSql.Statement statement() {
        Map<Integer, String> head = new LinkedHashMap<>();
        head.put(1, "1");
        head.put(2, when("item.carried"));
        head.put(3, when("item.recv"));
        String decision = "res.kind in ('RESOLUTION_L1', 'RESOLUTION_L2')";
        String l1 = "res.kind = 'RESOLUTION_L1'";
        String l2 = "res.kind = 'RESOLUTION_L2'";
        String toOrgs = "(" + num("res.orgs_restored") + " > 0 and " + num("res.persons_restored") + " = 0)";
        Map<Integer, String> r = new LinkedHashMap<>();
        r.put(5, when(decision));
        r.put(6, when("res.kind = 'WITHDRAWAL'"));
        r.put(7, num("res.money_recover_state"));
        r.put(8, num("res.land_recover_state"));
        r.put(9, "case when " + toOrgs + " then " + num("res.money_return") + " else 0 end");
        r.put(10, "case when " + toOrgs + " then " + num("res.land_return") + " else 0 end");
        r.put(11, "case when " + toOrgs + " then 0 else " + num("res.money_return") + " end");
        r.put(12, "case when " + toOrgs + " then 0 else " + num("res.land_return") + " end");
        r.put(13, num("res.orgs_restored"));
        r.put(14, num("res.persons_restored"));
        r.put(15, num("res.persons_sanctioned"));
        r.put(16, num("res.persons_sanctioned_officials"));
        r.put(17, num("res.cases_to_investigation"));
        r.put(18, num("res.persons_to_investigation"));
        r.put(19, num("res.persons_to_investigation_officials"));
        r.put(20, when(l1 + " and res.result = 'DUNG_TOAN_BO'"));
        r.put(21, when(l1 + " and res.result = 'SAI_TOAN_BO'"));
        r.put(22, when(l1 + " and res.result = 'DUNG_MOT_PHAN'"));
        r.put(23, when(l2 + " and res.result = 'CONG_NHAN_QD_LAN_DAU'"));
        r.put(24, when(l2 + " and res.result = 'HUY_SUA_QD_LAN_DAU'"));
        r.put(25, when(decision + " and res.on_time is true"));
        r.put(26, when(decision + " and res.on_time is false"));
        return new PetitionFormSql.Statement(CaseFormSql.ctes("KHIEU_NAI"), List.of(
                CaseFormSql.itemPart("item", head),
                CaseFormSql.itemPart("icase", Map.of(4, "1")),
                CaseFormSql.resolutionPart(r)));
    }

    @Override
    public FormDefinition definition() {
        return DEFINITION;
    }

    @Override
    public Map<UUID, BigDecimal[]> compute(ReportWindow window, Collection<UUID> unitIds) {
        return PetitionFormSql.compute(em, DEFINITION, statement(), PetitionFormSql.params(window, unitIds));
    }

    @Override
    public PageResponse<DrillItem> drill(ReportWindow window, Collection<UUID> unitIds, int column, PageParams page) {
        return PetitionFormSql.drill(em, DEFINITION, statement(), PetitionFormSql.params(window, unitIds), column, page);
    }
}
