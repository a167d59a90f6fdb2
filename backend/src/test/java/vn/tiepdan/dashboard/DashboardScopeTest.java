package vn.tiepdan.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;
import vn.tiepdan.support.Fixtures.Unit;

/**
 * Who reaches which unit's dashboard: the province-wide readers every unit, a unit leader only the subtree of their
 * unit (404 elsewhere), the other roles none (403). Fresh tree: R parent of own O and sibling S; C below O; X
 * elsewhere.
 */
@QuarkusTest
class DashboardScopeTest {
    @Inject
    Fixtures fixtures;

    @ParameterizedTest(name = "{0} {1}: own {2}, below {3}, sibling {4}, parent {5}, elsewhere {6}, default {7}")
    @TestSecurity(user = "matrix")
    @CsvSource(delimiter = '|', textBlock = """
            overview    | mobilization_viewer    | 200 | 200 | 200 | 200 | 200 | 200
            overview    | home_affairs_inspector | 200 | 200 | 200 | 200 | 200 | 200
            overview    | inspector              | 200 | 200 | 200 | 200 | 200 | 200
            overview    | admin                  | 200 | 200 | 200 | 200 | 200 | 200
            overview    | auditor                | 200 | 200 | 200 | 200 | 200 | 200
            overview    | unit_leader            | 200 | 200 | 404 | 404 | 404 | 200
            overview    | unit_leader@no-unit    | 404 | 404 | 404 | 404 | 404 | 404
            overview    | reception_officer      | 403 | 403 | 403 | 403 | 403 | 403
            overview    | petition_handler       | 403 | 403 | 403 | 403 | 403 | 403
            overview    | integrator             | 403 | 403 | 403 | 403 | 403 | 403
            overview    | citizen                | 403 | 403 | 403 | 403 | 403 | 403
            trends      | mobilization_viewer    | 200 | 200 | 200 | 200 | 200 | 200
            trends      | unit_leader            | 200 | 200 | 404 | 404 | 404 | 200
            trends      | reception_officer      | 403 | 403 | 403 | 403 | 403 | 403
            recognition | mobilization_viewer    | 200 | 200 | 200 | 200 | 200 | 200
            recognition | unit_leader            | 200 | 200 | 404 | 404 | 404 | 200
            recognition | petition_handler       | 403 | 403 | 403 | 403 | 403 | 403
            """)
    void scope(String endpoint, String caller, int own, int below, int sibling, int parent, int elsewhere,
            int dflt) {
        Tree t = fixtures.tree();
        String role = caller.replace("@no-unit", "");
        Caller.as("matrix", caller.endsWith("@no-unit") ? null : t.own().code(), role);
        int[] expected = {own, below, sibling, parent, elsewhere};
        Unit[] units = {t.own(), t.below(), t.sibling(), t.parent(), t.elsewhere()};
        for (int i = 0; i < units.length; i++) {
            given().queryParam("unit", units[i].id()).queryParam("period", "2026-Y")
                    .get("/api/v1/dashboard/" + endpoint).then().statusCode(expected[i]);
        }
        var res = given().get("/api/v1/dashboard/" + endpoint).then().statusCode(dflt);
        if (dflt == 200 && role.equals("unit_leader")) {
            res.body("unit.code", equalTo(t.own().code()));
        } else if (dflt == 200) {
            res.body("unit.code", equalTo("DN"));
        }
    }

    @ParameterizedTest(name = "bad {0}={1} is 400 naming {2}")
    @TestSecurity(user = "matrix")
    @CsvSource(delimiter = '|', textBlock = """
            period | 2026-X        | period
            from   | 2026-01-01    | to
            """)
    void badPeriod(String param, String value, String field) {
        Caller.as("danvan", "DN-BTGDV", "mobilization_viewer");
        given().queryParam(param, value).get("/api/v1/dashboard/overview").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
