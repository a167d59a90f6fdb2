package vn.tiepdan.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tiepdan.report.FormColumn;
import vn.tiepdan.report.FormDefinition;
import vn.tiepdan.report.FormResult;
import vn.tiepdan.report.FormRow;
import vn.tiepdan.report.PeriodView;
import vn.tiepdan.report.ValueUnit;

/** The official layout on a hand-built 01/TCD-like form, read back with POI and OpenPDF's text extractor. */
class FormExportTest {
    static final String TITLE = "TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN THƯỜNG XUYÊN, ĐỊNH KỲ VÀ ĐỘT XUẤT";
    static final UUID UNIT = UUID.randomUUID();

    static FormSheet sheet() {
        List<FormColumn> cols = List.of(
                new FormColumn(1, List.of("Tổng số lượt tiếp"), ValueUnit.COUNT, "4+5"),
                new FormColumn(2, List.of("Tổng số người được tiếp"), ValueUnit.COUNT, null),
                new FormColumn(3, List.of("Tiếp thường xuyên", "Số lượt tiếp"), ValueUnit.COUNT, null),
                new FormColumn(4, List.of("Tiếp thường xuyên", "Số vụ việc", "Tiếp lần đầu"), ValueUnit.COUNT, null),
                new FormColumn(5, List.of("Tiếp thường xuyên", "Số vụ việc", "Tiếp nhiều lần"), ValueUnit.COUNT,
                        null));
        FormDefinition def = new FormDefinition("01-TCD", "01/TCD", "TT01-2024", TITLE, "test", cols,
                List.of("1=4+5"));
        PeriodView period = new PeriodView("2026-Q1", "Q1", LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14),
                "Quý I năm 2026", LocalDate.of(2026, 3, 18));
        List<BigDecimal> v = List.of(new BigDecimal("7"), new BigDecimal("9"), new BigDecimal("7"),
                new BigDecimal("5"), new BigDecimal("2"));
        FormResult r = new FormResult(def, UNIT, "DN-TRANBIEN", "UBND phường Trấn Biên", period,
                List.of(new FormRow("OWN", UNIT, "DN-TRANBIEN", "UBND phường Trấn Biên", v),
                        new FormRow("TOTAL", UNIT, "DN-TRANBIEN", "Tổng cộng", v)), List.of(), true, Instant.now());
        return FormSheet.of(r, "25/BC-UBND", "Trần Văn Hùng", "Chủ tịch", LocalDate.of(2026, 3, 17));
    }

    @Test
    void headerCellsMergeTheColumnPaths() {
        List<FormSheet.HeadCell> cells = sheet().headCells();
        assertEquals(3, sheet().depth());
        assertTrue(cells.contains(new FormSheet.HeadCell("Tổng số lượt tiếp", 0, 0, 1, 3)));
        assertTrue(cells.contains(new FormSheet.HeadCell("Tiếp thường xuyên", 0, 2, 3, 1)));
        assertTrue(cells.contains(new FormSheet.HeadCell("Số lượt tiếp", 1, 2, 1, 2)));
        assertTrue(cells.contains(new FormSheet.HeadCell("Số vụ việc", 1, 3, 2, 1)));
        assertTrue(cells.contains(new FormSheet.HeadCell("Tiếp nhiều lần", 2, 4, 1, 1)));
        assertEquals(7, cells.size());
    }

    @Test
    void xlsxHasTheOfficialLayout() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormXlsxExport.write(List.of(sheet()), out);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("01-TCD");
            List<String> all = new ArrayList<>();
            DataFormatter fmt = new DataFormatter();
            for (Row row : s) {
                for (Cell c : row) {
                    all.add(fmt.formatCellValue(c));
                }
            }
            assertTrue(all.contains("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"));
            assertTrue(all.contains("UBND phường Trấn Biên"));
            assertTrue(all.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
            assertTrue(all.contains("Độc lập - Tự do - Hạnh phúc"));
            assertTrue(all.contains("Biểu số 01/TCD"));
            assertTrue(all.contains(TITLE));
            assertTrue(all.contains("Kỳ báo cáo: Quý I năm 2026 (từ 15/12/2025 đến 14/03/2026)"), all.toString());
            assertTrue(all.contains("NGƯỜI LẬP BIỂU"));
            assertTrue(all.contains("THỦ TRƯỞNG ĐƠN VỊ"));
            assertTrue(all.contains("Trần Văn Hùng"));
            assertTrue(all.contains("Đồng Nai, ngày 17 tháng 03 năm 2026"));
            int head = FormXlsxExport.HEAD_ROW;
            assertEquals("Đơn vị", s.getRow(head).getCell(0).getStringCellValue());
            assertEquals("Tiếp thường xuyên", s.getRow(head).getCell(3).getStringCellValue());
            assertEquals("Tiếp lần đầu", s.getRow(head + 2).getCell(4).getStringCellValue());
            Row ms = s.getRow(head + 3);
            assertEquals("MS", ms.getCell(0).getStringCellValue());
            assertEquals("1=4+5", ms.getCell(1).getStringCellValue());
            assertEquals("3", ms.getCell(3).getStringCellValue());
            Row data = s.getRow(head + 4);
            assertEquals("UBND phường Trấn Biên", data.getCell(0).getStringCellValue());
            assertEquals(7, (int) data.getCell(1).getNumericCellValue());
            assertEquals(2, (int) data.getCell(5).getNumericCellValue());
            assertEquals("Tổng cộng", s.getRow(head + 5).getCell(0).getStringCellValue());
            assertTrue(s.getMergedRegions().contains(new CellRangeAddress(head, head, 3, 5)));
            assertTrue(s.getMergedRegions().contains(new CellRangeAddress(head, head + 2, 1, 1)));
            assertTrue(s.getPrintSetup().getLandscape());
        }
    }

    @Test
    void pdfKeepsTheVietnameseText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormPdfExport.write(List.of(sheet()), out);
        PdfReader reader = new PdfReader(out.toByteArray());
        StringBuilder text = new StringBuilder();
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(Normalizer.normalize(extractor.getTextFromPage(p), Normalizer.Form.NFC)).append('\n');
            }
        } finally {
            reader.close();
        }
        String t = text.toString();
        assertTrue(t.contains("TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN"), t);
        assertTrue(t.contains("UBND phường Trấn Biên"), t);
        assertTrue(t.contains("Quý I năm 2026"), t);
        assertTrue(t.contains("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"), t);
        assertTrue(t.contains("Biểu số 01/TCD"), t);
        assertTrue(t.contains("MS"), t);
        assertTrue(t.contains("1=4+5"), t);
        assertTrue(t.contains("NGƯỜI LẬP BIỂU"), t);
        assertTrue(t.contains("THỦ TRƯỞNG ĐƠN VỊ"), t);
        assertTrue(t.contains("Trần Văn Hùng"), t);
    }
}
