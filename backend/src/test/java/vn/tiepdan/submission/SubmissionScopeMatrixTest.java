package vn.tiepdan.submission;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;
import vn.tiepdan.support.Fixtures.Unit;

/**
 * Who reaches a report of unit O (ROLES.md: unit_leader submits its unit's reports; inspector reviews;
 * mobilization_viewer and home_affairs_inspector read submitted reports). Writes carry a stale version, so an
 * allowed caller gets 409 and nothing changes. LIST: 200 = the report is listed, 404 = left out.
 */
@QuarkusTest
class SubmissionScopeMatrixTest {
    private static Tree tree;
    private static String submitted;
    private static String draft;

    @Inject
    Fixtures fixtures;

    private void setUp() {
        if (tree != null) {
            return;
        }
        tree = fixtures.tree();
        submitted = SubmissionFlowTest.submitted(tree.own(), "2026-Q2");
        SubmissionFlowTest.leaderOf(tree.own());
        draft = SubmissionFlowTest.create(tree.own(), "2026-Q3").then().statusCode(201).extract()
                .path("summary.id");
    }

    @ParameterizedTest(name = "{0} as {1}@{2}: submitted {3}, draft {4}")
    @TestSecurity(user = "submatrix")
    @CsvSource(delimiter = '|', textBlock = """
            # endpoint | role                   | unit     | submitted | draft
            LIST       | unit_leader            | own      | 200       | 200
            LIST       | unit_leader            | parent   | 200       | 200
            LIST       | unit_leader            | sibling  | 404       | 404
            LIST       | unit_leader            | below    | 404       | 404
            LIST       | inspector              | province | 200       | 200
            LIST       | admin                  | province | 200       | 200
            LIST       | auditor                | province | 200       | 200
            LIST       | mobilization_viewer    | province | 200       | 404
            LIST       | home_affairs_inspector | province | 200       | 404
            LIST       | reception_officer      | own      | 403       | 403
            GET        | unit_leader            | own      | 200       | 200
            GET        | unit_leader            | parent   | 200       | 200
            GET        | unit_leader            | sibling  | 404       | 404
            GET        | unit_leader            | below    | 404       | 404
            GET        | inspector              | province | 200       | 200
            GET        | auditor                | province | 200       | 200
            GET        | mobilization_viewer    | province | 200       | 404
            GET        | home_affairs_inspector | province | 200       | 404
            GET        | petition_handler       | own      | 403       | 403
            PATCH      | unit_leader            | own      | 409       | 409
            PATCH      | unit_leader            | parent   | 409       | 409
            PATCH      | unit_leader            | sibling  | 404       | 404
            PATCH      | inspector              | province | 403       | 403
            PATCH      | mobilization_viewer    | province | 403       | 403
            PATCH      | admin                  | province | 403       | 403
            SUBMIT     | unit_leader            | own      | 409       | 409
            SUBMIT     | unit_leader            | sibling  | 404       | 404
            SUBMIT     | home_affairs_inspector | province | 403       | 403
            ACCEPT     | inspector              | province | 409       | 409
            ACCEPT     | unit_leader            | own      | 403       | 403
            ACCEPT     | admin                  | province | 403       | 403
            ACCEPT     | mobilization_viewer    | province | 403       | 403
            RETURN     | inspector              | province | 409       | 409
            RETURN     | unit_leader            | own      | 403       | 403
            VERIFY     | unit_leader            | own      | 200       | 409
            VERIFY     | unit_leader            | sibling  | 404       | 404
            VERIFY     | inspector              | province | 200       | 409
            VERIFY     | mobilization_viewer    | province | 200       | 404
            EXPORT     | unit_leader            | own      | 200       | 200
            EXPORT     | unit_leader            | sibling  | 404       | 404
            EXPORT     | mobilization_viewer    | province | 200       | 404
            EXPORT     | home_affairs_inspector | province | 200       | 404
            EXPORT     | inspector              | province | 200       | 200
            """)
    void matrix(String endpoint, String role, String where, int onSubmitted, int onDraft) {
        setUp();
        Unit unit = switch (where) {
            case "own" -> tree.own();
            case "parent" -> tree.parent();
            case "sibling" -> tree.sibling();
            case "below" -> tree.below();
            default -> null;
        };
        Caller.as("matrix-" + role, unit == null ? "DN-TTT" : unit.code(), role);
        assertEquals(onSubmitted, call(endpoint, submitted), endpoint + " submitted");
        assertEquals(onDraft, call(endpoint, draft), endpoint + " draft");
    }

    private static int call(String endpoint, String id) {
        String base = SubmissionFlowTest.BASE + "/" + id;
        Map<String, Object> stale = switch (endpoint) {
            case "PATCH" -> Map.of("version", 99, "results", "x");
            case "SUBMIT" -> Map.of("version", 99);
            default -> Map.of("version", 99, "comment", "x");
        };
        return switch (endpoint) {
            case "LIST" -> listed(id);
            case "GET" -> given().when().get(base).statusCode();
            case "PATCH" -> given().contentType(ContentType.JSON).body(stale).when().patch(base).statusCode();
            case "SUBMIT", "ACCEPT", "RETURN" -> given().contentType(ContentType.JSON).body(stale)
                    .when().post(base + "/" + endpoint.toLowerCase()).statusCode();
            case "VERIFY" -> given().when().get(base + "/verify").statusCode();
            case "EXPORT" -> given().queryParam("format", "xlsx").queryParam("form", "01-TCD")
                    .when().get(base + "/export").statusCode();
            default -> throw new IllegalArgumentException(endpoint);
        };
    }

    private static int listed(String id) {
        Response r = given().queryParam("size", 200).queryParam("period", id.equals(submitted) ? "2026-Q2" : "2026-Q3")
                .when().get(SubmissionFlowTest.BASE);
        if (r.statusCode() != 200) {
            return r.statusCode();
        }
        List<String> ids = r.path("items.id");
        return ids.contains(id) ? 200 : 404;
    }
}
