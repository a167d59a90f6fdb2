package vn.tiepdan.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.MultiPartSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.HandlingFixtures;

@QuarkusTest
class CaseDocumentTest {
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    @Inject
    HandlingFixtures fx;

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n" + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    static Response upload(UUID caseId, String fileName, byte[] bytes, String docType) {
        return given().multiPart("file", fileName, bytes, "application/octet-stream")
                .multiPart(text("docType", docType)).multiPart(text("title", "Tài liệu thử"))
                .multiPart(text("docNo", "12/QĐ-UBND")).multiPart(text("signedOn", "2026-11-20"))
                .post("/api/v1/cases/" + caseId + "/documents");
    }

    static MultiPartSpecification text(String name, String value) {
        return new MultiPartSpecBuilder(value).controlName(name).mimeType("text/plain").charset(StandardCharsets.UTF_8)
                .build();
    }

    @Test
    @TestSecurity(user = "xuly.tranbien")
    void anUploadWithAnIdempotencyKeyAsTheSpaSendsItIsStoredOnceAndReplayed() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại", null);
        Caller.as("xuly.tranbien", HandlingFixtures.TRANBIEN_CODE, "petition_handler");
        String key = "upload-" + UUID.randomUUID();
        byte[] bytes = pdf("bien ban xac minh");
        String id = given().header("Idempotency-Key", key).multiPart("file", "bien-ban.pdf", bytes,
                "application/pdf").multiPart(text("docType", "EVIDENCE")).multiPart(text("title", "Biên bản"))
                .post("/api/v1/cases/" + c + "/documents").then().statusCode(201)
                .header("Idempotent-Replayed", (String) null).body("title", equalTo("Biên bản"))
                .extract().path("id");
        given().header("Idempotency-Key", key).multiPart("file", "bien-ban.pdf", bytes, "application/pdf")
                .multiPart(text("docType", "EVIDENCE")).multiPart(text("title", "Biên bản"))
                .post("/api/v1/cases/" + c + "/documents").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        // The same key with another file is another request: 422, nothing stored.
        given().header("Idempotency-Key", key).multiPart("file", "bien-ban.pdf", pdf("khac"), "application/pdf")
                .multiPart(text("docType", "EVIDENCE")).multiPart(text("title", "Biên bản"))
                .post("/api/v1/cases/" + c + "/documents").then().statusCode(422);
        assertEquals(1L, ((Number) fx.value("select count(*) from case_document where case_id = ?1", c)).longValue());
    }

    @Test
    @TestSecurity(user = "xuly.tranbien")
    void aDocumentIsUploadedListedAndDownloadedWithAnAuditEvent() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại", null);
        byte[] bytes = pdf("quyet dinh thu ly");
        Caller.as("xuly.tranbien", HandlingFixtures.TRANBIEN_CODE, "petition_handler");
        String id = upload(c, "qd-thu-ly.pdf", bytes, "DECISION").then().statusCode(201)
                .body("contentType", equalTo("application/pdf")).body("securityLevel", equalTo("THUONG"))
                .body("sizeBytes", equalTo(bytes.length)).body("docNo", equalTo("12/QĐ-UBND"))
                .body("title", equalTo("Tài liệu thử"))
                .extract().path("id");
        given().get("/api/v1/cases/" + c + "/documents").then().statusCode(200).body("id", hasItem(id));
        Caller.as("canbo.tranbien", HandlingFixtures.TRANBIEN_CODE, "reception_officer");
        byte[] got = given().get("/api/v1/cases/" + c + "/documents/" + id + "/content").then().statusCode(200)
                .header("Cache-Control", "no-store").header("Content-Type", "application/pdf")
                .extract().asByteArray();
        assertArrayEquals(bytes, got);
        assertEquals(1L, ((Number) fx.value("select count(*) from audit_event where entity_type = 'case_document' "
                + "and entity_id = ?1 and action = 'VIEW' and actor = 'canbo.tranbien'", id)).longValue());
        assertEquals(1L, ((Number) fx.value("select count(*) from case_event where case_id = ?1 and action = "
                + "'DOCUMENT_ADDED'", c)).longValue());
        // A reader may not upload.
        upload(c, "x.pdf", bytes, "DECISION").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "xuly.tranbien")
    void onlyAllowedTypesWhoseContentMatchesTheirExtension() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại", null);
        Caller.as("xuly.tranbien", HandlingFixtures.TRANBIEN_CODE, "petition_handler");
        upload(c, "setup.exe", new byte[] {'M', 'Z', 1, 2}, "EVIDENCE").then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].code", equalTo("UNSUPPORTED_TYPE"));
        upload(c, "scan.pdf", PNG, "EVIDENCE").then().statusCode(400)
                .body("errors[0].field", equalTo("file")).body("errors[0].code", equalTo("UNSUPPORTED_TYPE"));
        upload(c, "scan.png", PNG, "EVIDENCE").then().statusCode(201).body("contentType", equalTo("image/png"));
        upload(c, "x.pdf", pdf("x"), "REDACTED_COPY").then().statusCode(400)
                .body("errors[0].field", equalTo("docType"));
    }

    @Test
    @TestSecurity(user = "xuly.tranbien")
    void aFileAboveTenMegabytesIs413NamingTheFile() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại", null);
        Caller.as("xuly.tranbien", HandlingFixtures.TRANBIEN_CODE, "petition_handler");
        byte[] justOver = Arrays.copyOf(pdf("x"), 10 * 1024 * 1024 + 1);
        upload(c, "big.pdf", justOver, "EVIDENCE").then().statusCode(413)
                .body("errors[0].field", equalTo("file")).body("errors[0].code", equalTo("TOO_LARGE"));
        byte[] far = Arrays.copyOf(pdf("x"), 11 * 1024 * 1024);
        upload(c, "bigger.pdf", far, "EVIDENCE").then().statusCode(413)
                .body("errors[0].field", equalTo("file"));
        byte[] nine = Arrays.copyOf(pdf("x"), 9 * 1024 * 1024);
        upload(c, "nine.pdf", nine, "EVIDENCE").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "xuly.tranbien")
    void theOriginalOfADenunciationIsSealedAtRestAndOpenedOnlyWithNeedToKnow() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "TO_CAO", "ACCEPTED", "Tố cáo", "xuly.tranbien");
        String marker = "NOI-DUNG-DON-GOC-" + UUID.randomUUID();
        byte[] bytes = pdf(marker);
        Caller.as("xuly.tranbien", HandlingFixtures.TRANBIEN_CODE, "petition_handler");
        String id = upload(c, "don-goc.pdf", bytes, "ORIGINAL_PETITION").then().statusCode(201)
                .body("securityLevel", equalTo("MAT")).extract().path("id");
        byte[] atRest = (byte[]) fx.value("select bytes from stored_blob where storage_key = ?1", "doc/" + id);
        assertFalse(new String(atRest, StandardCharsets.ISO_8859_1).contains(marker));
        assertFalse(new String(atRest, StandardCharsets.ISO_8859_1).contains("%PDF"));
        String content = "/api/v1/cases/" + c + "/documents/" + id + "/content";
        // The handler needs a purpose.
        given().get(content).then().statusCode(400).body("errors[0].field", equalTo("purpose"));
        assertArrayEquals(bytes, given().queryParam("purpose", "Đối chiếu chữ ký trên đơn gốc").get(content).then()
                .statusCode(200).extract().asByteArray());
        // A reception officer of the unit may not open it.
        Caller.as("canbo.tranbien", HandlingFixtures.TRANBIEN_CODE, "reception_officer");
        given().queryParam("purpose", "Muốn xem đơn gốc của vụ việc").get(content).then().statusCode(403);
        // The custodian may.
        Caller.as("baomat.tranbien", HandlingFixtures.TRANBIEN_CODE, "confidential_custodian");
        assertArrayEquals(bytes, given().queryParam("purpose", "Kiểm tra hồ sơ mật theo yêu cầu").get(content).then()
                .statusCode(200).header("Cache-Control", "no-store").extract().asByteArray());
        assertEquals(1L, ((Number) fx.value("select count(*) from audit_event where entity_type = 'case_document' "
                + "and entity_id = ?1 and action = 'VIEW' and actor = 'baomat.tranbien' and reason = ?2", id,
                "Kiểm tra hồ sơ mật theo yêu cầu")).longValue());
    }
}
