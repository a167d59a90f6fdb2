package vn.tiepdan.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;

@QuarkusTest
class CalendarResourceTest {
    @Test
    @TestSecurity(user = "admin")
    void theShippedYearsCarryVerifiedFlagsAndLegalBasis() {
        Caller.as("officer", "DN-TRANBIEN", "reception_officer");
        given().queryParam("year", 2026).get("/api/v1/calendar/days").then().statusCode(200)
                .body("find { it.day == '2026-04-27' }.kind", equalTo("DAY_OFF"))
                .body("find { it.day == '2026-04-27' }.verified", equalTo(true))
                .body("find { it.day == '2026-01-10' }.kind", equalTo("WORKING_DAY"))
                .body("find { it.day == '2026-01-10' }.verified", equalTo(false));
        given().queryParam("from", "2025-04-26").queryParam("to", "2025-05-04").get("/api/v1/calendar/working-days")
                .then().statusCode(200).body("[0].working", equalTo(true)).body("[0].reason", equalTo("WORKING_DAY"))
                .body("find { it.date == '2025-04-30' }.working", equalTo(false))
                .body("find { it.date == '2025-05-03' }.reason", equalTo("WEEKEND"));
        given().queryParam("from", "2025-01-01").queryParam("to", "2026-06-01").get("/api/v1/calendar/working-days")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
    }

    @Test
    @TestSecurity(user = "admin")
    void anAdministratorAddsConfirmsAndWithdrawsADay() {
        Caller.as("quantri", "DN", "admin");
        String id = given().contentType(ContentType.JSON).body("""
                {"day":"2031-05-02","kind":"DAY_OFF","name":"Nghỉ hoán đổi","legalBasis":"Thông báo thử"}""")
                .post("/api/v1/calendar/days").then().statusCode(201).body("verified", equalTo(false))
                .extract().path("id");
        given().contentType(ContentType.JSON).body("{\"day\":\"2031-05-02\",\"kind\":\"DAY_OFF\",\"name\":\"x\"}")
                .post("/api/v1/calendar/days").then().statusCode(409).body("errors[0].field", equalTo("day"));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"verified\":true}")
                .patch("/api/v1/calendar/days/" + id).then().statusCode(200).body("verified", equalTo(true));
        given().queryParam("from", "2031-05-02").queryParam("to", "2031-05-02").get("/api/v1/calendar/working-days")
                .then().body("[0].working", equalTo(false));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"reason\":\"Sai\"}")
                .post("/api/v1/calendar/days/" + id + "/close").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{\"version\":1,\"reason\":\"Sai\"}")
                .post("/api/v1/calendar/days/" + id + "/close").then().statusCode(200);
        given().queryParam("from", "2031-05-02").queryParam("to", "2031-05-02").get("/api/v1/calendar/working-days")
                .then().body("[0].working", equalTo(true));
        given().queryParam("entityId", id).get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("CLOSE"));
    }
}
