package vn.tiepdan.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;
import vn.tiepdan.shared.api.Outages;

/** The outage classifier over real exception chains, as Hibernate, JTA, Agroal and quarkus-oidc build them. */
class OutagesTest {

    private static PSQLException server(String sqlState) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C" + sqlState + "\0Mserver says no\0"));
    }

    private static Throwable wrapped(Throwable cause) {
        // What a failed commit looks like: JTA RollbackException around Hibernate's PersistenceException.
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new PersistenceException("flush failed",
                new GenericJDBCException("could not execute statement", cause instanceof SQLException s ? s
                        : new SQLException("wrapper", cause))));
        return rollback;
    }

    private static Outages.Kind kind(Throwable e) {
        return Outages.classify(e).orElseThrow().kind();
    }

    @Test
    void connectionFailuresAndServerUnavailabilityAreDatabaseOutages() {
        assertEquals(Outages.Kind.DATABASE, kind(new PSQLException("refused", PSQLState.CONNECTION_UNABLE_TO_CONNECT)));
        assertEquals(Outages.Kind.DATABASE, kind(new PSQLException("io", PSQLState.CONNECTION_FAILURE)));
        for (String state : new String[] {"08006", "57P01", "57P02", "57P03", "53100", "53200", "53300", "57014"}) {
            assertEquals(Outages.Kind.DATABASE, kind(wrapped(server(state))), state);
        }
        assertEquals(Outages.Kind.DATABASE, kind(new JDBCConnectionException("lost", new SQLException("x", "08003"))));
        assertEquals(Outages.Kind.DATABASE, kind(new SQLTransientConnectionException("timeout")));
        assertEquals(Outages.Kind.DATABASE, kind(new java.sql.SQLTimeoutException("timed out")));
    }

    @Test
    void theAgroalAcquisitionTimeoutIsADatabaseOutage() {
        assertEquals(Outages.Kind.DATABASE, kind(wrapped(new SQLException("Sorry, acquisition timeout!"))));
    }

    @Test
    void aSocketFailureBelowJdbcIsTheDatabase() {
        PSQLException io = new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE,
                new java.net.SocketTimeoutException("Read timed out"));
        assertEquals(Outages.Kind.DATABASE, kind(wrapped(io)));
        assertEquals(Outages.Kind.DATABASE, kind(new GenericJDBCException("x",
                new SQLException("no state", (String) null, new ConnectException("refused")))));
    }

    @Test
    void anUnreachableOidcProviderIsAnIdentityProviderOutage() {
        AuthenticationFailedException failed = new AuthenticationFailedException(
                new RuntimeException("OIDC server is not available", new ConnectException("Connection refused")));
        assertEquals(Outages.Kind.IDENTITY_PROVIDER, kind(failed));
    }

    @Test
    void quarkusOidcReportsTheConnectFailureAsSuppressed() {
        // As TenantContextFactory.toOidcException builds it: no cause, the connect failure suppressed.
        io.quarkus.oidc.OIDCException e = new io.quarkus.oidc.OIDCException("OIDC Server is not available");
        e.addSuppressed(new ConnectException("Connection refused: /127.0.0.1:1"));
        assertEquals(Outages.Kind.IDENTITY_PROVIDER, kind(e));
        AuthenticationFailedException wrapped = new AuthenticationFailedException(new RuntimeException("x"));
        wrapped.addSuppressed(e);
        assertEquals(Outages.Kind.IDENTITY_PROVIDER, kind(wrapped));
        assertFalse(Outages.isOutage(new io.quarkus.oidc.OIDCException("Invalid token"))); // a bad token stays 401
    }

    @Test
    void aDiskFullIsAStorageOutage() {
        assertEquals(Outages.Kind.STORAGE, kind(new RuntimeException(new IOException("No space left on device"))));
    }

    @Test
    void bugsAndBadInputAreNotOutages() {
        assertFalse(Outages.isOutage(new IllegalStateException("bug")));
        assertFalse(Outages.isOutage(new NullPointerException()));
        assertFalse(Outages.isOutage(new AuthenticationFailedException("bad signature")));
        assertFalse(Outages.isOutage(wrapped(server("23505")))); // unique violation: a conflict, not an outage
        assertFalse(Outages.isOutage(wrapped(server("42P01")))); // undefined table: a bug
        assertFalse(Outages.isOutage(new ConstraintViolationException("dup", server("23P01"), "c")));
        assertFalse(Outages.isOutage(new OptimisticLockException(new StaleObjectStateException("E", 1L))));
        assertFalse(Outages.isOutage(new ConnectException("refused"))); // neither JDBC nor OIDC: unknown
    }

    @Test
    void aCyclicChainEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        assertFalse(Outages.isOutage(b));
    }

    @Test
    void theLogSummaryHasNoMessages() {
        String summary = Outages.classify(wrapped(server("53100"))).orElseThrow().summary();
        assertTrue(summary.contains("PSQLException[53100]"), summary);
        assertFalse(summary.contains("server says no"), summary);
    }
}
