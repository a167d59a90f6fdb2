package vn.tiepdan.report;

import static vn.tiepdan.report.PetitionFormSql.HC_CDCS;
import static vn.tiepdan.report.PetitionFormSql.HC_DAT;
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
 * Biểu 04/XLD (TT 01/2024/TT-TTCP revision): petitions/feedback (classification KIEN_NGHI_PHAN_ANH), DOMAIN.md §7.2.
 *
 * <p>Cols 1–7 as 02/XLD (4 = petitions considered, i.e. decided, in the window). Cols 8–20 count matters among the
 * processable petitions processed in the window (8 = 9+10+11+12 = 13+14 = 15+16): 9 chế độ, chính sách
 * (CHE_DO_CHINH_SACH or HANH_CHINH.CHE_DO_CHINH_SACH), 10 đất đai (DAT_DAI or HANH_CHINH.DAT_DAI_NHA_CUA), 11 TU_PHAP,
 * 12 anything else; 13 already resolved (prior_resolution DA_*), 14 not (none or CHUA_GIAI_QUYET); 15 within
 * competence; 16 outside = 17 transferred (CHUYEN_DON) + 18 urged (DON_DOC); 19 of 15 resolved by the end of the
 * window (the petition's case has a REPLY decision signed on or before {@code to}), 20 of 15 not resolved.
 */
@ApplicationScoped
public class Xld04Calculator implements FormCalculator {
    static final String CODE = "04-XLD";
    private static final String G1 = "Tổng số đơn phải xử lý";
    private static final String G2 = "Đơn đã xem xét về điều kiện xử lý";
    private static final String G3 = "Đơn đủ điều kiện xử lý";
    private static final String G4 = "Phân loại vụ việc theo nội dung";
    private static final String G5 = "Phân loại vụ việc theo tình trạng giải quyết";
    private static final String G6 = "Kết quả xử lý đơn";
    private static final String OUT = "Vụ việc không thuộc thẩm quyền";
    private static final String G7 = "Kết quả giải quyết vụ việc thuộc thẩm quyền";

    static final FormDefinition DEFINITION = new FormDefinition(CODE, "04/XLD", "TT01-2024",
            "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KIẾN NGHỊ, PHẢN ÁNH",
            "Cột và công thức theo report-forms/forms-tt01-2024.txt (bản sửa đổi theo Thông tư 01/2024/TT-TTCP, cấu trúc "
                    + "từ hệ thống cấp tỉnh; DOMAIN.md §7.2). Công thức in '8=9+10+11+12=13+14=15+18' được đọc là "
                    + "…=15+16 (cột 16 là tổng vụ việc không thuộc thẩm quyền, DOMAIN.md §7.2). Cần đối chiếu với phụ lục "
                    + "chính thức của TT 01/2024.",
            List.of(col(1, "2+3", G1, "Tổng số đơn"), col(2, null, G1, "Số đơn kỳ trước chuyển sang"),
                    col(3, null, G1, "Số đơn tiếp nhận trong kỳ"), col(4, "5+6", G2, "Tổng số đơn"),
                    col(5, null, G2, "Số đơn kỳ trước chuyển sang"), col(6, null, G2, "Số đơn tiếp nhận trong kỳ"),
                    col(7, null, G3, "Số đơn"), col(8, "9+10+11+12=13+14=15+16", G3, "Số vụ việc"),
                    col(9, null, G4, "Chế độ, chính sách"), col(10, null, G4, "Đất đai"), col(11, null, G4, "Tư pháp"),
                    col(12, null, G4, "Khác"), col(13, null, G5, "Đã được giải quyết"),
                    col(14, null, G5, "Chưa được giải quyết"), col(15, null, G6, "Vụ việc thuộc thẩm quyền"),
                    col(16, "17+18", G6, OUT, "Tổng số"), col(17, null, G6, OUT, "Chuyển đơn"),
                    col(18, null, G6, OUT, "Đôn đổc giải quyết"), col(19, null, G7, "Vụ việc đã giải quyết"),
                    col(20, null, G7, "Vụ việc chưa giải quyết")),
            List.of("1=2+3", "4=5+6", "8=9+10+11+12=13+14=15+16", "16=17+18"));

    private final EntityManager em;

    Xld04Calculator(EntityManager em) {
        this.em = em;
    }

    static PetitionFormSql.Statement statement() {
        Map<Integer, String> m = new LinkedHashMap<>();
        String in = "rep.competence = 'THUOC_THAM_QUYEN'";
        String out = "rep.competence = 'KHONG_THUOC_THAM_QUYEN'";
        String replied = "exists (select 1 from case_decision d where d.case_id = rep.case_id and d.kind = 'REPLY' "
                + "and d.signed_on <= :to)";
        m.put(8, "1");
        m.put(9, when("rep.field_code in " + HC_CDCS));
        m.put(10, when("rep.field_code in " + HC_DAT));
        m.put(11, when("rep.field_code = 'TU_PHAP'"));
        m.put(12, when("rep.field_code is null or rep.field_code not in ('HANH_CHINH.CHE_DO_CHINH_SACH', "
                + "'CHE_DO_CHINH_SACH', 'HANH_CHINH.DAT_DAI_NHA_CUA', 'DAT_DAI', 'TU_PHAP')"));
        m.put(13, when("rep.prior_resolution in " + RESOLVED_BEFORE));
        m.put(14, when("rep.prior_resolution is null or rep.prior_resolution = 'CHUA_GIAI_QUYET'"));
        m.put(15, when(in));
        m.put(16, when(out));
        m.put(17, when(out + " and rep.decision = 'CHUYEN_DON'"));
        m.put(18, when(out + " and rep.decision = 'DON_DOC'"));
        m.put(19, when(in + " and " + replied));
        m.put(20, when(in + " and not " + replied));
        return new PetitionFormSql.Statement(PetitionFormSql.petitionCtes("KIEN_NGHI_PHAN_ANH"), List.of(
                petitionPart("pb", "case when pb.done then " + decidedDay("pb") + " else pb.received_on end",
                        PetitionFormSql.headValues()),
                petitionPart("rep", decidedDay("rep"), m)));
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
