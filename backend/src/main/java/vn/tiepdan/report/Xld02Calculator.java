package vn.tiepdan.report;

import static vn.tiepdan.report.PetitionFormSql.HC_CCCV;
import static vn.tiepdan.report.PetitionFormSql.HC_CDCS;
import static vn.tiepdan.report.PetitionFormSql.HC_DAT;
import static vn.tiepdan.report.PetitionFormSql.HC_KHAC;
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
 * Biểu 02/XLD (TT 01/2024/TT-TTCP revision): complaint petitions (classification KHIEU_NAI), DOMAIN.md §7.2.
 *
 * <p>Cols 1–7 count petitions: 1 = 2 carried over (received before the window, not decided before it) + 3 received in
 * the window; 4 processed in the window (decided_at) = 5 of the carried + 6 of the received; 7 processable
 * (DU_DIEU_KIEN) among 4. Cols 8–25 count matters (vụ việc = coalesce(duplicate_of_id, id)) among 7, each matter
 * represented by its petition decided last: 9–15 by field_code (9 = 10 chế độ chính sách + 11 đất đai, nhà cửa + 12
 * other administrative; 13 TU_PHAP; 14 DANG_DOAN_THE; 15 anything else); 16–19 by prior_resolution (LAN_DAU,
 * NHIEU_LAN, DA_CO_BAN_AN, none/CHUA_GIAI_QUYET); 20 within competence = 21 first time + 22 second time (prior
 * resolution DA_GIAI_QUYET_LAN_DAU); 23 outside competence = 24 guided (HUONG_DAN, TRA_LAI) + 25 urged (DON_DOC).
 * Col 26: petitions with a reply to a transfer received in the window (transfer_reply_on).
 */
@ApplicationScoped
public class Xld02Calculator implements FormCalculator {
    static final String CODE = "02-XLD";
    private static final String G1 = "Tổng số đơn phải xử lý";
    private static final String G2 = "Đơn đã xử lý";
    private static final String G3 = "Đủ điều kiện xử lý";
    private static final String G4 = "Phân loại vụ việc khiếu nại theo nội dung";
    private static final String HC = "Lĩnh vực hành chính";
    private static final String G5 = "Phân loại vụ việc khiếu nại theo tình trạng giải quyết";
    private static final String DONE = "Đã được giải quyết";
    private static final String G6 = "Kết quả xử lý đơn";
    private static final String IN = "Vụ việc thuộc thẩm quyền";
    private static final String OUT = "Vụ việc không thuộc thẩm quyền";

    static final FormDefinition DEFINITION = new FormDefinition(CODE, "02/XLD", "TT01-2024",
            "TỔNG HỢP KẾT QUẢ XỬ LÝ ĐƠN KHIẾU NẠI",
            "Cột và công thức theo report-forms/forms-tt01-2024.txt (bản sửa đổi theo Thông tư 01/2024/TT-TTCP, cấu trúc "
                    + "từ hệ thống cấp tỉnh; DOMAIN.md §7.2). Cần đối chiếu với phụ lục chính thức của TT 01/2024.",
            List.of(col(1, "2+3", G1, "Tổng số"), col(2, null, G1, "Số đơn kỳ trước chuyển sang"),
                    col(3, null, G1, "Số đơn tiếp nhận trong kỳ"), col(4, "5+6", G2, "Tổng"),
                    col(5, null, G2, "Đơn kỳ trước chuyển sang"), col(6, null, G2, "Đơn tiếp nhận trong kỳ"),
                    col(7, null, G3, "Số đơn"), col(8, null, G3, "Số vụ việc"), col(9, "10+11+12", G4, HC, "Tổng"),
                    col(10, null, G4, HC, "Chế độ, chính sách"), col(11, null, G4, HC, "Đất đai, nhà cửa"),
                    col(12, null, G4, HC, "Khác"), col(13, null, G4, "Lĩnh vực tư pháp"),
                    col(14, null, G4, "Lĩnh vực Đảng, đoàn thể"), col(15, null, G4, "Lĩnh vực khác"),
                    col(16, null, G5, DONE, "Lần đầu"), col(17, null, G5, DONE, "Lần 2"),
                    col(18, null, G5, DONE, "Đã có bản án của tòa"), col(19, null, G5, "Chưa giải quyết xong"),
                    col(20, "21+22", G6, IN, "Tổng"), col(21, null, G6, IN, "Lần đầu"), col(22, null, G6, IN, "Lần 2"),
                    col(23, "24+25", G6, OUT, "Tổng"), col(24, null, G6, OUT, "Hướng dẫn"),
                    col(25, null, G6, OUT, "Đôn đổc giải quyết"),
                    col(26, null, "Số văn bản phúc đáp nhận được do chuyển đơn")),
            List.of("1=2+3", "4=5+6", "9=10+11+12", "20=21+22", "23=24+25"));

    private final EntityManager em;

    Xld02Calculator(EntityManager em) {
        this.em = em;
    }

    static PetitionFormSql.Statement statement() {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(8, "1");
        String cdcs = "rep.field_code in " + HC_CDCS;
        String dat = "rep.field_code in " + HC_DAT;
        String other = "(rep.field_code in " + HC_KHAC + " or rep.field_code in " + HC_CCCV + ")";
        m.put(9, when(cdcs + " or " + dat + " or " + other));
        m.put(10, when(cdcs));
        m.put(11, when(dat));
        m.put(12, when(other));
        m.put(13, when("rep.field_code = 'TU_PHAP'"));
        m.put(14, when("rep.field_code = 'DANG_DOAN_THE'"));
        m.put(15, when("rep.field_code is null or rep.field_code in ('KHAC', 'THAM_NHUNG')"));
        m.put(16, when("rep.prior_resolution = 'DA_GIAI_QUYET_LAN_DAU'"));
        m.put(17, when("rep.prior_resolution = 'DA_GIAI_QUYET_NHIEU_LAN'"));
        m.put(18, when("rep.prior_resolution = 'DA_CO_BAN_AN'"));
        m.put(19, when("rep.prior_resolution is null or rep.prior_resolution = 'CHUA_GIAI_QUYET'"));
        m.put(20, when("rep.competence = 'THUOC_THAM_QUYEN'"));
        m.put(21, when("rep.competence = 'THUOC_THAM_QUYEN' and rep.prior_resolution is distinct from "
                + "'DA_GIAI_QUYET_LAN_DAU'"));
        m.put(22, when("rep.competence = 'THUOC_THAM_QUYEN' and rep.prior_resolution = 'DA_GIAI_QUYET_LAN_DAU'"));
        m.put(23, when("rep.competence = 'KHONG_THUOC_THAM_QUYEN'"));
        m.put(24, when("rep.competence = 'KHONG_THUOC_THAM_QUYEN' and rep.decision in ('HUONG_DAN', 'TRA_LAI')"));
        m.put(25, when("rep.competence = 'KHONG_THUOC_THAM_QUYEN' and rep.decision = 'DON_DOC'"));
        return new PetitionFormSql.Statement(PetitionFormSql.petitionCtes("KHIEU_NAI"), List.of(
                petitionPart("pb", "case when pb.done then " + decidedDay("pb") + " else pb.received_on end",
                        PetitionFormSql.headValues()),
                petitionPart("rep", decidedDay("rep"), m),
                petitionPart("rp", "rp.transfer_reply_on", Map.of(26, "1"))));
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
