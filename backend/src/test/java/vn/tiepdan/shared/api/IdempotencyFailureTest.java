package vn.tiepdan.shared.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdan.support.Fixtures;
import vn.tiepdan.support.HandlingFixtures;

/**
 * Idempotency-Key under concurrency and failures (issue 13, points 2 and 3): one write per key, never an empty
 * answer, and never a key left blocked by a request that did not commit.
 */
@QuarkusTest
@TestSecurity(user = "quantri", roles = "admin")
class IdempotencyFailureTest {
    private static final String PATH = "/api/v1/test-idempotency";

    @Inject
    Fixtures fixtures;
    @Inject
    HandlingFixtures values;

    @BeforeEach
    void table() {
        fixtures.sql("create table if not exists test_idempotency_note (id uuid primary key, text text)");
    }

    @AfterEach
    void normal() {
        IdempotencyProbeResource.sleepMillis = 0;
        IdempotencyProbeResource.FAIL_NEXT.set(null);
    }

    private static Response post(String key, String text) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body("{\"text\":\"" + text + "\"}").post(PATH);
    }

    private long notes(String text) {
        return ((Number) values.value("select count(*) from test_idempotency_note where text = ?1", text)).longValue();
    }

    private long records(String key) {
        return ((Number) values.value("select count(*) from idempotency_record where idem_key = ?1", key)).longValue();
    }

    @Test
    void concurrentRequestsWithOneKeyWriteOnceAndTheOthersAreToldToRetry() throws Exception {
        String key = "conc-" + UUID.randomUUID();
        String text = "concurrent " + key;
        IdempotencyProbeResource.sleepMillis = 1500;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            Callable<Response> call = () -> post(key, text);
            answers.add(pool.submit(call));
            Thread.sleep(300);
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(call));
            }
            int created = 0;
            int inProgress = 0;
            for (Future<Response> answer : answers) {
                Response r = answer.get(30, TimeUnit.SECONDS);
                if (r.statusCode() == 201 && r.header("Idempotent-Replayed") == null) {
                    created++;
                } else if (r.statusCode() == 201) {
                    assertEquals(answers.get(0).get().jsonPath().getString("id"), r.jsonPath().getString("id"));
                } else {
                    assertEquals(409, r.statusCode(), "in progress: " + r.asString());
                    assertEquals("application/problem+json", r.contentType());
                    assertEquals("/problems/conflict", r.jsonPath().getString("type"));
                    assertTrue(r.header("Retry-After") != null, "Retry-After on an in-progress key");
                    inProgress++;
                }
            }
            assertEquals(1, created, "one request did the write");
            assertEquals(3, inProgress, "the others were told it is still in progress");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, notes(text));
        IdempotencyProbeResource.sleepMillis = 0;
        post(key, text).then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(1, notes(text));
    }

    @Test
    void aRequestWhoseDatabaseConnectionDiesLeavesNoKeyAndItsRetryWritesOnce() {
        String key = "dbdies-" + UUID.randomUUID();
        String text = "db dies " + key;
        IdempotencyProbeResource.FAIL_NEXT.set("db");
        Response failed = post(key, text);
        assertTrue(failed.statusCode() >= 500, "the write failed on the server: " + failed.statusCode());
        assertEquals("application/problem+json", failed.contentType());
        assertEquals(0, notes(text), "nothing of the dead request was written");
        assertEquals(0, records(key), "the key is not left claimed");
        String id = post(key, text).then().statusCode(201).header("Idempotent-Replayed", (String) null)
                .body("id", notNullValue()).extract().path("id");
        post(key, text).then().statusCode(201).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        assertEquals(1, notes(text), "the retry wrote exactly once");
    }

    @Test
    void aBugAfterTheWriteRollsItBackAndFreesTheKey() {
        String key = "bug-" + UUID.randomUUID();
        String text = "bug " + key;
        IdempotencyProbeResource.FAIL_NEXT.set("bug");
        post(key, text).then().statusCode(500).contentType("application/problem+json");
        assertEquals(0, notes(text), "the write before the bug was rolled back with it");
        assertEquals(0, records(key));
        post(key, text).then().statusCode(201).header("Idempotent-Replayed", (String) null);
        assertEquals(1, notes(text));
    }

    @Test
    void aTransactionIsNeverLeftOpenForTheNextRequest() {
        for (int i = 0; i < 20; i++) {
            String key = "seq-" + UUID.randomUUID();
            post(key, "seq " + key).then().statusCode(201);
            given().get("/public/v1/units").then().statusCode(200);
        }
        assertEquals(0L, ((Number) values.value("select count(*) from pg_stat_activity where state = "
                + "'idle in transaction' and backend_type = 'client backend'")).longValue(),
                "no connection is left idle in a transaction");
    }
}
