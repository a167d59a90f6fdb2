package vn.tiepdan.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Outages of the database are 503 service-unavailable problems with Retry-After, answered within a few seconds,
 * and readiness follows the database down and up again by itself (hardening issue, items 4 and 6).
 */
@QuarkusTest
class DatabaseOutageTest {
    /**
     * Every answer about a stalled database comes within this bound: the acquisition timeout (3 s) and the login
     * timeout of a new connection, plus a margin for a loaded machine (measured 4.1-4.5 s with few idle connections).
     */
    private static final long BOUND_MILLIS = 8_000;
    /** On top of it, the pool validates each idle connection it tries (1 s each, JDBC's whole-second bound). */
    private static final long PER_IDLE_CONNECTION_MILLIS = 1_000;

    @BeforeAll
    static void boundedClient() {
        RestAssured.config = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 5_000));
    }

    @Test
    void aQueryCancelledByTheStatementTimeoutIsA503WithRetryAfter() {
        long t0 = System.nanoTime();
        given().header("Accept-Language", "en").when().get("/api/v1/test-outage/slow")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("/problems/service-unavailable"))
                .body("title", equalTo("Service unavailable"))
                .body("status", equalTo(503));
        assertTrue(millisSince(t0) < 3_000, "answered in " + millisSince(t0) + " ms");
    }

    @Test
    void aStalledDatabaseAnswers503WithinTheBoundAndReadinessGoesDownThenUpByItself() throws Exception {
        given().when().get("/api/v1/test-outage/db").then().statusCode(200);
        List<Long> pids = postgresProcesses();
        long idle = idleApplicationConnections();
        long bound = BOUND_MILLIS + idle * PER_IDLE_CONNECTION_MILLIS;
        long readyDownMillis;
        long requestMillis;
        try {
            signal("STOP", pids);
            long t0 = System.nanoTime();
            Response ready = given().when().get("/q/health/ready");
            readyDownMillis = millisSince(t0);
            assertEquals(503, ready.statusCode(), ready.asString());
            ready.then().body("checks.findAll { it.status == 'DOWN' }.name", hasItem("Database connections health check"));

            t0 = System.nanoTime();
            given().header("Accept-Language", "vi").when().get("/api/v1/test-outage/db")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                    .body("type", equalTo("/problems/service-unavailable"))
                    .body("title", equalTo("Dịch vụ tạm thời không sẵn sàng"));
            requestMillis = millisSince(t0);
        } finally {
            signal("CONT", pids);
        }
        assertTrue(readyDownMillis < bound, "readiness answered DOWN in " + readyDownMillis + " ms, bound " + bound
                + " ms with " + idle + " idle pooled connections");
        assertTrue(requestMillis < bound, "request answered 503 in " + requestMillis + " ms, bound " + bound
                + " ms with " + idle + " idle pooled connections");

        long t0 = System.nanoTime();
        int status = 0;
        while (millisSince(t0) < 20_000 && (status = given().when().get("/q/health/ready").statusCode()) != 200) {
            Thread.sleep(250);
        }
        assertEquals(200, status, "readiness UP again after SIGCONT");
        given().when().get("/api/v1/test-outage/db").then().statusCode(200);
        System.out.printf("stalled PostgreSQL (%d idle pooled connections): readiness DOWN in %d ms, request 503 in "
                + "%d ms, UP again %d ms after SIGCONT%n", idle, readyDownMillis, requestMillis, millisSince(t0));
    }

    private static long millisSince(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    /** The test server's postmaster (from postmaster.pid in its data directory) and all its children. */
    /** The API's connections idle in the pool (the test's own connection is not counted: it is the one asking). */
    private static long idleApplicationConnections() throws SQLException {
        try (Connection c = DriverManager.getConnection(System.getProperty("tiepdan.test.db-url"), "postgres",
                "postgres"); ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_stat_activity "
                        + "where state = 'idle' and backend_type = 'client backend' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> postgresProcesses() throws SQLException, IOException {
        String dataDirectory;
        try (Connection c = DriverManager.getConnection(System.getProperty("tiepdan.test.db-url"), "postgres",
                "postgres"); ResultSet rs = c.createStatement().executeQuery("show data_directory")) {
            rs.next();
            dataDirectory = rs.getString(1);
        }
        long postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).trim());
        List<Long> pids = new ArrayList<>();
        pids.add(postmaster);
        ProcessHandle.of(postmaster).orElseThrow().children().forEach(p -> pids.add(p.pid()));
        return pids;
    }

    private static void signal(String signal, List<Long> pids) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
        pids.forEach(p -> command.add(String.valueOf(p)));
        Process kill = new ProcessBuilder(command).inheritIO().start();
        assertTrue(kill.waitFor(5, TimeUnit.SECONDS), "kill -" + signal);
    }
}
