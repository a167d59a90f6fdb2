package vn.tiepdan.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.tiepdan.report.FormColumn;
import vn.tiepdan.report.FormResult;
import vn.tiepdan.report.FormRow;

/**
 * One official form laid out for printing (TT 01/2024/TT-TTCP biểu số liệu): the national header, the form number,
 * title and period, the header tree from the column paths, the "MS" row with column numbers and printed formulas, the
 * rows and the signature block. Shared by {@link FormXlsxExport} and {@link FormPdfExport}.
 */
public record FormSheet(String formNo, String title, String unitName, String periodLabel, LocalDate from,
        LocalDate to, List<FormColumn> columns, List<FormRow> rows, String docNo, String signerName,
        String signerTitle, LocalDate signedOn) {
    public static final String PROVINCE_LINE = "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI";
    public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String UNIT_HEAD = "Đơn vị";
    public static final String MS = "MS";
    public static final String MAKER = "NGƯỜI LẬP BIỂU";
    public static final String HEAD = "THỦ TRƯỞNG ĐƠN VỊ";
    public static final String MAKER_NOTE = "(Ký, ghi rõ họ tên)";
    public static final String HEAD_NOTE = "(Ký, ghi rõ họ tên, đóng dấu)";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static FormSheet of(FormResult r, String docNo, String signerName, String signerTitle, LocalDate signedOn) {
        return new FormSheet(r.form().formNo(), r.form().title(), r.unitName(), r.period().label(), r.period().from(),
                r.period().to(), r.form().columns(), r.rows(), docNo, signerName, signerTitle, signedOn);
    }

    public String formLine() {
        return "Biểu số " + formNo;
    }

    public String periodLine() {
        return "Kỳ báo cáo: " + periodLabel + " (từ " + DMY.format(from) + " đến " + DMY.format(to) + ")";
    }

    public String placeDate() {
        return String.format("Đồng Nai, ngày %02d tháng %02d năm %d", signedOn.getDayOfMonth(),
                signedOn.getMonthValue(), signedOn.getYear());
    }

    public String docLine() {
        return docNo == null || docNo.isBlank() ? null : "Số: " + docNo;
    }

    /** The MS row text of a column: its number and its printed formula, e.g. {@code 1=4+13+22}. */
    public static String ms(FormColumn c) {
        return c.formula() == null || c.formula().isBlank() ? String.valueOf(c.no()) : c.no() + "=" + c.formula();
    }

    public static String value(BigDecimal v) {
        return SnapshotHasher.plain(v);
    }

    /** Header rows needed by the deepest column path (at least one). */
    public int depth() {
        int d = 1;
        for (FormColumn c : columns) {
            d = Math.max(d, c.path().size());
        }
        return d;
    }

    /** A header cell: label at header row {@code level}, starting at data column {@code first}, spans. */
    public record HeadCell(String label, int level, int first, int colspan, int rowspan) {
    }

    /**
     * The header cells in row-major order: at each level, consecutive columns sharing the same path prefix merge
     * across; a column whose path ends above the last level spans down to it.
     */
    public List<HeadCell> headCells() {
        int depth = depth();
        List<HeadCell> out = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            int j = 0;
            while (j < columns.size()) {
                List<String> p = columns.get(j).path();
                if (p.size() <= level) {
                    j++;
                    continue;
                }
                int k = j + 1;
                boolean leaf = p.size() == level + 1;
                if (!leaf) {
                    while (k < columns.size() && columns.get(k).path().size() > level
                            && columns.get(k).path().subList(0, level + 1).equals(p.subList(0, level + 1))) {
                        k++;
                    }
                }
                out.add(new HeadCell(p.get(level), level, j, k - j, leaf ? depth - level : 1));
                j = k;
            }
        }
        return out;
    }
}
