package vn.tiepdan.petition;

import vn.tiepdan.support.TestClock;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;
import vn.tiepdan.support.Fixtures.Unit;

/**
 * Who reaches which petitions (shared/design/ROLES.md; cases-contract "Roles"): every petition endpoint, for every
 * role, against a petition of each of five units around the caller's unit O of a fresh tree (R = parent of O and S;
 * C below O; X elsewhere). For the list, 200 means the petition is listed, 404 that it is left out. A create for a
 * unit outside the scope is a 400 naming unitId.
 */
@QuarkusTest
class PetitionScopeMatrixTest {

    @Inject
    Fixtures fixtures;

    @ParameterizedTest(name = "{0} as {1}: own {2}, below {3}, sibling {4}, parent {5}, elsewhere {6}")
    @TestSecurity(user = "matrix")
    @CsvSource(delimiter = '|', textBlock = """
            # endpoint | caller                       | own | below | sibling | parent | elsewhere
            LIST       | reception_officer            | 200 | 200   | 404     | 404    | 404
            LIST       | unit_leader                  | 200 | 200   | 404     | 404    | 404
            LIST       | petition_handler             | 200 | 200   | 404     | 404    | 404
            LIST       | confidential_custodian       | 200 | 200   | 404     | 404    | 404
            LIST       | integrator                   | 200 | 200   | 404     | 404    | 404
            LIST       | reception_officer@no-unit    | 404 | 404   | 404     | 404    | 404
            LIST       | inspector                    | 200 | 200   | 200     | 200    | 200
            LIST       | auditor                      | 200 | 200   | 200     | 200    | 200
            LIST       | admin                        | 200 | 200   | 200     | 200    | 200
            LIST       | mobilization_viewer          | 403 | 403   | 403     | 403    | 403
            LIST       | home_affairs_inspector       | 403 | 403   | 403     | 403    | 403
            LIST       | citizen                      | 403 | 403   | 403     | 403    | 403
            GET        | reception_officer            | 200 | 200   | 404     | 404    | 404
            GET        | unit_leader                  | 200 | 200   | 404     | 404    | 404
            GET        | petition_handler             | 200 | 200   | 404     | 404    | 404
            GET        | confidential_custodian       | 200 | 200   | 404     | 404    | 404
            GET        | integrator                   | 200 | 200   | 404     | 404    | 404
            GET        | reception_officer@no-unit    | 404 | 404   | 404     | 404    | 404
            GET        | inspector                    | 200 | 200   | 200     | 200    | 200
            GET        | auditor                      | 200 | 200   | 200     | 200    | 200
            GET        | admin                        | 200 | 200   | 200     | 200    | 200
            GET        | mobilization_viewer          | 403 | 403   | 403     | 403    | 403
            GET        | home_affairs_inspector       | 403 | 403   | 403     | 403    | 403
            GET        | citizen                      | 403 | 403   | 403     | 403    | 403
            CREATE     | reception_officer            | 201 | 201   | 400     | 400    | 400
            CREATE     | unit_leader                  | 201 | 201   | 400     | 400    | 400
            CREATE     | petition_handler             | 201 | 201   | 400     | 400    | 400
            CREATE     | reception_officer@no-unit    | 400 | 400   | 400     | 400    | 400
            CREATE     | confidential_custodian       | 403 | 403   | 403     | 403    | 403
            CREATE     | integrator                   | 403 | 403   | 403     | 403    | 403
            CREATE     | inspector                    | 403 | 403   | 403     | 403    | 403
            CREATE     | admin                        | 403 | 403   | 403     | 403    | 403
            CREATE     | mobilization_viewer          | 403 | 403   | 403     | 403    | 403
            PATCH      | reception_officer            | 200 | 200   | 404     | 404    | 404
            PATCH      | unit_leader                  | 200 | 200   | 404     | 404    | 404
            PATCH      | petition_handler             | 200 | 200   | 404     | 404    | 404
            PATCH      | confidential_custodian       | 403 | 403   | 403     | 403    | 403
            PATCH      | inspector                    | 403 | 403   | 403     | 403    | 403
            PATCH      | auditor                      | 403 | 403   | 403     | 403    | 403
            PATCH      | admin                        | 403 | 403   | 403     | 403    | 403
            CLASSIFY   | unit_leader                  | 200 | 200   | 404     | 404    | 404
            CLASSIFY   | petition_handler             | 200 | 200   | 404     | 404    | 404
            CLASSIFY   | reception_officer            | 403 | 403   | 403     | 403    | 403
            CLASSIFY   | confidential_custodian       | 403 | 403   | 403     | 403    | 403
            CLASSIFY   | inspector                    | 403 | 403   | 403     | 403    | 403
            CLASSIFY   | admin                        | 403 | 403   | 403     | 403    | 403
            DECIDE     | unit_leader                  | 200 | 200   | 404     | 404    | 404
            DECIDE     | petition_handler             | 200 | 200   | 404     | 404    | 404
            DECIDE     | reception_officer            | 403 | 403   | 403     | 403    | 403
            DECIDE     | inspector                    | 403 | 403   | 403     | 403    | 403
            DECIDE     | admin                        | 403 | 403   | 403     | 403    | 403
            DESTROY    | unit_leader                  | 200 | 200   | 404     | 404    | 404
            DESTROY    | petition_handler             | 403 | 403   | 403     | 403    | 403
            DESTROY    | reception_officer            | 403 | 403   | 403     | 403    | 403
            DESTROY    | inspector                    | 403 | 403   | 403     | 403    | 403
            DESTROY    | admin                        | 403 | 403   | 403     | 403    | 403
            REVEAL     | confidential_custodian       | 200 | 200   | 404     | 404    | 404
            REVEAL     | confidential_custodian@no-unit | 404 | 404 | 404     | 404    | 404
            REVEAL     | unit_leader                  | 403 | 403   | 403     | 403    | 403
            REVEAL     | petition_handler             | 403 | 403   | 403     | 403    | 403
            REVEAL     | inspector                    | 403 | 403   | 403     | 403    | 403
            REVEAL     | admin                        | 403 | 403   | 403     | 403    | 403
            REVEAL     | mobilization_viewer          | 403 | 403   | 403     | 403    | 403
            """)
    void eachRoleReachesExactlyItsScope(Endpoint endpoint, String caller, int own, int below, int sibling,
            int parent, int elsewhere) {
        Tree tree = fixtures.tree();
        List<Unit> targets = List.of(tree.own(), tree.below(), tree.sibling(), tree.parent(), tree.elsewhere());
        List<String> ids = new ArrayList<>();
        for (Unit target : targets) {
            Caller.as("matrix.setup", target.code(), "unit_leader");
            ids.add(endpoint.setup.apply(target));
        }
        if (endpoint == Endpoint.DESTROY) {
            ids.forEach(id -> fixtures.sql("update petition set destroy_after = ?2 where id = ?1",
                    UUID.fromString(id), TestClock.today().minusDays(1)));
        }
        String[] roleAndUnit = caller.split("@");
        Caller.as("matrix." + roleAndUnit[0], roleAndUnit.length > 1 ? null : tree.own().code(), roleAndUnit[0]);
        List<Integer> actual = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            actual.add(endpoint.call.apply(targets.get(i), ids.get(i)));
        }
        assertEquals(List.of(own, below, sibling, parent, elsewhere), actual,
                endpoint + " as " + caller + " (own, below, sibling, parent, elsewhere)");
    }

    private static String plain(Unit t) {
        return PetitionApi.createdId(PetitionApi.petition(t.id(), "KIEN_NGHI_PHAN_ANH", "Nguyễn Văn Ma", "Kiến nghị"));
    }

    private static String classified(Unit t) {
        String id = plain(t);
        PetitionApi.classify(id, "KIEN_NGHI_PHAN_ANH", "DU_DIEU_KIEN", "KHONG_THUOC_THAM_QUYEN").then().statusCode(200);
        return id;
    }

    private static String filed(Unit t) {
        String id = plain(t);
        PetitionApi.classify(id, "KIEN_NGHI_PHAN_ANH", "KHONG_DU_DIEU_KIEN", "THUOC_THAM_QUYEN",
                "notProcessableReason", "Nội dung không rõ").then().statusCode(200);
        PetitionApi.decide(id, "LUU_DON").then().statusCode(200);
        return id;
    }

    private static String denunciation(Unit t) {
        return PetitionApi.createdId(PetitionApi.petition(t.id(), "TO_CAO", "Ẩn Danh Ma Trận", "Tố cáo"));
    }

    private static int listed(Response r, String id) {
        return r.statusCode() != 200 ? r.statusCode() : r.jsonPath().getList("items.id").contains(id) ? 200 : 404;
    }

    /** The version when the caller can read it; otherwise 0 (the call then fails on scope or role anyway). */
    private static int versionOf(String id) {
        Response r = given().get("/api/v1/petitions/" + id);
        return r.statusCode() == 200 ? r.path("version") : 0;
    }

    enum Endpoint {
        LIST(PetitionScopeMatrixTest::plain, (t, id) -> listed(given().queryParam("unit", t.id())
                .queryParam("size", 200).get("/api/v1/petitions"), id)),
        GET(PetitionScopeMatrixTest::plain, (t, id) -> given().get("/api/v1/petitions/" + id).statusCode()),
        CREATE(t -> null, (t, id) -> PetitionApi.create(PetitionApi.petition(t.id(), null, "Lê Thị Mới", "Kiến nghị"))
                .statusCode()),
        PATCH(PetitionScopeMatrixTest::plain, (t, id) -> given().contentType(ContentType.JSON)
                .body(Map.of("version", 0, "respondent", "UBND phường")).patch("/api/v1/petitions/" + id)
                .statusCode()),
        CLASSIFY(PetitionScopeMatrixTest::plain, (t, id) -> PetitionApi.post(id, "classify", Map.of("version", 0,
                "classification", "KIEN_NGHI_PHAN_ANH", "processable", "DU_DIEU_KIEN", "competence",
                "THUOC_THAM_QUYEN")).statusCode()),
        DECIDE(PetitionScopeMatrixTest::classified, (t, id) -> PetitionApi.post(id, "decide", Map.of("version",
                versionOf(id), "decision", "DON_DOC")).statusCode()),
        DESTROY(PetitionScopeMatrixTest::filed, (t, id) -> PetitionApi.post(id, "destroy", Map.of("version",
                versionOf(id), "recordNo", "01/BB-TH")).statusCode()),
        REVEAL(PetitionScopeMatrixTest::denunciation, (t, id) -> PetitionApi.post(id, "identity/reveal",
                Map.of("purpose", "Kiểm tra phân quyền theo ma trận")).statusCode());

        final Function<Unit, String> setup;
        final BiFunction<Unit, String, Integer> call;

        Endpoint(Function<Unit, String> setup, BiFunction<Unit, String, Integer> call) {
            this.setup = setup;
            this.call = call;
        }
    }
}
