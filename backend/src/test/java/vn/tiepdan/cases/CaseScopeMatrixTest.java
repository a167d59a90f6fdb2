package vn.tiepdan.cases;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tiepdan.support.Caller;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.Fixtures.Tree;
import vn.tiepdan.support.Fixtures.Unit;

/**
 * Who reaches which case (cases-contract "Roles", ROLES.md): for every role, a case of the caller's unit O, of a unit
 * below it, of a sibling, of the parent and of a unit elsewhere in the province. For the list, 200 means the case is
 * listed, 404 that it is left out. TRACE_* use a case now handled elsewhere that the target unit transferred away:
 * readable by the sender's scope, never writable.
 */
@QuarkusTest
class CaseScopeMatrixTest {
    @Inject
    Fixtures fixtures;

    @ParameterizedTest(name = "{0} as {1}: own {2}, below {3}, sibling {4}, parent {5}, elsewhere {6}")
    @TestSecurity(user = "casematrix")
    @CsvSource(delimiter = '|', textBlock = """
            # endpoint     | caller                     | own | below | sibling | parent | elsewhere
            LIST           | reception_officer          | 200 | 200   | 404     | 404    | 404
            LIST           | unit_leader                | 200 | 200   | 404     | 404    | 404
            LIST           | petition_handler           | 200 | 200   | 404     | 404    | 404
            LIST           | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            LIST           | reception_officer@no-unit  | 404 | 404   | 404     | 404    | 404
            LIST           | inspector                  | 200 | 200   | 200     | 200    | 200
            LIST           | auditor                    | 200 | 200   | 200     | 200    | 200
            LIST           | admin                      | 200 | 200   | 200     | 200    | 200
            LIST           | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            LIST           | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            GET            | reception_officer          | 200 | 200   | 404     | 404    | 404
            GET            | unit_leader                | 200 | 200   | 404     | 404    | 404
            GET            | petition_handler           | 200 | 200   | 404     | 404    | 404
            GET            | confidential_custodian     | 200 | 200   | 404     | 404    | 404
            GET            | integrator                 | 200 | 200   | 404     | 404    | 404
            GET            | unit_leader@no-unit        | 404 | 404   | 404     | 404    | 404
            GET            | inspector                  | 200 | 200   | 200     | 200    | 200
            GET            | auditor                    | 200 | 200   | 200     | 200    | 200
            GET            | admin                      | 200 | 200   | 200     | 200    | 200
            GET            | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            GET            | home_affairs_inspector     | 403 | 403   | 403     | 403    | 403
            GET            | citizen                    | 403 | 403   | 403     | 403    | 403
            TIMELINE       | unit_leader                | 200 | 200   | 404     | 404    | 404
            TIMELINE       | inspector                  | 200 | 200   | 200     | 200    | 200
            TIMELINE       | mobilization_viewer        | 403 | 403   | 403     | 403    | 403
            ACCEPT         | unit_leader                | 200 | 200   | 404     | 404    | 404
            ACCEPT         | unit_leader@no-unit        | 404 | 404   | 404     | 404    | 404
            ACCEPT         | petition_handler           | 403 | 403   | 403     | 403    | 403
            ACCEPT         | reception_officer          | 403 | 403   | 403     | 403    | 403
            ACCEPT         | confidential_custodian     | 403 | 403   | 403     | 403    | 403
            ACCEPT         | inspector                  | 403 | 403   | 403     | 403    | 403
            ACCEPT         | auditor                    | 403 | 403   | 403     | 403    | 403
            ACCEPT         | admin                      | 403 | 403   | 403     | 403    | 403
            WITHDRAW       | petition_handler           | 200 | 200   | 404     | 404    | 404
            WITHDRAW       | unit_leader                | 200 | 200   | 404     | 404    | 404
            WITHDRAW       | reception_officer          | 403 | 403   | 403     | 403    | 403
            PATCH          | unit_leader                | 200 | 200   | 404     | 404    | 404
            PATCH          | petition_handler           | 200 | 200   | 404     | 404    | 404
            PATCH          | reception_officer          | 403 | 403   | 403     | 403    | 403
            PATCH          | inspector                  | 403 | 403   | 403     | 403    | 403
            CREATE         | unit_leader                | 201 | 201   | 400     | 400    | 400
            CREATE         | petition_handler           | 201 | 201   | 400     | 400    | 400
            CREATE         | reception_officer          | 403 | 403   | 403     | 403    | 403
            CREATE         | inspector                  | 403 | 403   | 403     | 403    | 403
            TRACE_GET      | unit_leader                | 200 | 200   | 404     | 404    | 404
            TRACE_GET      | reception_officer          | 200 | 200   | 404     | 404    | 404
            TRACE_LIST     | unit_leader                | 200 | 200   | 404     | 404    | 404
            TRACE_ACCEPT   | unit_leader                | 403 | 403   | 404     | 404    | 404
            """)
    void eachRoleReachesExactlyItsScope(Endpoint endpoint, String caller, int own, int below, int sibling,
            int parent, int elsewhere) {
        Tree tree = fixtures.tree();
        String[] roleAndUnit = caller.split("@");
        String unit = roleAndUnit.length > 1 ? null : tree.own().code();
        Caller.as("casematrix." + roleAndUnit[0], unit, roleAndUnit[0]);
        List<Integer> actual = new ArrayList<>();
        for (Unit target : List.of(tree.own(), tree.below(), tree.sibling(), tree.parent(), tree.elsewhere())) {
            actual.add(endpoint.call.apply(target, tree));
        }
        assertEquals(List.of(own, below, sibling, parent, elsewhere), actual,
                endpoint + " as " + caller + " (own, below, sibling, parent, elsewhere)");
    }

