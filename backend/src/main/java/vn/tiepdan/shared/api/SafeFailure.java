package vn.tiepdan.shared.api;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * A loggable description of a failure that never carries a database row: a PostgreSQL error repeats the failing row
 * or key values ("Failing row contains (…)", "Key (…)=(…)"), which may be a citizen's personal data (DOMAIN.md §8.2)
 * or a denouncer's identity (§8.1).
 */
public final class SafeFailure {
    private SafeFailure() {
    }

    /** The SQL failure in the cause chain, if any. */
    public static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** "ExceptionClass (SQLState 23514, constraint ck_x, table t)": no message, no detail, no values. */
    public static String describe(Throwable e) {
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return e.getClass().getName();
        }
        StringBuilder out = new StringBuilder(e.getClass().getName()).append(" (SQLState ").append(sql.getSQLState());
        if (sql instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            if (m.getConstraint() != null) {
                out.append(", constraint ").append(m.getConstraint());
            }
            if (m.getTable() != null) {
                out.append(", table ").append(m.getTable());
            }
        }
        return out.append(')').toString();
    }
}
