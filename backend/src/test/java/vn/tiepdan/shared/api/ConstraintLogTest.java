package vn.tiepdan.shared.api;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** Hibernate's own lines for a failed statement quote the failing row: they are switched off. */
@QuarkusTest
class ConstraintLogTest {
    @Test
    void hibernateDoesNotLogTheFailingRow() {
        assertFalse(Logger.getLogger("org.hibernate.engine.jdbc.spi.SqlExceptionHelper").isEnabled(Logger.Level.ERROR));
        assertFalse(Logger.getLogger("org.hibernate.engine.jdbc.batch.internal.BatchingBatch")
                .isEnabled(Logger.Level.ERROR));
    }
}
