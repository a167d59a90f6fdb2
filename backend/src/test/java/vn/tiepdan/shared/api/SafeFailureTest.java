package vn.tiepdan.shared.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** A constraint violation is logged by its SQL state and constraint, never with the failing row. */
class SafeFailureTest {
    @Test
    void theFailingRowIsNeverInTheDescription() {
        PSQLException sql = new PSQLException(new ServerErrorMessage("SERROR\0C23514\0Mnew row for relation "
                + "\"visit_party\" violates check constraint \"visit_party_name\"\0DFailing row contains (Nguyễn Văn "
                + "An, 075090001234)\0tvisit_party\0nvisit_party_name\0"));
        RuntimeException e = new ConstraintViolationException("could not execute statement [" + sql.getMessage()
                + "]", sql, "visit_party_name");
        String text = SafeFailure.describe(e);
        assertEquals("org.hibernate.exception.ConstraintViolationException (SQLState 23514, constraint "
                + "visit_party_name, table visit_party)", text);
        assertFalse(text.contains("Nguyễn"));
    }
}
