package vn.tiepdan.cases;

import vn.tiepdan.support.TestClock;
import vn.tiepdan.support.ClockAt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.HandlingFixtures;

@QuarkusTest
class CaseTransferTest {
    @Inject
    HandlingFixtures fx;

    static Response transfer(UUID caseId, long version, UUID toUnit, String external) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("slipNo", "15/PC-UBND");
        body.put("formCode", "TT05/2021-M04");
        body.put("reason", "Không thuộc thẩm quyền");
        if (toUnit != null) {
            body.put("toUnitId", toUnit.toString());
        }
        if (external != null) {
            body.put("externalBody", external);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/cases/" + caseId + "/transfer");
    }

    @Test
    @TestSecurity(user = "chutich.tranbien")
    void anInternalTransferMovesTheCaseItsDeadlinesAndNotifiesTheReceivingLeaders() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại quyết định", null);
        UUID deadline = fx.deadline(c, Fixtures.TRANBIEN, "RESOLVE", LocalDate.of(2026, 12, 30));
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        CaseAssignmentTest.assign(c, 0, "xuly.tranbien", "HANDLER").then().statusCode(200);
        transfer(c, 1, Fixtures.PHULY, null).then().statusCode(200).body("status", equalTo("ACCEPTED_L1"))
                .body("caseVersion", equalTo(2)).body("transfer.toUnitId", equalTo(Fixtures.PHULY.toString()))
                .body("transfer.redactionApplied", equalTo(false));
        assertEquals(Fixtures.PHULY, fx.value("select org_unit_id from case_file where id = ?1", c));
        assertNull(fx.value("select handler_username from case_file where id = ?1", c));
        assertEquals(Fixtures.PHULY, fx.value("select org_unit_id from legal_deadline where id = ?1", deadline));
        assertEquals(0L, ((Number) fx.value("select count(*) from case_assignment where case_id = ?1 and to_at is null",
                c)).longValue());
        assertEquals(1L, ((Number) fx.value("select count(*) from notification where case_id = ?1 and kind = "
                + "'TRANSFERRED_IN' and recipient_username = 'chutich.phuly'", c)).longValue());
        assertEquals(1L, ((Number) fx.value("select count(*) from case_event where case_id = ?1 and action = "
                + "'TRANSFER'", c)).longValue());

        // The sender keeps a read-only trace.
        given().get("/api/v1/cases/" + c + "/transfers").then().statusCode(200).body("", hasSize(1));
        CaseAssignmentTest.assign(c, 2, "xuly.tranbien", "HANDLER").then().statusCode(403);
        transfer(c, 2, Fixtures.TRANBIEN, null).then().statusCode(403);
        // The receiver may act on it.
        Caller.as("chutich.phuly", HandlingFixtures.PHULY_CODE, "unit_leader");
        CaseAssignmentTest.assign(c, 2, "canbo.phuly", "HANDLER").then().statusCode(200);
        given().get("/api/v1/cases/" + c + "/transfers").then().statusCode(200)
                .body("[0].fromUnitId", equalTo(Fixtures.TRANBIEN.toString()));
        // A third unit sees nothing.
        Caller.as("giamdoc.snnmt", "DN-SNNMT", "unit_leader");
        given().get("/api/v1/cases/" + c + "/transfers").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "chutich.tranbien")
    @ClockAt(TestClock.WRITTEN_FOR)
    void anExternalTransferOfAFeedbackCaseSettlesItsDeadlinesAndWaitsForTheReply() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KIEN_NGHI_PHAN_ANH", "RECEIVED", "Phản ánh tiếng ồn", null);
        UUID process = fx.deadline(c, Fixtures.TRANBIEN, "PROCESS", LocalDate.of(2026, 12, 30));
        UUID resolve = fx.deadline(c, Fixtures.TRANBIEN, "RESOLVE", LocalDate.of(2027, 1, 30));
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        transfer(c, 0, null, "Công an tỉnh Đồng Nai").then().statusCode(200).body("status", equalTo("TRANSFERRED"))
                .body("transfer.externalBody", equalTo("Công an tỉnh Đồng Nai"));
        assertEquals("MET", fx.value("select status from legal_deadline where id = ?1", process));
        assertEquals(Boolean.TRUE, fx.value("select on_time from legal_deadline where id = ?1", process));
        assertEquals("CANCELLED", fx.value("select status from legal_deadline where id = ?1", resolve));
        // Sent once: a second external transfer is refused (the follow-up belongs to the cases feature).
        transfer(c, 1, null, "Sở Xây dựng").then().statusCode(409).body("errors[0].code",
                equalTo("ACTION_NOT_ALLOWED"));
        assertNull(fx.value("select closed_on from case_file where id = ?1", c));
    }

    @Test
    @TestSecurity(user = "chutich.tranbien")
    void anExternalTransferIsRefusedWhereTheStateMachineHasNoTransferredState() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại", null);
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        transfer(c, 0, null, "Bộ Tài chính").then().statusCode(409).body("errors[0].code",
                equalTo("ACTION_NOT_ALLOWED"));
        transfer(c, 0, Fixtures.PHULY, "Bộ Tài chính").then().statusCode(400).body("errors[0].field",
                equalTo("toUnitId"));
        transfer(c, 0, Fixtures.TRANBIEN, null).then().statusCode(400).body("errors[0].code", equalTo("SAME_UNIT"));
        transfer(c, 0, UUID.randomUUID(), null).then().statusCode(400).body("errors[0].code",
                equalTo("UNKNOWN_UNIT"));
        transfer(c, 7, Fixtures.PHULY, null).then().statusCode(409).body("currentVersion", equalTo(0));
    }

    @Test
    @TestSecurity(user = "chutich.tranbien")
    void aClosedCaseIsNeitherTransferredNorAssigned() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "TO_CAO", "TRANSFERRED", "Tố cáo", null);
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        transfer(c, 0, Fixtures.PHULY, null).then().statusCode(409).body("errors[0].code",
                equalTo("ACTION_NOT_ALLOWED"));
        CaseAssignmentTest.assign(c, 0, "xuly.tranbien", "HANDLER").then().statusCode(409);
    }

    @Test
    @TestSecurity(user = "chutich.tranbien")
    void aDenunciationTravelsAsARedactedCopy() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "TO_CAO", "INTAKE_CHECK", "Tố cáo cán bộ địa chính", null);
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        String doc = transfer(c, 0, Fixtures.PHULY, null).then().statusCode(200)
                .body("transfer.redactionApplied", equalTo(true))
                .body("transfer.redactedDocumentId", notNullValue()).extract().path("transfer.redactedDocumentId");
        assertEquals("REDACTED_COPY", fx.value("select doc_type from case_document where id = ?1",
                UUID.fromString(doc)));
        Caller.as("petition.handler.tc", HandlingFixtures.TRANBIEN_CODE, "petition_handler");
        transfer(c, 1, Fixtures.TRANBIEN, null).then().statusCode(403);
    }
}
