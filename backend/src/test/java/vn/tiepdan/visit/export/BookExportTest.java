package vn.tiepdan.visit.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The book reads back with its Vietnamese text intact, in both formats (plain JUnit: no Quarkus needed). */
class BookExportTest {
    static final String AN = "Nguyễn Văn An – 12 Lê Lợi, phường Trấn Biên";
    static final String MASKED = "Tố cáo – bảo mật";
    static final BookHeader HEADER = new BookHeader("UBND phường Trấn Biên", 2026,
            "Từ ngày 01/11/2026 đến ngày 27/11/2026", LocalDate.of(2026, 11, 28), "Nguyễn Thị Lan");

    static List<BookRow> sample() {
        return List.of(
                new BookRow(1, LocalDate.of(2026, 11, 2), AN, "075090001234",
                        "Tranh chấp ranh giới đất với hộ liền kề tại tổ 5, khu phố 3", "Kiến nghị, phản ánh/1",
                        "UBND phường Trấn Biên, Công văn số 12/UBND ngày 05/10/2026", false, true, null,
                        "Đã hướng dẫn", "Tiếp lần đầu"),
                new BookRow(2, LocalDate.of(2026, 11, 3), MASKED, "", "Tố cáo hành vi của công chức địa chính",
                        "Tố cáo/1", null, true, false, null, null, null),
                new BookRow(3, LocalDate.of(2026, 11, 4), "Trần Thị Bích Ngọc – Ấp 2, xã Phú Lý", "075185004321",
                        "Bồi thường giải phóng mặt bằng dự án đường ĐT 768", "Khiếu nại/1", null, false, false,
                        "Sở Nông nghiệp và Môi trường", null, null));
    }

