package vn.tiepdan.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
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

    DemoData(AgroalDataSource dataSource, @ConfigProperty(name = "tiepdan.demo-data") boolean enabled) {
        this.dataSource = dataSource;
        this.enabled = enabled;
    }

    void load(@Observes StartupEvent event) throws SQLException {
        if (!enabled) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            for (String script : SCRIPTS) {
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
