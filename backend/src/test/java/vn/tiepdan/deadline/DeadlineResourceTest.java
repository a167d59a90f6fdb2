package vn.tiepdan.deadline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;

@QuarkusTest
class DeadlineResourceTest {
    @Inject
    Fixtures fixtures;

    /** A rule of its own, so that changing it leaves the seeded rules of the other tests alone. */
    static String testRule(Fixtures fixtures) {
        String code = Fixtures.uniqueCode("T.RULE");
        fixtures.sql("insert into deadline_rule (code, valid_from, subject, trigger_event, duration, unit, variants, "
                + "legal_basis, created_by) values (?1, date '2026-01-01', 'COMPLAINT', 'Thử', 30, 'CALENDAR_DAY', "
                + "cast('{\"REMOTE\":45}' as jsonb), 'Luật thử, Điều 1', 'test')", code);
        return code;
    }

    @Test
    @TestSecurity(user = "officer")
    void officialsReadTheRulesInForceOnADayAndEveryVersionOfARule() {
        Caller.as("officer", "DN-TRANBIEN", "reception_officer");
        given().queryParam("at", "2026-06-30").get("/api/v1/deadline-rules").then().statusCode(200)
                .body("find { it.code == 'KN.RESOLVE_L1' }.validFrom", equalTo("2012-07-01"))
                .body("find { it.code == 'KN.RESOLVE_L1' }.pausesExcluded", equalTo(false))
                .body("find { it.code == 'TC.RESOLVE' }.variants.maxExtensions.VERY_COMPLEX", equalTo(2))
                .body("code", not(hasItem("SCHED.CT_XA")));
        given().queryParam("at", "2026-07-01").get("/api/v1/deadline-rules").then().statusCode(200)
                .body("find { it.code == 'KN.RESOLVE_L1' }.validFrom", equalTo("2026-07-01"))
                .body("find { it.code == 'KN.RESOLVE_L1' }.pausesExcluded", equalTo(true));
        given().queryParam("code", "KN.RESOLVE_L2").get("/api/v1/deadline-rules").then().statusCode(200)
                .body("", hasSize(2)).body("[0].validTo", equalTo("2026-06-30")).body("[1].validTo", nullValue());
        given().get("/api/v1/deadline-rules").then().statusCode(200).body("code", hasItem("TC.RESOLVE"));
        given().queryParam("at", "2026-13-01").get("/api/v1/deadline-rules").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "officer")
    void aDueDateComesWithItsDerivation() {
        Caller.as("integrator", "DN", "integrator");
        given().contentType(ContentType.JSON).body("""
                {"ruleCode":"TC.RESOLVE","startDate":"2026-08-03","variants":["VERY_COMPLEX"],
                 "pauses":[{"from":"2026-08-10","to":"2026-08-19"}],
                 "extensions":[{"days":30,"decisionRef":"15/QĐ-UBND"}]}""")
                .post("/api/v1/deadlines/compute").then().statusCode(200)
                // 30 + 30 extension + 10 paused = 70 days → 12/10/2026 (Monday).
                .body("dueOn", equalTo("2026-10-12")).body("rule", equalTo("TC.RESOLVE"))
                .body("ruleValidFrom", equalTo("2019-01-01")).body("legalBasis", equalTo("Luật Tố cáo 2018, Điều 30, 34"))
                .body("needsLegalConfirmation", equalTo(true)).body("unit", equalTo("CALENDAR_DAY"))
                .body("startedOn", equalTo("2026-08-03")).body("pausedDays", equalTo(10)).body("days", equalTo(70))
                .body("extensions[0].decisionRef", equalTo("15/QĐ-UBND"))
                .body("adjustments.kind", hasItem("EXTENSION")).body("steps", not(hasSize(0)));
        given().contentType(ContentType.JSON).body("{\"ruleCode\":\"TC.RESOLVE\",\"startDate\":\"2026-08-02\"}")
                .post("/api/v1/deadlines/compute").then().statusCode(200)
                .body("dueOn", equalTo("2026-09-03")).body("shiftedFrom", equalTo("2026-09-01"));
    }

