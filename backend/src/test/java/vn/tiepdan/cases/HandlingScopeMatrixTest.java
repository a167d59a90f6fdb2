package vn.tiepdan.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;
import vn.tiepdan.support.Fixtures.Unit;
import vn.tiepdan.support.HandlingFixtures;

/**
 * Who reaches what in case handling (shared/design/ROLES.md): every handling endpoint, for every role, against a
 * denunciation case in each of five units around the caller's unit O of a fresh tree (R = parent of O and S; C below
 * O; X elsewhere). For the overdue list, 200 means the case's overdue deadline is listed, 404 that it is left out.
 */
@QuarkusTest
class HandlingScopeMatrixTest {
    @Inject
    Fixtures fixtures;
    @Inject
    HandlingFixtures fx;

    @ParameterizedTest(name = "{0} as {1}: own {2}, below {3}, sibling {4}, parent {5}, elsewhere {6}")
    @TestSecurity(user = "matrix")
    @CsvSource(delimiter = '|', textBlock = """
            # endpoint  | caller                          | own | below | sibling | parent | elsewhere
            ASSIGNMENTS | reception_officer               | 200 | 200   | 404     | 404    | 404
            ASSIGNMENTS | unit_leader                     | 200 | 200   | 404     | 404    | 404
            ASSIGNMENTS | petition_handler                | 200 | 200   | 404     | 404    | 404
            ASSIGNMENTS | confidential_custodian          | 200 | 200   | 404     | 404    | 404
            ASSIGNMENTS | integrator                      | 200 | 200   | 404     | 404    | 404
            ASSIGNMENTS | reception_officer@no-unit       | 404 | 404   | 404     | 404    | 404
            ASSIGNMENTS | inspector                       | 200 | 200   | 200     | 200    | 200
            ASSIGNMENTS | auditor                         | 200 | 200   | 200     | 200    | 200
            ASSIGNMENTS | admin                           | 200 | 200   | 200     | 200    | 200
            ASSIGNMENTS | mobilization_viewer             | 403 | 403   | 403     | 403    | 403
            ASSIGNMENTS | home_affairs_inspector          | 403 | 403   | 403     | 403    | 403
            ASSIGNMENTS | citizen                         | 403 | 403   | 403     | 403    | 403
            TRANSFERS   | reception_officer               | 200 | 200   | 404     | 404    | 404
            TRANSFERS   | unit_leader                     | 200 | 200   | 404     | 404    | 404
            TRANSFERS   | reception_officer@no-unit       | 404 | 404   | 404     | 404    | 404
            TRANSFERS   | inspector                       | 200 | 200   | 200     | 200    | 200
            TRANSFERS   | mobilization_viewer             | 403 | 403   | 403     | 403    | 403
            TRANSFERS   | home_affairs_inspector          | 403 | 403   | 403     | 403    | 403
            DOCUMENTS   | reception_officer               | 200 | 200   | 404     | 404    | 404
            DOCUMENTS   | petition_handler                | 200 | 200   | 404     | 404    | 404
            DOCUMENTS   | confidential_custodian          | 200 | 200   | 404     | 404    | 404
            DOCUMENTS   | reception_officer@no-unit       | 404 | 404   | 404     | 404    | 404
            DOCUMENTS   | auditor                         | 200 | 200   | 200     | 200    | 200
            DOCUMENTS   | mobilization_viewer             | 403 | 403   | 403     | 403    | 403
            DOCUMENTS   | home_affairs_inspector          | 403 | 403   | 403     | 403    | 403
            ASSIGN      | unit_leader                     | 400 | 400   | 404     | 404    | 404
            ASSIGN      | unit_leader@no-unit             | 404 | 404   | 404     | 404    | 404
            ASSIGN      | petition_handler                | 403 | 403   | 403     | 403    | 403
            ASSIGN      | reception_officer               | 403 | 403   | 403     | 403    | 403
            ASSIGN      | confidential_custodian          | 403 | 403   | 403     | 403    | 403
            ASSIGN      | inspector                       | 403 | 403   | 403     | 403    | 403
            ASSIGN      | admin                           | 403 | 403   | 403     | 403    | 403
            TRANSFER    | unit_leader                     | 400 | 400   | 404     | 404    | 404
            TRANSFER    | petition_handler                | 403 | 403   | 403     | 403    | 403
            TRANSFER    | auditor                         | 403 | 403   | 403     | 403    | 403
            REVEAL      | confidential_custodian          | 200 | 200   | 404     | 404    | 404
            REVEAL      | confidential_custodian@no-unit  | 404 | 404   | 404     | 404    | 404
            REVEAL      | reception_officer               | 403 | 403   | 404     | 404    | 404
            REVEAL      | unit_leader                     | 403 | 403   | 404     | 404    | 404
            REVEAL      | petition_handler                | 403 | 403   | 404     | 404    | 404
            REVEAL      | integrator                      | 403 | 403   | 403     | 403    | 403
            REVEAL      | inspector                       | 403 | 403   | 403     | 403    | 403
            REVEAL      | auditor                         | 403 | 403   | 403     | 403    | 403
            REVEAL      | admin                           | 403 | 403   | 403     | 403    | 403
            REVEAL      | mobilization_viewer             | 403 | 403   | 403     | 403    | 403
            UPLOAD      | unit_leader                     | 201 | 201   | 404     | 404    | 404
            UPLOAD      | petition_handler                | 201 | 201   | 404     | 404    | 404
            UPLOAD      | reception_officer               | 403 | 403   | 403     | 403    | 403
            UPLOAD      | confidential_custodian          | 403 | 403   | 403     | 403    | 403
            UPLOAD      | inspector                       | 403 | 403   | 403     | 403    | 403
            OVERDUE     | reception_officer               | 200 | 200   | 404     | 404    | 404
            OVERDUE     | unit_leader                     | 200 | 200   | 404     | 404    | 404
            OVERDUE     | confidential_custodian          | 200 | 200   | 404     | 404    | 404
            OVERDUE     | integrator                      | 200 | 200   | 404     | 404    | 404
            OVERDUE     | reception_officer@no-unit       | 404 | 404   | 404     | 404    | 404
            OVERDUE     | inspector                       | 200 | 200   | 200     | 200    | 200
            OVERDUE     | auditor                         | 200 | 200   | 200     | 200    | 200
            OVERDUE     | admin                           | 200 | 200   | 200     | 200    | 200
            OVERDUE     | mobilization_viewer             | 403 | 403   | 403     | 403    | 403
            OVERDUE     | home_affairs_inspector          | 403 | 403   | 403     | 403    | 403
            OVERDUE     | citizen                         | 403 | 403   | 403     | 403    | 403
            """)
    void matrix(String endpoint, String caller, int own, int below, int sibling, int parent, int elsewhere) {
        Tree tree = fixtures.tree();
        List<Unit> targets = List.of(tree.own(), tree.below(), tree.sibling(), tree.parent(), tree.elsewhere());
        List<UUID> cases = new ArrayList<>();
        List<UUID> deadlines = new ArrayList<>();
        for (Unit u : targets) {
            UUID c = fx.caseFile(u.id(), "TO_CAO", "INTAKE_CHECK", "Tố cáo", null);
            cases.add(c);
            deadlines.add(fx.deadline(c, u.id(), "INTAKE", LocalDate.of(2026, 1, 5)));
        }
        String role = caller.contains("@") ? caller.substring(0, caller.indexOf('@')) : caller;
        Caller.as("matrix", caller.endsWith("@no-unit") ? null : tree.own().code(), role);
        int[] expected = {own, below, sibling, parent, elsewhere};
        List<Integer> actual = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            actual.add(call(endpoint, cases.get(i), deadlines.get(i), targets.get(i)));
        }
        List<Integer> wanted = new ArrayList<>();
        for (int e : expected) {
            wanted.add(e);
        }
        assertEquals(wanted, actual, endpoint + " as " + caller);
    }

    private int call(String endpoint, UUID caseId, UUID deadline, Unit unit) {
        String base = "/api/v1/cases/" + caseId;
        return switch (endpoint) {
            case "ASSIGNMENTS" -> given().get(base + "/assignments").statusCode();
            case "TRANSFERS" -> given().get(base + "/transfers").statusCode();
            case "DOCUMENTS" -> given().get(base + "/documents").statusCode();
            case "ASSIGN" -> given().contentType(ContentType.JSON).body(Map.of("version", 0, "username", "nobody",
                    "role", "HANDLER")).post(base + "/assign").statusCode();
            case "TRANSFER" -> given().contentType(ContentType.JSON).body(Map.of("version", 0, "toUnitId",
                    unit.id().toString(), "slipNo", "1/PC", "reason", "Thử")).post(base + "/transfer").statusCode();
            case "REVEAL" -> given().contentType(ContentType.JSON).body(Map.of("purpose", "Kiểm tra theo yêu cầu"))
                    .post(base + "/identity/reveal").statusCode();
            case "UPLOAD" -> given().multiPart("file", "a.pdf", "%PDF-1.4 thử".getBytes(), "application/pdf")
                    .multiPart("docType", "EVIDENCE").multiPart("title", "Tài liệu")
                    .post(base + "/documents").statusCode();
            case "OVERDUE" -> {
                var r = given().queryParam("size", 200).queryParam("unit", unit.id()).get("/api/v1/overdue");
                if (r.statusCode() != 200) {
                    yield r.statusCode();
                }
                List<String> ids = r.jsonPath().getList("items.deadlineId");
                yield ids.contains(deadline.toString()) ? 200 : 404;
            }
            default -> throw new IllegalArgumentException(endpoint);
        };
    }
}
