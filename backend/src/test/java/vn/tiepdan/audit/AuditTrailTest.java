package vn.tiepdan.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Fixtures;

@QuarkusTest
@TestSecurity(user = "quantri", roles = "admin")
@OidcSecurity(claims = {@Claim(key = "preferred_username", value = "quantri"), @Claim(key = "org_unit", value = "DN")})
class AuditTrailTest {
    private static final String EVENTS = "/api/v1/audit-events";

    @Inject
    AgroalDataSource db;

    private String createUnit(String requestId) {
        return given().contentType(ContentType.JSON).header("X-Request-Id", requestId).body("""
                {"code":"%s","name":"Phòng kiểm thử","kind":"DEPARTMENT","level":"PROVINCE","parentId":"%s",
                 "validFrom":"2025-07-01"}""".formatted(Fixtures.uniqueCode("AUD"), Fixtures.DN))
                .when().post("/api/v1/org-units").then().statusCode(201).extract().path("id");
    }

    @Test
    void everyChangeIsRecordedWithActorUnitAndRequestNewestFirst() {
        String id = createUnit("req-audit-create");
        given().contentType(ContentType.JSON).header("X-Request-Id", "req-audit-update")
                .body("{\"version\":0,\"phone\":\"0251 3822 444\"}").when().patch("/api/v1/org-units/" + id)
                .then().statusCode(200);
        given().queryParam("entityId", id).when().get(EVENTS).then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].requestId", equalTo("req-audit-update"))
                .body("items[0].details.phone", equalTo("0251 3822 444"))
                .body("items[1].action", equalTo("CREATE"))
                .body("items[1].actor", equalTo("quantri"))
                .body("items[1].actorUnit", equalTo("DN"))
                .body("items[1].entityType", equalTo("ORG_UNIT"))
                .body("items[1].requestId", equalTo("req-audit-create"))
                .body("items[1].details.name", equalTo("Phòng kiểm thử"));
        given().queryParam("entityId", id).queryParam("action", "CREATE").queryParam("actor", "quantri")
                .queryParam("from", "2020-01-01").queryParam("to", "2099-12-31")
                .when().get(EVENTS).then().body("totalItems", equalTo(1));
        given().queryParam("entityId", id).queryParam("to", "2020-01-01").when().get(EVENTS).then()
                .body("totalItems", equalTo(0));
        given().queryParam("from", "2026-02-01").queryParam("to", "2026-01-01").when().get(EVENTS).then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        given().queryParam("size", 201).when().get(EVENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void theChainVerifies() {
        createUnit("req-audit-chain");
        given().when().get(EVENTS + "/verify").then().statusCode(200)
                .body("valid", equalTo(true)).body("checked", greaterThan(0)).body("firstBrokenSeq", nullValue());
    }

    @Test
    void concurrentChangesExtendOneUnbrokenChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                int n = i;
                results.add(pool.submit(() -> given().contentType(ContentType.JSON).body("""
                        {"code":"%s","name":"Song song %d","kind":"DEPARTMENT","level":"PROVINCE","parentId":"%s",
                         "validFrom":"2025-07-01"}""".formatted(Fixtures.uniqueCode("PAR"), n, Fixtures.DN))
                        .post("/api/v1/org-units").statusCode()));
            }
            for (Future<Integer> result : results) {
                assertEquals(201, result.get());
            }
        } finally {
            pool.shutdown();
        }
        given().when().get(EVENTS + "/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void theTableRefusesUpdatesAndDeletes() throws SQLException {
        createUnit("req-audit-trigger");
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update audit_event set reason = 'x' where seq = (select max(seq) from audit_event)"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> s.executeUpdate("delete from audit_event where seq = (select max(seq) from audit_event)"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }

    @Test
    void anAlteredRowBreaksTheChainAtThatEvent() throws SQLException {
        String id = createUnit("req-audit-tamper");
        createUnit("req-audit-after");
        long seq;
        String reason;
        try (Connection c = db.getConnection();
                PreparedStatement q = c.prepareStatement("select seq, reason from audit_event where entity_id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                seq = rs.getLong(1);
                reason = rs.getString(2);
            }
        }
        try {
            bypassTrigger("update audit_event set reason = 'sửa lén' where seq = " + seq);
            given().when().get(EVENTS + "/verify").then().statusCode(200)
                    .body("valid", equalTo(false))
                    .body("firstBrokenSeq", equalTo((int) seq))
                    .body("reason", equalTo("HASH_MISMATCH"));
        } finally {
            bypassTrigger("update audit_event set reason = " + (reason == null ? "null" : "'" + reason + "'")
                    + " where seq = " + seq);
        }
        given().when().get(EVENTS + "/verify").then().body("valid", equalTo(true));
    }

    /** What an attacker with database access would do: switch triggers off for the session. */
    private void bypassTrigger(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            try {
                s.executeUpdate(sql);
            } finally {
                s.execute("set session_replication_role = origin");
            }
        }
    }
}