    /** Keeps the file under target/book-export/ for a look by eye (not part of the assertions). */
    private static void keep(String name, ByteArrayOutputStream out) throws IOException {
        Path dir = Path.of("target", "book-export");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), out.toByteArray());
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : new DataFormatter().formatCellValue(cell);
    }

    @Test
    void everyMergedRangeStartsWithText() throws IOException {
        // A blank first cell of a merged range breaks some readers (exceljs); a book without period has none.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookExport.xlsx(new BookHeader("UBND xã Phú Lý", 2026, null, LocalDate.of(2026, 11, 28), "Đỗ Văn Nam"),
                sample(), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            for (org.apache.poi.ss.util.CellRangeAddress range : sheet.getMergedRegions()) {
                String first = text(sheet.getRow(range.getFirstRow()), range.getFirstColumn());
                org.junit.jupiter.api.Assertions.assertFalse(first.isBlank(), "blank merged range " + range.formatAsString());
            }
        }
    }

    @Test
    void xlsxHasTheFormHeadingTheTwelveColumnsAndTheRowsInVietnamese() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookExport.xlsx(HEADER, sample(), out);
        keep("book-sample.xlsx", out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheet("Sổ tiếp công dân");
            assertEquals("UBND PHƯỜNG TRẤN BIÊN", text(sheet.getRow(0), 0));
            assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text(sheet.getRow(0), 6));
            assertEquals("Độc lập - Tự do - Hạnh phúc", text(sheet.getRow(1), 6));
            assertEquals("SỔ TIẾP CÔNG DÂN", text(sheet.getRow(3), 0));
            assertEquals("Năm 2026", text(sheet.getRow(4), 0));
            assertEquals("Từ ngày 01/11/2026 đến ngày 27/11/2026", text(sheet.getRow(5), 0));

            Row head = sheet.getRow(BookExport.XLSX_HEAD_ROW);
            Row sub = sheet.getRow(BookExport.XLSX_HEAD_ROW + 1);
            assertEquals("STT", text(head, 0));
            assertEquals("Ngày tiếp", text(head, 1));
            assertEquals("Họ tên - Địa chỉ", text(head, 2));
            assertEquals("CMND/Hộ chiếu của công dân", text(head, 3));
            assertEquals("Nội dung vụ việc", text(head, 4));
            assertEquals("Phân loại đơn/Số người", text(head, 5));
            assertEquals("Cơ quan đã giải quyết", text(head, 6));
            assertEquals("Hướng xử lý", text(head, 7));
            assertEquals("Thụ lý để giải quyết", text(sub, 7));
            assertEquals("Trả lại đơn và hướng dẫn", text(sub, 8));
            assertEquals("Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền", text(sub, 9));
            assertEquals("Theo dõi kết quả giải quyết", text(head, 10));
            assertEquals("Ghi chú", text(head, 11));
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(BookExport.XLSX_HEAD_ROW,
                    BookExport.XLSX_HEAD_ROW, 7, 9)), "Hướng xử lý spans columns 8–10");
            assertTrue(sheet.getMergedRegions().contains(new CellRangeAddress(BookExport.XLSX_HEAD_ROW,
                    BookExport.XLSX_HEAD_ROW + 1, 0, 0)), "STT spans both head rows");
            Row numbers = sheet.getRow(BookExport.XLSX_NUMBERS_ROW);
            for (int c = 0; c < 12; c++) {
                assertEquals("(" + (c + 1) + ")", text(numbers, c));
            }

            Row first = sheet.getRow(BookExport.XLSX_FIRST_DATA_ROW);
            assertEquals(1, (int) first.getCell(0).getNumericCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(1).getCellType());
            assertEquals(LocalDate.of(2026, 11, 2), first.getCell(1).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("02/11/2026", text(first, 1));
            assertEquals(AN, text(first, 2));
            assertEquals("075090001234", text(first, 3));
            assertEquals("Kiến nghị, phản ánh/1", text(first, 5));
            assertEquals("", text(first, 7));
            assertEquals("x", text(first, 8));
            assertEquals("Tiếp lần đầu", text(first, 11));

            Row masked = sheet.getRow(BookExport.XLSX_FIRST_DATA_ROW + 1);
            assertEquals(MASKED, text(masked, 2));
            assertEquals("", text(masked, 3));
            assertEquals("x", text(masked, 7));
            Row third = sheet.getRow(BookExport.XLSX_FIRST_DATA_ROW + 2);
            assertEquals("Sở Nông nghiệp và Môi trường", text(third, 9));

            assertEquals("Xuất bởi Nguyễn Thị Lan ngày 28/11/2026",
                    text(sheet.getRow(BookExport.XLSX_FIRST_DATA_ROW + 4), 0));
            assertTrue(sheet.getPrintSetup().getLandscape());
            assertEquals(BookExport.XLSX_FIRST_DATA_ROW, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(new CellRangeAddress(BookExport.XLSX_HEAD_ROW, BookExport.XLSX_NUMBERS_ROW, -1, -1),
                    sheet.getRepeatingRows());
        }
    }

    /** An iterable that makes rows on demand, as the export's database cursor does. */
    static Iterable<BookRow> generated(int count) {
        return () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public BookRow next() {
                i++;
                return new BookRow(i, LocalDate.of(2026, 1, 1).plusDays(i % 360), "Lê Hoàng Phúc " + i
                        + " – Tổ " + (i % 12 + 1) + ", khu phố 3, phường Trấn Biên", "0750" + (80000000 + i),
                        "Đề nghị giải quyết tranh chấp đất đai, cấp giấy chứng nhận quyền sử dụng đất số " + i,
                        "Kiến nghị, phản ánh/1", null, i % 3 == 0, i % 3 == 1, i % 3 == 2 ? "Sở Xây dựng" : null,
                        null, null);
            }
        };
    }

    @Test
    void xlsxStreamsTenThousandRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long start = System.nanoTime();
        BookExport.xlsx(HEADER, generated(10_000), out);
        long written = System.nanoTime();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = wb.getSheetAt(0);
            int last = BookExport.XLSX_FIRST_DATA_ROW + 10_000 - 1;
            assertEquals(10_000, (int) sheet.getRow(last).getCell(0).getNumericCellValue());
            assertTrue(text(sheet.getRow(last), 2).startsWith("Lê Hoàng Phúc 10000"));
            assertEquals(last + 2, sheet.getLastRowNum(), "the footer follows one blank row after the last line");
        }
        System.out.printf("XLSX 10 000 rows: %d ms, %d KiB%n", (written - start) / 1_000_000, out.size() / 1024);
    }

    /** Text as extracted, NFC-normalised (a PDF may map a glyph to decomposed letters). */
    private static List<String> pdfPages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                pages.add(Normalizer.normalize(extractor.getTextFromPage(p), Normalizer.Form.NFC));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    @Test
    void pdfKeepsTheVietnameseTextAndTheFormHeading() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookExport.pdf(HEADER, sample(), out);
        keep("book-sample.pdf", out);
        assertTrue(new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
        List<String> pages = pdfPages(out.toByteArray());
        assertEquals(1, pages.size());
        String page = pages.get(0);
        for (String expected : List.of("UBND PHƯỜNG TRẤN BIÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "SỔ TIẾP CÔNG DÂN", "Năm 2026", "Nguyễn Văn An", "Trấn Biên",
                "Tố cáo – bảo mật", "Trần Thị Bích Ngọc", "Hướng xử lý", "Thụ lý", "Ghi chú",
                "075090001234", "02/11/2026", "Xuất bởi Nguyễn Thị Lan ngày 28/11/2026", "Trang 1")) {
            assertTrue(page.contains(expected), () -> "missing «" + expected + "» in:\n" + page);
        }
    }

    @Test
    void pdfRepeatsTheHeadOnEveryPageOfALargeBook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BookExport.pdf(HEADER, generated(1_000), out);
        keep("book-1000.pdf", out);
        List<String> pages = pdfPages(out.toByteArray());
        assertTrue(pages.size() > 10, "1 000 lines take many pages: " + pages.size());
        String last = pages.get(pages.size() - 1);
        assertTrue(last.contains("Nội dung vụ việc"), "the head is repeated on the last page");
        assertTrue(last.contains("Lê Hoàng Phúc 1000"));
        assertTrue(last.contains("Trang " + pages.size()));
    }
}
