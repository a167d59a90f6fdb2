package vn.tiepdan.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.HandlingFixtures;

@QuarkusTest
class CaseRevealTest {
    @Inject
    HandlingFixtures fx;

    static Response reveal(UUID caseId, String purpose) {
        return given().contentType(ContentType.JSON).body(Map.of("purpose", purpose))
                .post("/api/v1/cases/" + caseId + "/identity/reveal");
    }

    @Test
    @TestSecurity(user = "baomat.tranbien")
    void theCustodianInScopeAndTheHandlerMayRevealOthersMayNot() {
        String name = RedactedCopyTest.uniqueName();
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "TO_CAO", "VERIFYING", "Tố cáo sai phạm", "xuly.tranbien");
        fx.denouncer(c, name, RedactedCopyTest.uniqueId(), "Khu phố 2");
        String purpose = "Làm việc trực tiếp với người tố cáo";

        Caller.as("baomat.tranbien", HandlingFixtures.TRANBIEN_CODE, "confidential_custodian");
        reveal(c, purpose).then().statusCode(200).header("Cache-Control", "no-store")
                .body("people[0].fullName", equalTo(name));
        reveal(c, "ngắn").then().statusCode(400).body("errors[0].field", equalTo("purpose"));

        Caller.as("xuly.tranbien", HandlingFixtures.TRANBIEN_CODE, "petition_handler");
        reveal(c, purpose).then().statusCode(200).body("people[0].fullName", equalTo(name));

        Caller.as("canbo.tranbien", HandlingFixtures.TRANBIEN_CODE, "reception_officer");
        reveal(c, purpose).then().statusCode(403);
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        reveal(c, purpose).then().statusCode(403);
        Caller.as("baomat.phuly", HandlingFixtures.PHULY_CODE, "confidential_custodian");
        reveal(c, purpose).then().statusCode(404);
        Caller.as("thanhtra", "DN-THANHTRA", "inspector");
        reveal(c, purpose).then().statusCode(403);

        assertEquals(2L, ((Number) fx.value("select count(*) from audit_event where entity_type = 'case_file' and "
                + "entity_id = ?1 and action = 'VIEW' and reason = ?2", c.toString(), purpose)).longValue());
        assertEquals(2L, ((Number) fx.value("select count(*) from case_event where case_id = ?1 and action = 'REVEAL'",
                c)).longValue());
        for (Object note : fx.rows("select coalesce(note, '') || data::text from case_event where case_id = ?1", c)) {
            assertFalse(note.toString().contains(name), note.toString());
        }
    }

    @Test
    @TestSecurity(user = "baomat.tranbien")
    void aCaseWithoutADenunciationHasNothingToReveal() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại", null);
        Caller.as("baomat.tranbien", HandlingFixtures.TRANBIEN_CODE, "confidential_custodian");
        reveal(c, "Kiểm tra hồ sơ theo yêu cầu").then().statusCode(409).body("errors[0].code",
                equalTo("NOT_CONFIDENTIAL"));
    }
}
