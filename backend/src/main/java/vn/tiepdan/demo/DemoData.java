package vn.tiepdan.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads the demo data of the local realm (LOCAL USE ONLY) after the migrations, when {@code tiepdan.demo-data} is
 * true. The scripts are idempotent, so every start brings the demo back to its known state without duplicates.
 */
@ApplicationScoped
class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class);
    /** Applied in this order; each script is one transaction. */
    static final List<String> SCRIPTS = List.of("db/demo/010-org-units.sql", "db/demo/020-officials.sql",
            "db/demo/030-schedules.sql", "db/demo/040-visits.sql", "db/demo/050-cases.sql",
            "db/demo/060-recognition.sql");

    private final AgroalDataSource dataSource;
    private final boolean enabled;
    private final Clock clock;

    DemoData(AgroalDataSource dataSource, @ConfigProperty(name = "tiepdan.demo-data") boolean enabled, Clock clock) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.clock = clock;
    }

    void load(@Observes StartupEvent event) throws SQLException {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (String script : SCRIPTS) {
                // The scripts read "today" and "now" from the business clock (tiepdan.today / tiepdan.now), never
                // from the database server's, so the demo lives on the same day as the API (and as the tests).
                try (PreparedStatement today = connection.prepareStatement(
                        "select set_config('tiepdan.today', ?, true), set_config('tiepdan.now', ?, true)")) {
                    today.setString(1, LocalDate.now(clock).toString());
                    today.setString(2, clock.instant().toString());
                    today.execute();
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute(read(script));
                }
                connection.commit();
            }
        }
        LOG.infof("Demo data loaded (%d scripts): for local use only", SCRIPTS.size());
    }

    private static String read(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing demo script " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
