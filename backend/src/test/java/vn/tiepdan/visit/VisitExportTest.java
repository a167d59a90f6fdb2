package vn.tiepdan.visit;

import vn.tiepdan.support.TestClock;
import vn.tiepdan.support.ClockAt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** The book export: file name, type, masking of denunciations, and the audit event. */
@QuarkusTest
class VisitExportTest {
    @Inject
    Fixtures fixtures;
    @Inject
    EntityManager em;

    private Fixtures.Unit bookWithTwoVisits() {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("canbo.export", unit.code(), "reception_officer");
        VisitApi.createdId(VisitApi.with(VisitApi.person(unit.id(), "Nguyễn Thị Hồng Nhung", "075190004321",
                "Tổ 5, khu phố Bình Dương", "KHIEU_NAI", "Khiếu nại về bồi thường giải phóng mặt bằng"),
                "handlingDirection", "THU_LY"));
        VisitApi.createdId(VisitApi.with(VisitApi.person(unit.id(), "Trương Văn Kín", "075190009999",
                "Ấp Kín", "TO_CAO", "Tố cáo cán bộ"), "handlingDirection", "CHUYEN_DON", "transferToName",
                "Thanh tra tỉnh Đồng Nai"));
        return unit;
    }

    @Test
    @TestSecurity(user = "canbo.export")
    void anUnknownFormatOrNoneIsRefusedNamingTheParameter() {
        Caller.as("canbo.export", fixtures.tree().own().code(), "reception_officer");
        given().queryParam("format", "csv").get("/api/v1/visits/export").then().statusCode(400);
        given().get("/api/v1/visits/export").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "canbo.export")
    void theXlsxBookMasksDenunciationsAndIsAudited() throws Exception {
        Fixtures.Unit unit = bookWithTwoVisits();
        Response r = given().queryParam("format", "xlsx").queryParam("unit", unit.id()).queryParam("year", 2026)
                .get("/api/v1/visits/export");
        r.then().statusCode(200).contentType(VisitResource.XLSX).header("Content-Disposition",
                equalTo("attachment; filename=\"so-tiep-cong-dan-" + unit.code() + "-2026.xlsx\""));
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(r.asByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
                rows.add(cells);
            }
        }
        String all = rows.toString();
        assertTrue(all.contains("Nguyễn Thị Hồng Nhung – Tổ 5, khu phố Bình Dương"), all);
        assertTrue(all.contains("075190004321"), all);
        assertTrue(all.contains(VisitDtos.MASKED_NAME), all);
        assertTrue(all.contains("Thanh tra tỉnh Đồng Nai"), all);
        assertFalse(all.contains("Trương Văn Kín") || all.contains("075190009999") || all.contains("Ấp Kín"), all);
        assertExportAudited("xlsx");
    }

    @Test
    @TestSecurity(user = "canbo.export")
    @ClockAt(TestClock.WRITTEN_FOR)
    void thePdfBookIsAFileWithItsNameAndIsAudited() {
        Fixtures.Unit unit = bookWithTwoVisits();
        Response r = given().queryParam("format", "pdf").queryParam("unit", unit.id())
                .get("/api/v1/visits/export");
        r.then().statusCode(200).contentType(VisitResource.PDF).header("Content-Disposition",
                equalTo("attachment; filename=\"so-tiep-cong-dan-" + unit.code() + "-2026.pdf\""));
        assertTrue(new String(r.asByteArray(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertExportAudited("pdf");
    }

    private void assertExportAudited(String format) {
        Object details = em.createNativeQuery("select cast(details as text) from audit_event where action = 'EXPORT' "
                + "and entity_type = 'RECEPTION_VISIT' order by seq desc limit 1").getSingleResult();
        assertTrue(String.valueOf(details).contains("\"format\":\"" + format + "\""), String.valueOf(details));
        assertTrue(String.valueOf(details).contains("\"rows\":2"), String.valueOf(details));
    }
}
