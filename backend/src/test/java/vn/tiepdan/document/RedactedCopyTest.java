package vn.tiepdan.document;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.HandlingFixtures;

@QuarkusTest
class RedactedCopyTest {
    @Inject
    HandlingFixtures fx;
    @Inject
    VerificationEvents events;

    private static final String[] GIVEN = {"Khải", "Quyết", "Thạch", "Doãn", "Hưởng", "Luyến", "Nghiêm", "Tường"};

    static String uniqueName() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "Ôn " + GIVEN[r.nextInt(GIVEN.length)] + " " + GIVEN[r.nextInt(GIVEN.length)] + " Xuyến";
    }

    static String uniqueId() {
        return "0" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(80_000_000_000L));
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                text.append(extractor.getTextFromPage(p)).append('\n');
            }
            return Normalizer.normalize(text, Normalizer.Form.NFC);
        } finally {
            reader.close();
        }
    }

    @Test
    @TestSecurity(user = "chutich.tranbien")
    void theCopySentWithATransferNamesNobody() throws IOException {
        String name = uniqueName();
        String idNumber = uniqueId();
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "TO_CAO", "INTAKE_CHECK", "Ông " + name + " (CCCD " + idNumber
                + ") tố cáo cán bộ địa chính nhận tiền khi cấp giấy chứng nhận", null);
        fx.denouncer(c, name, idNumber, "Ấp 7, xã Phú Lý");
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        String doc = given().contentType(ContentType.JSON).body(Map.of("version", 0, "externalBody",
                "Thanh tra tỉnh Đồng Nai", "slipNo", "21/PC-UBND", "reason", "Thuộc thẩm quyền Thanh tra tỉnh"))
                .post("/api/v1/cases/" + c + "/transfer").then().statusCode(200).extract()
                .path("transfer.redactedDocumentId");
        byte[] pdf = given().get("/api/v1/cases/" + c + "/documents/" + doc + "/content").then().statusCode(200)
                .extract().asByteArray();
        String text = pdfText(pdf);
        assertTrue(text.contains("[đã lược bỏ]"), text);
        assertTrue(text.contains("BẢN SAO ĐÃ LƯỢC BỎ THÔNG TIN NGƯỜI TỐ CÁO"), text);
        assertTrue(text.contains("cán bộ địa chính"), text);
        assertFalse(text.contains(name), text);
        assertFalse(text.replaceAll("\\s", "").contains(idNumber), text);
        assertFalse(text.contains("Xuyến"), text);
    }

    @Test
    @TestSecurity(user = "chutich.tranbien")
    void assigningVerificationProducesTheVerifiersCopy() throws IOException {
        String name = uniqueName();
        String idNumber = uniqueId();
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "TO_CAO", "VERIFYING", "Người tố cáo " + name + ", số định danh "
                + idNumber + ", phản ánh sai phạm", null);
        fx.denouncer(c, name, idNumber, null);
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        UUID doc = events.verificationAssigned(c);
        assertEquals("REDACTED_COPY", fx.value("select doc_type from case_document where id = ?1", doc));
        byte[] pdf = given().get("/api/v1/cases/" + c + "/documents/" + doc + "/content").then().statusCode(200)
                .extract().asByteArray();
        String text = pdfText(pdf);
        assertTrue(text.contains("[đã lược bỏ]"), text);
        assertFalse(text.contains(name), text);
        assertFalse(text.replaceAll("\\s", "").contains(idNumber), text);
    }
}
