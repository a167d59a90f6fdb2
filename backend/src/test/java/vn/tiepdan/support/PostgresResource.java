package vn.tiepdan.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A real PostgreSQL server (the same 17.x binaries as `make run`) for the tests. TEST_DB_URL points the tests at an
 * existing server instead. The port is kept in a system property so a second Quarkus start in the same JVM (a test
 * profile) reuses the server rather than starting another.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {
    private static final String URL_PROPERTY = "tiepdan.test.db-url";
    private static EmbeddedPostgres server;

    @Override
    public synchronized Map<String, String> start() {
        String external = System.getenv("TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", external,
                    "quarkus.datasource.username", env("TEST_DB_USER", "tiepdan"),
                    "quarkus.datasource.password", env("TEST_DB_PASSWORD", "tiepdan"));
        }
        if (System.getProperty(URL_PROPERTY) == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL for the tests did not start", e);
            }
            System.setProperty(URL_PROPERTY, server.getJdbcUrl("postgres", "postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(PostgresResource::close));
        }
        return Map.of("quarkus.datasource.jdbc.url", System.getProperty(URL_PROPERTY),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        // The server lives as long as the JVM, shared by every Quarkus start of the run (see the shutdown hook).
    }

    private static synchronized void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // The JVM is ending; the temporary data directory goes with it.
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
