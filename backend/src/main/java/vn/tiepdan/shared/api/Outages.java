package vn.tiepdan.shared.api;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one classifier of outages: a failure of something the API depends on (the database, the OIDC provider, the
 * disk), not a bug. Every exception mapper asks it before answering 500, so an outage is always a retryable 503
 * problem with Retry-After. It walks the whole cause chain, since Hibernate, JTA and quarkus-oidc wrap the failure.
 */
public final class Outages {
    /** Seconds a client should wait before retrying (the Retry-After header of the 503). */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** What is out. */
    public enum Kind { DATABASE, IDENTITY_PROVIDER, STORAGE }

    /** One classified outage: its kind and a summary safe for the log (class names and SQLState, no message). */
    public record Outage(Kind kind, String summary) {
    }

    private Outages() {
    }

    public static boolean isOutage(Throwable e) {
        return classify(e).isPresent();
    }

    public static Optional<Outage> classify(Throwable e) {
        List<Throwable> chain = chain(e);
        boolean sql = false;
        boolean oidc = false;
        for (Throwable t : chain) {
            String name = t.getClass().getName();
            sql |= t instanceof SQLException || name.startsWith("org.hibernate.") || name.startsWith("io.agroal.");
            oidc |= name.startsWith("io.quarkus.oidc.") || name.equals("io.quarkus.security.AuthenticationFailedException");
        }
        for (Throwable t : chain) {
            if (databaseFailure(t)) {
                return Optional.of(new Outage(Kind.DATABASE, summary(chain)));
            }
            if (t.getClass().getName().equals("io.quarkus.oidc.OIDCException") && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("not available")) {
                return Optional.of(new Outage(Kind.IDENTITY_PROVIDER, summary(chain)));
            }
            if (diskFull(t)) {
                return Optional.of(new Outage(Kind.STORAGE, summary(chain)));
            }
        }
        for (Throwable t : chain) {
            if (networkFailure(t)) {
                // A connection failure below JDBC is the database; any other one under quarkus-oidc is the provider.
                if (sql) {
                    return Optional.of(new Outage(Kind.DATABASE, summary(chain)));
                }
                if (oidc) {
                    return Optional.of(new Outage(Kind.IDENTITY_PROVIDER, summary(chain)));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean databaseFailure(Throwable t) {
        if (t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLTimeoutException || t instanceof jakarta.persistence.QueryTimeoutException
                || t instanceof org.hibernate.QueryTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            if (transientState(sql.getSQLState())) {
                return true;
            }
            // Agroal: "Sorry, acquisition timeout!" (plain SQLException, no SQLState) when the pool cannot lend.
            String message = sql.getMessage();
            return sql.getSQLState() == null && message != null
                    && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return false;
    }

    /**
     * PostgreSQL SQLStates of an unavailable server: class 08 (connection exception), class 53 (insufficient
     * resources: disk full 53100, out of memory 53200, too many connections 53300), 57P01/57P02/57P03 (admin or
     * crash shutdown, cannot connect now) and 57014 (query_canceled, as by statement_timeout).
     */
    static boolean transientState(String state) {
        if (state == null) {
            return false;
        }
        return state.startsWith("08") || state.startsWith("53") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("57014");
    }

    private static boolean diskFull(Throwable t) {
        return t instanceof IOException && t.getMessage() != null && t.getMessage().contains("No space left on device");
    }

    private static boolean networkFailure(Throwable t) {
        String name = t.getClass().getName();
        return t instanceof java.net.ConnectException || t instanceof java.net.NoRouteToHostException
                || t instanceof java.net.SocketTimeoutException || t instanceof java.net.UnknownHostException
                || t instanceof java.net.http.HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException
                // Vert.x NoStackTraceTimeoutException, Netty ReadTimeoutException / ConnectTimeoutException
                || t.getClass().getSimpleName().endsWith("TimeoutException")
                || name.equals("io.netty.channel.ConnectTimeoutException")
                || name.equals("io.vertx.core.http.ConnectionPoolTooBusyException")
                || name.startsWith("io.netty.channel.AbstractChannel$AnnotatedConnectException")
                || name.equals("io.netty.channel.StacklessClosedChannelException")
                || name.equals("io.vertx.core.VertxException") && String.valueOf(t.getMessage()).contains("onnection")
                || name.equals("io.vertx.core.http.HttpClosedException");
    }

    /**
     * The cause chain, each throwable once (a chain can loop), with the suppressed exceptions of each link:
     * quarkus-oidc reports "OIDC Server is not available" with the connect failure suppressed, not as the cause.
     */
    static List<Throwable> chain(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        walk(e, chain, seen);
        return chain;
    }

    private static void walk(Throwable e, List<Throwable> chain, Set<Throwable> seen) {
        for (Throwable t = e; t != null && seen.add(t) && chain.size() < 32; t = t.getCause()) {
            chain.add(t);
            for (Throwable suppressed : t.getSuppressed()) {
                walk(suppressed, chain, seen);
            }
        }
    }

    /** "PSQLException[57014] < QueryTimeoutException": names and SQLStates only, never a message (row values). */
    private static String summary(List<Throwable> chain) {
        StringBuilder s = new StringBuilder();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Throwable t = chain.get(i);
            if (s.length() > 0) {
                s.append(" < ");
            }
            s.append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                s.append('[').append(sql.getSQLState()).append(']');
            }
        }
        return s.toString();
    }
}