    enum Endpoint {
        LIST((t, tree) -> {
            UUID id = caseIn(t);
            return listed(given().queryParam("unit", t.id()).get("/api/v1/cases"), id);
        }),
        GET((t, tree) -> given().get("/api/v1/cases/" + caseIn(t)).statusCode()),
        TIMELINE((t, tree) -> given().get("/api/v1/cases/" + caseIn(t) + "/timeline").statusCode()),
        ACCEPT((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"docNo\":\"1/TB\",\"signedOn\":\"2026-11-21\"}")
                .post("/api/v1/cases/" + caseIn(t) + "/accept").statusCode()),
        WITHDRAW((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"scope\":\"PARTIAL\",\"signedOn\":\"2026-11-21\",\"items\":[\"Nội dung 1\"]}")
                .post("/api/v1/cases/" + accepted(t) + "/withdraw").statusCode()),
        PATCH((t, tree) -> given().contentType(ContentType.JSON).body("{\"version\":0,\"title\":\"Tiêu đề mới\"}")
                .patch("/api/v1/cases/" + caseIn(t)).statusCode()),
        CREATE((t, tree) -> given().contentType(ContentType.JSON).body("{\"visitId\":\"" + visit(t) + "\"}")
                .post("/api/v1/cases").statusCode()),
        TRACE_GET((t, tree) -> given().get("/api/v1/cases/" + transferredAway(t, tree)).statusCode()),
        TRACE_LIST((t, tree) -> {
            UUID id = transferredAway(t, tree);
            return listed(given().queryParam("transferredOut", true).queryParam("unit", destination(t, tree))
                    .get("/api/v1/cases"), id);
        }),
        TRACE_ACCEPT((t, tree) -> given().contentType(ContentType.JSON)
                .body("{\"version\":0,\"docNo\":\"1/TB\",\"signedOn\":\"2026-11-21\"}")
                .post("/api/v1/cases/" + transferredAway(t, tree) + "/accept").statusCode());

        final BiFunction<Unit, Tree, Integer> call;

        Endpoint(BiFunction<Unit, Tree, Integer> call) {
            this.call = call;
        }

        private static Fixtures fixtures() {
            return Arc.container().instance(Fixtures.class).get();
        }

        private static int listed(Response r, UUID id) {
            if (r.statusCode() != 200) {
                return r.statusCode();
            }
            return r.jsonPath().getList("items.id").contains(id.toString()) ? 200 : 404;
        }

        private static UUID caseIn(Unit unit) {
            return fixtures().caseIn(unit.id());
        }

        private static UUID accepted(Unit unit) {
            UUID id = caseIn(unit);
            fixtures().sql("update case_file set status = 'ACCEPTED_L1', instance = 1 where id = ?1", id);
            return id;
        }

        /** A case of the target, now handled in the 'elsewhere' unit (or the sibling when the target is elsewhere). */
        private static UUID transferredAway(Unit unit, Tree tree) {
            UUID id = caseIn(unit);
            UUID to = destination(unit, tree);
            fixtures().sql("update case_file set org_unit_id = ?2 where id = ?1", id, to);
            fixtures().sql("insert into case_transfer (id, case_id, from_unit_id, to_unit_id, slip_no, transferred_at, "
                    + "transferred_by, reason) values (gen_random_uuid(), ?1, ?2, ?3, '1/PC', now(), 'x', 'Thẩm quyền')",
                    id, unit.id(), to);
            return id;
        }

        private static UUID destination(Unit unit, Tree tree) {
            return unit.equals(tree.elsewhere()) ? tree.sibling().id() : tree.elsewhere().id();
        }

        private static UUID visit(Unit unit) {
            UUID matter = UUID.randomUUID();
            fixtures().sql("insert into reception_matter (id, org_unit_id, summary, first_visit_at, last_visit_at, "
                    + "visits_count) values (?1, ?2, 'Khiếu nại', timestamptz '2026-11-20 08:00+07', "
                    + "timestamptz '2026-11-20 08:00+07', 1)", matter, unit.id());
            UUID visit = UUID.randomUUID();
            // Numbered from the unit's book counter, without gaps, as the visit feature does.
            fixtures().sql("insert into visit_book_counter (org_unit_id, book_year, last_seq) values (?1, 2026, 1) "
                    + "on conflict (org_unit_id, book_year) do update set last_seq = visit_book_counter.last_seq + 1",
                    unit.id());
            fixtures().sql("insert into reception_visit (id, org_unit_id, book_year, book_seq, received_at, "
                    + "reception_kind, status, party_kind, classification, content_summary, handling_direction, "
                    + "first_time, confidential, matter_id) select ?1, ?2, 2026, c.last_seq, "
                    + "timestamptz '2026-11-20 08:00+07', 'REGULAR', 'HANDLED', 'PERSON', 'KHIEU_NAI', 'Khiếu nại', "
                    + "'THU_LY', true, false, ?3 from visit_book_counter c where c.org_unit_id = ?2 and "
                    + "c.book_year = 2026", visit, unit.id(), matter);
            return visit;
        }
    }
}