    @Test
    @TestSecurity(user = "officer")
    void unknownRulesMissingDatesAndExtraExtensionsAreNamed() {
        Caller.as("officer", "DN-TRANBIEN", "petition_handler");
        given().contentType(ContentType.JSON).body("{\"ruleCode\":\"KN.NOPE\",\"startDate\":\"2026-08-03\"}")
                .post("/api/v1/deadlines/compute").then().statusCode(400)
                .body("errors[0].field", equalTo("ruleCode")).body("errors[0].code", equalTo("UNKNOWN_RULE"));
        given().contentType(ContentType.JSON).body("{\"ruleCode\":\"TC.RESOLVE\"}")
                .post("/api/v1/deadlines/compute").then().statusCode(400)
                .body("errors[0].field", equalTo("startDate"));
        given().contentType(ContentType.JSON).body("""
                {"ruleCode":"TC.RESOLVE","startDate":"2026-08-03","variants":["COMPLEX"],
                 "extensions":[{"days":30,"decisionRef":"1/QĐ"},{"days":30,"decisionRef":"2/QĐ"}]}""")
                .post("/api/v1/deadlines/compute").then().statusCode(400)
                .body("errors[0].field", equalTo("extensions"));
        given().contentType(ContentType.JSON).body("{\"ruleCode\":\"TC.RESOLVE\",\"startDate\":\"2026-08-03\","
                + "\"variants\":[\"HUGE\"]}").post("/api/v1/deadlines/compute").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "admin")
    void anAdministratorChangesARuleWithAReasonAndTheChangeIsAudited() {
        Caller.as("quantri", "DN", "admin");
        String code = testRule(fixtures);
        String path = "/api/v1/deadline-rules/" + code + "/2026-01-01";
        given().contentType(ContentType.JSON).body("{\"duration\":10}").patch(path).then().statusCode(400)
                .body("errors[0].field", equalTo("version"));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"legalBasis\":\"Luật thử, Điều 2\"}")
                .patch(path).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"variants\":{\"FAST\":1}}")
                .patch(path).then().statusCode(400).body("errors[0].field", equalTo("variants.FAST"));
        given().contentType(ContentType.JSON).body("""
                {"version":0,"unit":"WORKING_DAY","duration":10,"needsLegalConfirmation":true,
                 "legalBasis":"Luật thử, Điều 2","reason":"Ý kiến pháp chế"}""")
                .patch(path).then().statusCode(200).body("version", equalTo(1)).body("unit", equalTo("WORKING_DAY"))
                .body("duration", equalTo(10)).body("legalBasis", equalTo("Luật thử, Điều 2"))
                .body("variants.REMOTE", equalTo(45));
        given().contentType(ContentType.JSON).body("{\"version\":0,\"duration\":11}").patch(path).then()
                .statusCode(409).body("currentVersion", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"version\":1,\"duration\":11}")
                .patch("/api/v1/deadline-rules/" + code + "/2026-01-02").then().statusCode(404);
        given().queryParam("entityId", code + "@2026-01-01").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("UPDATE")).body("items[0].reason", equalTo("Ý kiến pháp chế"));
        // The changed rule computes with its new unit: 10 working days from Fri 24/4/2026 → 13/5/2026.
        given().contentType(ContentType.JSON).body("{\"ruleCode\":\"" + code + "\",\"startDate\":\"2026-04-24\"}")
                .post("/api/v1/deadlines/compute").then().statusCode(200).body("dueOn", equalTo("2026-05-13"));
    }

    @Test
    @TestSecurity(user = "admin")
    void aNewVersionFromADateClosesThePreviousOne() {
        Caller.as("quantri", "DN", "admin");
        String code = testRule(fixtures);
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"validFrom\":\"2027-01-01\","
                + "\"duration\":20,\"legalBasis\":\"Luật thử mới\",\"reason\":\"Luật mới\"}")
                .post("/api/v1/deadline-rules").then().statusCode(201).body("validFrom", equalTo("2027-01-01"))
                .body("duration", equalTo(20)).body("variants.REMOTE", equalTo(45)).body("version", equalTo(0));
        given().queryParam("code", code).get("/api/v1/deadline-rules").then().statusCode(200).body("", hasSize(2))
                .body("[0].validTo", equalTo("2026-12-31")).body("[0].version", equalTo(1));
        given().contentType(ContentType.JSON).body("{\"code\":\"" + code + "\",\"validFrom\":\"2026-06-01\","
                + "\"reason\":\"Sai\"}").post("/api/v1/deadline-rules").then().statusCode(409)
                .body("errors[0].field", equalTo("validFrom"));
        given().contentType(ContentType.JSON).body("{\"code\":\"NO.SUCH\",\"validFrom\":\"2027-06-01\","
                + "\"reason\":\"Sai\"}").post("/api/v1/deadline-rules").then().statusCode(400)
                .body("errors[0].field", equalTo("code"));
        given().contentType(ContentType.JSON).body("{\"ruleCode\":\"" + code + "\",\"startDate\":\"2027-01-01\"}")
                .post("/api/v1/deadlines/compute").then().statusCode(200).body("ruleValidFrom", equalTo("2027-01-01"));
        given().queryParam("entityId", code + "@2027-01-01").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.action", hasItem("CREATE"));
    }
}
