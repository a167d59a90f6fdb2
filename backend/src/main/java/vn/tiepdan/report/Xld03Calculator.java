package vn.tiepdan.report;

import static vn.tiepdan.report.PetitionFormSql.HC_CCCV;
import static vn.tiepdan.report.PetitionFormSql.HC_CDCS;
import static vn.tiepdan.report.PetitionFormSql.HC_DAT;
import static vn.tiepdan.report.PetitionFormSql.HC_KHAC;
import static vn.tiepdan.report.PetitionFormSql.RESOLVED_BEFORE;
import static vn.tiepdan.report.PetitionFormSql.col;
import static vn.tiepdan.report.PetitionFormSql.decidedDay;
import static vn.tiepdan.report.PetitionFormSql.petitionPart;
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
 * Biểu 03/XLD (TT 01/2024/TT-TTCP revision): denunciation petitions (classification TO_CAO), DOMAIN.md §7.2.
 *
 * <p>Cols 1–7 as 02/XLD (petitions). Cols 8–26 count matters among the processable petitions processed in the window
 * (8 = 9+14+15+16+17 = 18+19+20 = 21+24): 9 administrative = 10 chế độ, chính sách + 11 đất đai, nhà cửa + 12 công
 * chức, công vụ + 13 other administrative; 14 THAM_NHUNG; 15 TU_PHAP; 16 DANG_DOAN_THE; 17 anything else.
 * Status: a <em>repeat denunciation</em> (tố cáo tiếp) is a petition whose prior_resolution says the matter was
 * already resolved (DA_GIAI_QUYET_LAN_DAU, DA_GIAI_QUYET_NHIEU_LAN, DA_CO_BAN_AN → 20 "đã có kết luận giải quyết")
 * or, not resolved yet, that duplicates an earlier petition (duplicate_of_id → 19 "quá thời hạn chưa giải quyết");
 * every other matter is 18 "chưa giải quyết". Result: 21 within competence = 22 first denunciation + 23 repeat; 24
 * outside competence = 25 transferred (CHUYEN_DON) + 26 urged (DON_DOC). Col 27 replies to transfers received.
 *
 * <p>The column tree in forms-tt01-2024.txt lists more status/result leaves than the form has numbers (an extraction
 * of merged header cells); the columns here follow its printed numbering and formulas and DOMAIN.md §7.2.
 */
@ApplicationScoped
public class Xld03Calculator implements FormCalculator {
    static final String CODE = "03-XLD";
    private static final String G1 = "Tổng số đơn phải xử lý";
    private static final String G2 = "Đơn đã xử lý";
    private static final String G3 = "Đủ điều kiện xử lý";
    private static final String G4 = "Phân loại vụ việc tố cáo theo nội dung";
    private static final String HC = "Lĩnh vực hành chính";
    private static final String G5 = "Phân loại vụ việc theo tình trạng giải quyết";
    private static final String REPEAT = "Tố cáo tiếp";
    private static final String G6 = "Kết quả xử lý";
    private static final String IN = "Vụ việc thuộc thẩm quyền";
    private static final String OUT = "Vụ việc không thuộc thẩm quyền";

