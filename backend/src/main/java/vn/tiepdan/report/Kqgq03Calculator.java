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
 * Biểu 03/KQGQ (TT 02/2021/TT-TTCP layout, the only one given): denunciations resolved within competence (TO_CAO
 * cases), DOMAIN.md §7.2, §6.4.
 *
 * <p>1 = 2 + 3: acceptances (ACCEPTANCE decision) carried over or made in the window; 4 distinct cases among them; 5 of
 * which repeat denunciations (tố cáo tiếp: repeat_of_case_id, or the case's petition has prior_resolution DA_* or
 * duplicates an earlier petition). 6 = 7 + 8 + 9 + 10 resolved in the window: 7 conclusions (CONCLUSION) of first
 * denunciations, 8 of repeat ones, 9 full withdrawals (WITHDRAWAL with resolved_by WITHDRAWAL, or TERMINATION on ground
 * TC_ART34_2_WITHDRAWN), 10 terminations on another ground. 11–23 sums of the decisions' figures (as 01/KQGQ; money
 * and land returned to organisations when only organisations were restored, else to individuals). 24–29 conclusion
 * results DUNG, SAI, CO_DUNG_CO_SAI, each with "of which repeat"; 30/31 conclusions on time / late
 * (case_decision.on_time).
 */
@ApplicationScoped
public class Kqgq03Calculator implements FormCalculator {
    static final String CODE = "03-KQGQ";
    private static final String G1 = "Đơn tố cáo thuộc thẩm quyền";
    private static final String G2 = "Kết quả giải quyết";
    private static final String DONE = "Đã giải quyết";
    private static final String REC = "Kiến nghị thu hồi cho NN";
    private static final String RET = "Trả lại cho tổ chức, cá nhân";
    private static final String ORG = "Tổ chức";
    private static final String PER = "Cá nhân";
    private static final String SAN = "Kiến nghị xử lý hành chính";
    private static final String INV = "Chuyển cơ quan điều tra";
    private static final String G3 = "Phân tích kết quả giải quyết (vụ việc)";
    private static final String TIME = "Chấp hành thời hạn giải quyết";
    private static final String MONEY = "Tiền (Trđ)";
    private static final String LAND = "Đất (m2)";

    static final FormDefinition DEFINITION = new FormDefinition(CODE, "03/KQGQ", "TT02-2021",
            "TỔNG HỢP KẾT QUẢ GIẢI QUYẾT TỐ CÁO THUỘC THẨM QUYỀN",
            "Bố cục theo report-forms/forms-tt02-2021.txt (Thông tư 02/2021/TT-TTCP; chưa có bản sửa đổi TT 01/2024 của "
                    + "biểu này). Biểu in không có công thức; các kiểm tra 1=2+3, 6=7+8+9+10, 8=25+27+29 lấy theo DOMAIN.md "
                    + "§7.2. Tiền, đất trả lại chưa tách tổ chức/cá nhân trong dữ liệu: ghi cho tổ chức khi kết luận chỉ "
                    + "trả lại quyền lợi cho tổ chức, còn lại cho cá nhân.",
            List.of(col(1, "2+3", G1, "Tổng số"), col(2, null, G1, "Kỳ trước chuyển sang"),
                    col(3, null, G1, "Tiếp nhận trong kỳ"), col(4, null, "Tổng số vụ việc tố cáo thuộc thẩm quyền"),
                    col(5, null, "Trong đó số vụ việc tố cáo tiếp"), col(6, "7+8+9+10", G2, DONE, "Tổng số"),
                    col(7, null, G2, DONE, "Số vụ việc lần đầu"), col(8, "25+27+29", G2, DONE, "Số vụ việc tố cáo tiếp"),
                    col(9, null, G2, DONE, "Số vụ việc rút toàn bộ nội dung tố cáo"),
                    col(10, null, G2, DONE, "Số vụ việc đình chỉ không do rút tố cáo"),
                    amount(11, ValueUnit.MILLION_VND, G2, REC, MONEY),
                    amount(12, ValueUnit.SQUARE_METRE, G2, REC, LAND),
                    amount(13, ValueUnit.MILLION_VND, G2, RET, ORG, MONEY),
                    amount(14, ValueUnit.SQUARE_METRE, G2, RET, ORG, LAND),
                    amount(15, ValueUnit.MILLION_VND, G2, RET, PER, MONEY),
                    amount(16, ValueUnit.SQUARE_METRE, G2, RET, PER, LAND),
                    col(17, null, G2, "Số tổ chức được trả lại quyền lợi"),
                    col(18, null, G2, "Số cá nhân được trả lại quyền lợi"),
                    col(19, null, G2, SAN, "Số người bị kiến nghị xử lý"),
                    col(20, null, G2, SAN, "Trong đó số cán bộ, công chức, viên chức"),
                    col(21, null, G2, INV, "Số vụ"), col(22, null, G2, INV, "Số đối tượng"),
                    col(23, null, G2, INV, "Trong đó số cán bộ, công chức, viên chức"),
                    col(24, null, G3, "Tố cáo đúng"), col(25, null, G3, "Trong đó tố cáo tiếp đúng"),
                    col(26, null, G3, "Tố cáo sai"), col(27, null, G3, "Trong đó tố cáo tiếp sai"),
                    col(28, null, G3, "Tố cáo có đúng, có sai"), col(29, null, G3, "Trong đó tố cáo tiếp có đúng, có sai"),
                    col(30, null, TIME, "Đúng quy định"), col(31, null, TIME, "Không đúng quy định")),
            List.of("1=2+3", "6=7+8+9+10", "8=25+27+29"));

