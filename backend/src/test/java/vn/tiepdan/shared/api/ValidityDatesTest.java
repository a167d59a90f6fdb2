package vn.tiepdan.shared.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

/**
 * ValidityDates: a validity date more than two years ahead (a typo such as 9999 → 2199) is a 400 naming the field,
 * on org units, officials, schedules and deadline rule versions, and nothing is written.
 */
@QuarkusTest
class ValidityDatesTest {
    private static final String FAR = "2199-12-31";

    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void anOrgUnitOrOfficialCannotStartOrEndDecadesAhead() {
        String code = Fixtures.uniqueCode("FAR");
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"name\":\"Ban xa\",\"kind\":\"DEPARTMENT\","
                + "\"level\":\"PROVINCE\",\"parentId\":\"" + Fixtures.DN + "\",\"validFrom\":\"" + FAR + "\"}")
                .post("/api/v1/org-units").then().statusCode(400)
                .body("errors.find { it.field == 'validFrom' }.code", equalTo("VALIDITY_TOO_FAR"));
        given().queryParam("q", code).queryParam("includeClosed", true).get("/api/v1/org-units").then()
                .statusCode(200).body("items", hasSize(0));
        given().contentType(ContentType.JSON).body("{\"fullName\":\"Trần Văn Xa\",\"position\":\"Chánh Thanh tra\","
                + "\"unitId\":\"" + Fixtures.DN + "\",\"validFrom\":\"" + FAR + "\"}")
                .post("/api/v1/officials").then().statusCode(400)
                .body("errors.find { it.field == 'validFrom' }.code", equalTo("VALIDITY_TOO_FAR"));
    }

    @Test
    @TestSecurity(user = "quantri", roles = "admin")
    void aDeadlineRuleVersionCannotStartDecadesAhead() {
        String code = Fixtures.uniqueCode("T.RULE");
        fixtures.sql("insert into deadline_rule (code, valid_from, subject, trigger_event, duration, unit, variants, "
                + "legal_basis, created_by) values (?1, date '2026-01-01', 'COMPLAINT', 'Thử', 30, 'CALENDAR_DAY', "
                + "cast('{}' as jsonb), 'Luật thử, Điều 1', 'test')", code);
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"validFrom\":\"" + FAR + "\","
                + "\"reason\":\"Nhầm\"}").post("/api/v1/deadline-rules").then().statusCode(400)
                .body("errors[0].field", equalTo("validFrom")).body("errors[0].code", equalTo("VALIDITY_TOO_FAR"));
        given().queryParam("code", code).get("/api/v1/deadline-rules").then().statusCode(200).body("", hasSize(1))
                .body("[0].validTo", org.hamcrest.Matchers.nullValue());
    }

    @Test
    @TestSecurity(user = "leader")
    void aScheduleCannotRunDecadesAhead() {
        Fixtures.Unit unit = fixtures.tree().own();
        Caller.as("leader", unit.code(), "unit_leader");
        given().contentType(ContentType.JSON).body("""
                {"unitId":"%s","presidingOfficialId":"%s","rrule":"FREQ=WEEKLY;BYDAY=TH","startTime":"15:00",
                 "endTime":"16:00","placeText":"Trụ sở","validFrom":"2026-12-01","validTo":"%s"}"""
                .formatted(unit.id(), unit.officialId(), FAR)).post("/api/v1/schedules").then().statusCode(400)
                .body("errors.find { it.field == 'validTo' }.code", equalTo("VALIDITY_TOO_FAR"));
    }
}
