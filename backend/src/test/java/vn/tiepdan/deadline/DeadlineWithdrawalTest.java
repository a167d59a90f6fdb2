package vn.tiepdan.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/** An administrator withdraws a future rule version entered by mistake; one that already applies stays. */
@QuarkusTest
class DeadlineWithdrawalTest {
    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "admin")
    void aFutureVersionIsWithdrawnAuditedAndThePreviousOneReopens() {
        Caller.as("quantri", "DN", "admin");
        String code = DeadlineResourceTest.testRule(fixtures);
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"validFrom\":\"2028-06-01\","
                + "\"duration\":20,\"reason\":\"Nhập nhầm\"}").post("/api/v1/deadline-rules").then().statusCode(201);
        String path = "/api/v1/deadline-rules/" + code + "/2028-06-01/withdraw";
        given().contentType(ContentType.JSON).body("{\"version\":0}").post(path).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body("{\"version\":3,\"reason\":\"Nhầm năm\"}").post(path).then()
                .statusCode(409).body("currentVersion", equalTo(0));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"reason\":\"Nhầm năm\"}").post(path).then()
                .statusCode(200).body("validFrom", equalTo("2026-01-01")).body("validTo", nullValue());
        given().queryParam("code", code).get("/api/v1/deadline-rules").then().statusCode(200).body("", hasSize(1));
        given().queryParam("entityId", code + "@2028-06-01").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("STATE_CHANGE")).body("items[0].reason", equalTo("Nhầm năm"));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"reason\":\"Lại\"}").post(path).then()
                .statusCode(404);
    }

    @Test
    @TestSecurity(user = "admin")
    void aVersionThatAlreadyAppliesCannotBeWithdrawn() {
        Caller.as("quantri", "DN", "admin");
        String code = DeadlineResourceTest.testRule(fixtures);
        given().contentType(ContentType.JSON).body("{\"version\":0,\"reason\":\"Thử\"}")
                .post("/api/v1/deadline-rules/" + code + "/2026-01-01/withdraw").then().statusCode(409)
                .body("errors[0].field", equalTo("validFrom")).body("errors[0].code", equalTo("ALREADY_APPLIES"));
        given().queryParam("code", code).get("/api/v1/deadline-rules").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    @TestSecurity(user = "officer")
    void onlyAnAdministratorWithdraws() {
        Caller.as("officer", "DN", "unit_leader");
        given().contentType(ContentType.JSON).body("{\"version\":0,\"reason\":\"Thử\"}")
                .post("/api/v1/deadline-rules/KN.ACCEPT_L1/2028-01-01/withdraw").then().statusCode(403);
    }
}
