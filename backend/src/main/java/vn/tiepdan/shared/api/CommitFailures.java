package vn.tiepdan.shared.api;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * What a failed commit means for the caller: a concurrent change (409), the database out of reach or out of
 * resources (503, retry), or a bug (500). Descriptions never carry SQL parameters or row values.
 */
final class CommitFailures {
    static final String RETRY_AFTER_SECONDS = "5";

    private CommitFailures() {
    }

    static ProblemType typeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof ConstraintViolationException) {
                return ProblemType.CONFLICT;
            }
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return ProblemType.UNAVAILABLE;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")) {
                    return ProblemType.UNAVAILABLE;
                }
                if (state.startsWith("40")) {
                    return ProblemType.CONFLICT;
                }
            }
        }
        return ProblemType.INTERNAL;
    }

    static String detailKey(ProblemType type) {
        return switch (type) {
            case CONFLICT -> "problem.conflict.detail";
            case UNAVAILABLE -> "problem.unavailable.detail";
            default -> "problem.internal.detail";
        };
    }

    /** Class names and SQL states of the chain, never messages (which can hold row values). */
    static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(out.isEmpty() ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                out.append('[').append(sql.getSQLState()).append(']');
            }
        }
        return out.toString();
    }

    /** The failure for a log line: its chain of classes and states, without messages that may hold row values. */
    static Throwable safe(Throwable failure) {
        return new IllegalStateException(describe(failure));
    }
}
