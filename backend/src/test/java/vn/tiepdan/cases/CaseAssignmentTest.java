package vn.tiepdan.cases;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.HandlingFixtures;

@QuarkusTest
class CaseAssignmentTest {
    @Inject
    HandlingFixtures fx;

    static io.restassured.response.Response assign(UUID caseId, long version, String username, String role) {
        return given().contentType(ContentType.JSON).body(Map.of("version", version, "username", username, "role",
                role, "reason", "Phân công xử lý")).post("/api/v1/cases/" + caseId + "/assign");
    }

    @Test
    @TestSecurity(user = "chutich.tranbien")
    void theLeaderAssignsAHandlerWhoIsNotifiedAndTheHistoryKeepsThePreviousOne() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại quyết định thu hồi đất", null);
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        assign(c, 0, "xuly.tranbien", "HANDLER").then().statusCode(200).body("caseVersion", equalTo(1))
                .body("assignment.username", equalTo("xuly.tranbien"))
                .body("assignment.displayName", equalTo("Lê Minh Tuấn"));
        assign(c, 0, "canbo.tranbien", "HANDLER").then().statusCode(409)
                .body("currentVersion", equalTo(1)).body("errors[0].code", equalTo("STALE_VERSION"));
        assign(c, 1, "canbo.tranbien", "HANDLER").then().statusCode(200).body("caseVersion", equalTo(2));
        assign(c, 2, "baomat.tranbien", "VERIFIER").then().statusCode(200);
        given().get("/api/v1/cases/" + c + "/assignments").then().statusCode(200).body("", hasSize(3))
                .body("[0].username", equalTo("xuly.tranbien")).body("[0].toAt", notNullValue())
                .body("[1].username", equalTo("canbo.tranbien")).body("[1].toAt", nullValue())
                .body("[2].role", equalTo("VERIFIER")).body("[2].toAt", nullValue());
        assertEquals("canbo.tranbien", fx.value("select handler_username from case_file where id = ?1", c));
        assertEquals(1L, ((Number) fx.value("select count(*) from notification where case_id = ?1 and kind = "
                + "'ASSIGNED' and recipient_username = 'xuly.tranbien'", c)).longValue());
        assertEquals(3L, ((Number) fx.value("select count(*) from case_event where case_id = ?1 and action = 'ASSIGN'",
                c)).longValue());
    }

    @Test
    @TestSecurity(user = "chutich.tranbien")
    void onlyOfficialsOfTheCaseUnitCanBeAssigned() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại", null);
        Caller.as("chutich.tranbien", HandlingFixtures.TRANBIEN_CODE, "unit_leader");
        assign(c, 0, "canbo.phuly", "HANDLER").then().statusCode(400)
                .body("errors[0].field", equalTo("username")).body("errors[0].code", equalTo("NOT_AN_OFFICIAL_OF_UNIT"));
        given().contentType(ContentType.JSON).body(Map.of("version", 0)).post("/api/v1/cases/" + c + "/assign").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItems("username", "role"));
    }

    @Test
    @TestSecurity(user = "chutich.phuly")
    void aLeaderOfAnotherUnitGets404AndAHandler403() {
        UUID c = fx.caseFile(Fixtures.TRANBIEN, "KHIEU_NAI", "ACCEPTED_L1", "Khiếu nại", null);
        Caller.as("chutich.phuly", HandlingFixtures.PHULY_CODE, "unit_leader");
        assign(c, 0, "xuly.tranbien", "HANDLER").then().statusCode(404);
        given().get("/api/v1/cases/" + c + "/assignments").then().statusCode(404);
        Caller.as("xuly.tranbien", HandlingFixtures.TRANBIEN_CODE, "petition_handler");
        assign(c, 0, "xuly.tranbien", "HANDLER").then().statusCode(403);
        given().get("/api/v1/cases/" + c + "/assignments").then().statusCode(200);
    }
}
