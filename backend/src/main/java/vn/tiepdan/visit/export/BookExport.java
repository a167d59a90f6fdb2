package vn.tiepdan.visit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Writes the reception book (Mẫu số 03, TT 04/2021/TT-TTCP) as XLSX or PDF with correct Vietnamese text.
 *
 * <p>Both layouts have the official heading (unit upper left, national motto upper right, title, year, period), the
 * 12-column table with its two-row merged head ("Hướng xử lý" spans columns 8–10), a row of column numbers (1)…(12)
 * and one line per {@link BookRow}; the footer names who exported the book and when (exports are traced).
 */
public final class BookExport {
    /** Sheet name of the XLSX book. */
    public static final String SHEET_NAME = "Sổ tiếp công dân";
    /** Title of the book, both formats. */
    public static final String TITLE = "SỔ TIẾP CÔNG DÂN";
    /** 0-based row index of the first table-head row in the XLSX sheet (Excel row 8). */
    public static final int XLSX_HEAD_ROW = 7;
    /** 0-based row index of the row holding the column numbers (1)…(12) (Excel row 10). */
    public static final int XLSX_NUMBERS_ROW = 9;
    /**
     * 0-based row index of the first book line in the XLSX sheet (Excel row 11): {@code sheet.getRow(XLSX_FIRST_DATA_ROW)}
     * is the first {@link BookRow}, column index 0 its STT. Column 2 (Ngày tiếp) is a date cell formatted dd/mm/yyyy;
     * columns 8 and 9 hold "x" when true; column 10 holds the transfer body's name.
     */
    public static final int XLSX_FIRST_DATA_ROW = 10;
    /** Number of columns of Mẫu số 03. */
    public static final int COLUMNS = 12;

    static final String CHECK = "x";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String HANDLING = "Hướng xử lý";

    /** Heads of the 12 columns; 7–9 (0-based) sit under {@link #HANDLING}. */
    static final List<String> HEADS = List.of("STT", "Ngày tiếp", "Họ tên - Địa chỉ", "CMND/Hộ chiếu của công dân",
            "Nội dung vụ việc", "Phân loại đơn/Số người", "Cơ quan đã giải quyết", "Thụ lý để giải quyết",
            "Trả lại đơn và hướng dẫn", "Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền",
            "Theo dõi kết quả giải quyết", "Ghi chú");

    private BookExport() {
    }

    /** Writes the book as an XLSX workbook, streaming (large books do not sit in memory). */
    public static void xlsx(BookHeader header, Iterable<BookRow> rows, OutputStream out) throws IOException {
        XlsxBook.write(header, rows, out);
    }

    /** Writes the book as a landscape A4 PDF with an embedded Unicode font. */
    public static void pdf(BookHeader header, Iterable<BookRow> rows, OutputStream out) throws IOException {
        PdfBook.write(header, rows, out);
    }

    static String yearLine(BookHeader header) {
        return "Năm " + header.year();
    }

    static String footerLine(BookHeader header) {
        return "Xuất bởi " + nz(header.printedBy()) + " ngày "
                + (header.printedOn() == null ? "" : DATE.format(header.printedOn()));
    }

    static String unitLine(BookHeader header) {
        return nz(header.unitName()).toUpperCase(Locale.forLanguageTag("vi"));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
