package vn.tiepdan.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;

/**
 * Who computes which unit's forms: a unit-scoped caller reaches its unit and the units below (404 elsewhere); the
 * province-wide report roles reach every unit; the Mass Mobilization and Home Affairs viewers see only submitted
 * reports (403 on live forms and drill-down, 200 on the lists of forms and periods).
 */
@QuarkusTest
class FormScopeTest {
    @Inject
    Fixtures fixtures;

    @ParameterizedTest(name = "{0}: own {1}, below {2}, sibling {3}, parent {4}, elsewhere {5}")
    @TestSecurity(user = "scope")
    @CsvSource(delimiter = '|', textBlock = """
            unit_leader               | 200 | 200 | 404 | 404 | 404
            reception_officer         | 200 | 200 | 404 | 404 | 404
            petition_handler          | 200 | 200 | 404 | 404 | 404
            reception_officer@no-unit | 404 | 404 | 404 | 404 | 404
            inspector                 | 200 | 200 | 200 | 200 | 200
            auditor                   | 200 | 200 | 200 | 200 | 200
            admin                     | 200 | 200 | 200 | 200 | 200
            mobilization_viewer       | 403 | 403 | 403 | 403 | 403
            home_affairs_inspector    | 403 | 403 | 403 | 403 | 403
            confidential_custodian    | 403 | 403 | 403 | 403 | 403
            citizen                   | 403 | 403 | 403 | 403 | 403
            """)
    void liveFormsAndDrillDownByRole(String caller, int own, int below, int sibling, int parent, int elsewhere) {
        Tree t = fixtures.tree();
        String role = caller.replace("@no-unit", "");
        Caller.as("scope", caller.endsWith("@no-unit") ? null : t.own().code(), role);
        UUID[] units = {t.own().id(), t.below().id(), t.sibling().id(), t.parent().id(), t.elsewhere().id()};
        int[] expected = {own, below, sibling, parent, elsewhere};
        for (int i = 0; i < units.length; i++) {
            given().queryParam("unit", units[i]).queryParam("period", "2026-Q1").when()
                    .get("/api/v1/reports/forms/01-XLD").then().statusCode(expected[i]);
            given().queryParam("unit", units[i]).queryParam("period", "2026-Q1").queryParam("column", 1).when()
                    .get("/api/v1/reports/forms/01-TCD/cells").then().statusCode(expected[i]);
        }
    }

    @Test
    @TestSecurity(user = "scope")
    void defaultsToTheCallersUnitOrTheProvince() {
        Tree t = fixtures.tree();
        Caller.as("chutich", t.own().code(), "unit_leader");
        given().queryParam("period", "2026-Q1").when().get("/api/v1/reports/forms/01-TCD").then().statusCode(200)
                .body("unitId", equalTo(t.own().id().toString())).body("rows[-1].label", equalTo("Tổng cộng"));
        Caller.as("thanhtra", "DN-TTT", "inspector");
        given().queryParam("period", "2026-Q1").when().get("/api/v1/reports/forms/01-TCD").then().statusCode(200)
                .body("unitId", equalTo(Fixtures.DN.toString())).body("rows[-1].label", equalTo("Toàn tỉnh"))
                .body("rows[-1].kind", equalTo("TOTAL"));
    }

    @Test
    @TestSecurity(user = "scope")
    void viewersListFormsAndPeriodsButNotLiveForms() {
        for (String role : new String[] {"mobilization_viewer", "home_affairs_inspector"}) {
            Caller.as("viewer", null, role);
            given().when().get("/api/v1/reports/forms").then().statusCode(200);
            given().queryParam("year", 2026).when().get("/api/v1/reports/periods").then().statusCode(200);
            given().queryParam("period", "2026-Q1").when().get("/api/v1/reports/forms/01-TCD").then().statusCode(403);
        }
    }

    @Test
    @TestSecurity(user = "scope")
    void badPeriodIs400NamingTheField() {
        Caller.as("thanhtra", null, "inspector");
        given().queryParam("period", "2026-Q5").when().get("/api/v1/reports/forms/01-TCD").then().statusCode(400)
                .body("errors[0].field", equalTo("period"));
        given().queryParam("from", "2026-01-01").when().get("/api/v1/reports/forms/01-TCD").then().statusCode(400)
                .body("errors[0].field", equalTo("to"));
        given().queryParam("year", 1999).when().get("/api/v1/reports/periods").then().statusCode(400)
                .body("errors[0].field", equalTo("year"));
        given().queryParam("from", "2026-01-01").queryParam("to", "2026-01-31").when()
                .get("/api/v1/reports/forms/01-XLD").then().statusCode(200).body("period.kind", equalTo("RANGE"));
    }
}
