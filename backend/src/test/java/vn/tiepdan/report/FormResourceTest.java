package vn.tiepdan.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;

/** The forms API: definitions, a computed form's shape, periods, and the problems of bad input. */
@QuarkusTest
class FormResourceTest {
    @Inject
    Fixtures fixtures;

    @Test
    @TestSecurity(user = "forms")
    void computesTheFormForAUnitAndAPeriod() {
        Tree t = fixtures.tree();
        Caller.as("insp", "DN", "inspector");
        given().queryParam("unit", t.parent().id()).queryParam("period", "2026-Q1")
                .when().get("/api/v1/reports/forms/01-TCD")
                .then().statusCode(200)
                .body("form.code", equalTo("01-TCD"))
                .body("form.columns", hasSize(29))
                .body("period.from", equalTo("2025-12-15"))
                .body("period.to", equalTo("2026-03-14"))
                .body("rows.kind", equalTo(java.util.List.of("OWN", "CHILD", "CHILD", "TOTAL")))
                .body("rows[3].label", equalTo("Tổng cộng"))
                .body("valid", equalTo(true));
    }

    @Test
    @TestSecurity(user = "forms")
    void listsFormsAndPeriods() {
        Caller.as("insp", "DN", "inspector");
        given().when().get("/api/v1/reports/forms").then().statusCode(200).body("code", hasItem("01-TCD"));
        given().queryParam("year", 2026).when().get("/api/v1/reports/periods").then().statusCode(200)
                .body("code", hasItem("2026-Q1")).body("code", hasItem("2026-03"));
    }

    @Test
    @TestSecurity(user = "forms")
    void unknownFormIs404NamingCode() {
        Caller.as("insp", "DN", "inspector");
        given().queryParam("period", "2026-Q1").when().get("/api/v1/reports/forms/09-XYZ")
                .then().statusCode(404).body("errors[0].field", equalTo("code"));
    }
}
