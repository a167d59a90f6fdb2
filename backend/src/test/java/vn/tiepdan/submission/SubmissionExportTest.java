package vn.tiepdan.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Unit;

/** The export endpoints: a live form and a submitted snapshot, in the official layout, read back. */
@QuarkusTest
class SubmissionExportTest {
    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "subexport")
    void liveFormAsXlsx() throws Exception {
        Unit u = fixtures.tree().own();
        SubmissionFlowTest.leaderOf(u);
        byte[] xlsx = given().queryParam("unit", u.id()).queryParam("period", "2026-Q2").queryParam("format", "xlsx")
                .when().get("/api/v1/reports/forms/01-TCD/export")
                .then().statusCode(200).contentType(FormXlsxExport.MEDIA_TYPE)
                .header("Content-Disposition", containsString("01-TCD_" + u.code() + "_2026-Q2.xlsx"))
                .extract().asByteArray();
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            DataFormatter fmt = new DataFormatter();
            for (Row row : wb.getSheetAt(0)) {
                for (Cell c : row) {
                    cells.add(fmt.formatCellValue(c));
                }
            }
        }
        assertTrue(cells.stream().anyMatch(c -> c.startsWith("TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN")), cells.toString());
        assertTrue(cells.contains("Đơn vị thử " + u.code()), cells.toString());
        assertTrue(cells.contains("Kỳ báo cáo: Quý II năm 2026 (từ 15/03/2026 đến 14/06/2026)"), cells.toString());
        assertTrue(cells.contains("Biểu số 01/TCD"));
        assertTrue(cells.contains("1=4+13+22"), cells.toString());
        assertTrue(cells.contains("THỦ TRƯỞNG ĐƠN VỊ"));

        given().queryParam("unit", u.id()).queryParam("period", "2026-Q2").queryParam("format", "doc")
                .when().get("/api/v1/reports/forms/01-TCD/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        given().queryParam("unit", u.id()).queryParam("period", "2026-Q2").queryParam("format", "pdf")
                .when().get("/api/v1/reports/forms/01-TCD/export").then().statusCode(403);
        Caller.as("lead-other", fixtures.tree().own().code(), "unit_leader");
        given().queryParam("unit", u.id()).queryParam("period", "2026-Q2").queryParam("format", "pdf")
                .when().get("/api/v1/reports/forms/01-TCD/export").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "subexport")
    void submittedSnapshotAsPdf() throws Exception {
        Unit u = fixtures.tree().own();
        SubmissionFlowTest.leaderOf(u);
        String id = SubmissionFlowTest.create(u, "2026-Q2").then().statusCode(201).extract().path("summary.id");
        given().contentType("application/json").body(java.util.Map.of("version", 0, "signerName", "Trần Văn Hùng",
                "signerTitle", "Chủ tịch")).when().patch(SubmissionFlowTest.BASE + "/" + id).then().statusCode(200);
        SubmissionFlowTest.action(id, "submit", java.util.Map.of("version", 1)).then().statusCode(200);
        Caller.as("noivu", "DN-SNV", "home_affairs_inspector");
        byte[] pdf = given().queryParam("form", "01-TCD").queryParam("format", "pdf")
                .when().get(SubmissionFlowTest.BASE + "/" + id + "/export")
                .then().statusCode(200).contentType(FormPdfExport.MEDIA_TYPE).extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(Normalizer.normalize(extractor.getTextFromPage(p), Normalizer.Form.NFC));
            }
        } finally {
            reader.close();
        }
        String t = text.toString();
        assertTrue(t.contains("TỔNG HỢP KẾT QUẢ TIẾP CÔNG DÂN"), t);
        assertTrue(t.contains("Đơn vị thử " + u.code()), t);
        assertTrue(t.contains("Quý II năm 2026"), t);
        assertTrue(t.contains("Trần Văn Hùng"), t);
        assertTrue(t.contains("NGƯỜI LẬP BIỂU"), t);
        given().queryParam("form", "09-XYZ").queryParam("format", "pdf")
                .when().get(SubmissionFlowTest.BASE + "/" + id + "/export").then().statusCode(400)
                .body("errors[0].field", equalTo("form"));
        // every form of the report, one sheet each
        byte[] all = given().queryParam("format", "xlsx").when().get(SubmissionFlowTest.BASE + "/" + id + "/export")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(all))) {
            assertTrue(wb.getNumberOfSheets() >= 2);
            assertTrue(wb.getSheet("01-XLD") != null);
        }
    }
}