    static final FormDefinition DEFINITION = new FormDefinition(CODE, "03/XLD", "TT01-2024",
            "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN TỐ CÁO",
            "Cột và công thức theo report-forms/forms-tt01-2024.txt (bản sửa đổi theo Thông tư 01/2024/TT-TTCP, cấu trúc "
                    + "từ hệ thống cấp tỉnh; DOMAIN.md §7.2). Cây tiêu đề trong tệp có ô gộp bị tách sai ở nhóm tình "
                    + "trạng giải quyết và kết quả xử lý: cột 18–26 dựng lại theo công thức in (8=18+19+20=21+24, "
                    + "21=22+23, 24=25+26). Cần đối chiếu với phụ lục chính thức của TT 01/2024.",
            List.of(col(1, "2+3", G1, "Tổng số"), col(2, null, G1, "Số đơn kỳ trước chuyển sang"),
                    col(3, null, G1, "Số đơn tiếp nhận trong kỳ"), col(4, "5+6", G2, "Tổng"),
                    col(5, null, G2, "Đơn kỳ trước chuyển sang"), col(6, null, G2, "Đơn tiếp nhận trong kỳ"),
                    col(7, null, G3, "Số đơn"), col(8, "9+14+15+16+17=18+19+20=21+24", G3, "Số vụ việc"),
                    col(9, "10+11+12+13", G4, HC, "Tổng cộng"), col(10, null, G4, HC, "Chế độ, chính sách"),
                    col(11, null, G4, HC, "Đất đai, nhà cửa"), col(12, null, G4, HC, "Công chức, công vụ"),
                    col(13, null, G4, HC, "Khác"), col(14, null, G4, "Tham nhũng"),
                    col(15, null, G4, "Lĩnh vực tư pháp"), col(16, null, G4, "Lĩnh vực Đảng, đoàn thể"),
                    col(17, null, G4, "Lĩnh vực khác"), col(18, null, G5, "Chưa giải quyết"),
                    col(19, null, G5, REPEAT, "Quá thời hạn chưa giải quyết"),
                    col(20, null, G5, REPEAT, "Đã có kết luận giải quyết"), col(21, "22+23", G6, IN, "Tổng số"),
                    col(22, null, G6, IN, "Tố cáo lần đầu"), col(23, null, G6, IN, "Tố cáo tiếp"),
                    col(24, "25+26", G6, OUT, "Tổng số"), col(25, null, G6, OUT, "Chuyển đơn"),
                    col(26, null, G6, OUT, "Đôn đốc giải quyết"),
                    col(27, null, "Số văn bản phúc đáp nhận được do chuyển đơn")),
            List.of("1=2+3", "4=5+6", "8=9+14+15+16+17=18+19+20=21+24", "9=10+11+12+13", "21=22+23", "24=25+26"));

    private final EntityManager em;

    Xld03Calculator(EntityManager em) {
        this.em = em;
    }

    /** The petition (alias) is a repeat denunciation whose matter already has a conclusion. */
    static String repeatConcluded(String a) {
        return "coalesce(" + a + ".prior_resolution in " + RESOLVED_BEFORE + ", false)";
    }

    /** The petition (alias) is a repeat denunciation of a matter not resolved yet (overdue). */
    static String repeatOverdue(String a) {
        return "(" + a + ".duplicate_of_id is not null and (" + a + ".prior_resolution is null or " + a
                + ".prior_resolution = 'CHUA_GIAI_QUYET'))";
    }

    static PetitionFormSql.Statement statement() {
        Map<Integer, String> m = new LinkedHashMap<>();
        String cdcs = "rep.field_code in " + HC_CDCS;
        String dat = "rep.field_code in " + HC_DAT;
        String cccv = "rep.field_code in " + HC_CCCV;
        String other = "rep.field_code in " + HC_KHAC;
        String repeat = "(" + repeatConcluded("rep") + " or " + repeatOverdue("rep") + ")";
        String in = "rep.competence = 'THUOC_THAM_QUYEN'";
        String out = "rep.competence = 'KHONG_THUOC_THAM_QUYEN'";
        m.put(8, "1");
        m.put(9, when(cdcs + " or " + dat + " or " + cccv + " or " + other));
        m.put(10, when(cdcs));
        m.put(11, when(dat));
        m.put(12, when(cccv));
        m.put(13, when(other));
        m.put(14, when("rep.field_code = 'THAM_NHUNG'"));
        m.put(15, when("rep.field_code = 'TU_PHAP'"));
        m.put(16, when("rep.field_code = 'DANG_DOAN_THE'"));
        m.put(17, when("rep.field_code is null or rep.field_code = 'KHAC'"));
        m.put(18, when("not " + repeat));
        m.put(19, when(repeatOverdue("rep")));
        m.put(20, when(repeatConcluded("rep")));
        m.put(21, when(in));
        m.put(22, when(in + " and not " + repeat));
        m.put(23, when(in + " and " + repeat));
        m.put(24, when(out));
        m.put(25, when(out + " and rep.decision = 'CHUYEN_DON'"));
        m.put(26, when(out + " and rep.decision = 'DON_DOC'"));
        return new PetitionFormSql.Statement(PetitionFormSql.petitionCtes("TO_CAO"), List.of(
                petitionPart("pb", "case when pb.done then " + decidedDay("pb") + " else pb.received_on end",
                        PetitionFormSql.headValues()),
                petitionPart("rep", decidedDay("rep"), m),
                petitionPart("rp", "rp.transfer_reply_on", Map.of(27, "1"))));
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