    private final EntityManager em;

    Kqgq03Calculator(EntityManager em) {
        this.em = em;
    }

    static PetitionFormSql.Statement statement() {
        Map<Integer, String> head = new LinkedHashMap<>();
        head.put(1, "1");
        head.put(2, when("item.carried"));
        head.put(3, when("item.recv"));
        Map<Integer, String> cases = new LinkedHashMap<>();
        cases.put(4, "1");
        cases.put(5, when(CaseFormSql.itemRepeat("icase")));
        String concl = "res.kind = 'CONCLUSION'";
        String repeat = CaseFormSql.resRepeat();
        String withdrawn = "(res.kind = 'WITHDRAWAL' or (res.kind = 'TERMINATION' and res.ground = "
                + "'TC_ART34_2_WITHDRAWN'))";
        String toOrgs = "(" + num("res.orgs_restored") + " > 0 and " + num("res.persons_restored") + " = 0)";
        Map<Integer, String> r = new LinkedHashMap<>();
        r.put(6, "1");
        r.put(7, when(concl + " and not " + repeat));
        r.put(8, when(concl + " and " + repeat));
        r.put(9, when(withdrawn));
        r.put(10, when("res.kind = 'TERMINATION' and res.ground is distinct from 'TC_ART34_2_WITHDRAWN'"));
        r.put(11, num("res.money_recover_state"));
        r.put(12, num("res.land_recover_state"));
        r.put(13, "case when " + toOrgs + " then " + num("res.money_return") + " else 0 end");
        r.put(14, "case when " + toOrgs + " then " + num("res.land_return") + " else 0 end");
        r.put(15, "case when " + toOrgs + " then 0 else " + num("res.money_return") + " end");
        r.put(16, "case when " + toOrgs + " then 0 else " + num("res.land_return") + " end");
        r.put(17, num("res.orgs_restored"));
        r.put(18, num("res.persons_restored"));
        r.put(19, num("res.persons_sanctioned"));
        r.put(20, num("res.persons_sanctioned_officials"));
        r.put(21, num("res.cases_to_investigation"));
        r.put(22, num("res.persons_to_investigation"));
        r.put(23, num("res.persons_to_investigation_officials"));
        r.put(24, when(concl + " and res.result = 'DUNG'"));
        r.put(25, when(concl + " and res.result = 'DUNG' and " + repeat));
        r.put(26, when(concl + " and res.result = 'SAI'"));
        r.put(27, when(concl + " and res.result = 'SAI' and " + repeat));
        r.put(28, when(concl + " and res.result = 'CO_DUNG_CO_SAI'"));
        r.put(29, when(concl + " and res.result = 'CO_DUNG_CO_SAI' and " + repeat));
        r.put(30, when(concl + " and res.on_time is true"));
        r.put(31, when(concl + " and res.on_time is false"));
        return new PetitionFormSql.Statement(CaseFormSql.ctes("TO_CAO"), List.of(
                CaseFormSql.itemPart("item", head),
                CaseFormSql.itemPart("icase", cases),
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
