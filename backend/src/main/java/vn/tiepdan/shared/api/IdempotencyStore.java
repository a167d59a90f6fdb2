package vn.tiepdan.shared.api;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The kept answers of Idempotency-Key requests (API.md, "Writes"). A key is held by a transaction-scoped advisory
 * lock on the request's own transaction, and its answer is written in that same transaction: the key and the
 * business write commit or roll back together. A request that dies (the API or PostgreSQL killed mid-request) leaves
 * nothing behind, so its retry runs again, once; a request that committed leaves its answer, so its retry replays.
 */
@ApplicationScoped
class IdempotencyStore {
    /** How long an answer is remembered (API.md: retries of one form submission). */
    static final String RETENTION = "1 day";

    private final AgroalDataSource dataSource;

    IdempotencyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A kept answer. */
    record Kept(String requestHash, int status, String contentType, String location, String body) {
    }

    /**
     * Inside the request's transaction: takes the key's lock, or answers false when another request holds it (it is
     * still running). The lock ends with the transaction, whatever ends it (commit, rollback, a dead connection).
     */
    boolean lock(String principal, String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement lock = c.prepareStatement(
                        "select pg_try_advisory_xact_lock(hashtextextended(? || chr(31) || ?, 7331))")) {
            lock.setString(1, principal);
            lock.setString(2, key);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The answer kept under the key, if a request with it completed within the retention. */
    Optional<Kept> find(String principal, String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select request_hash, status, content_type, location, "
                        + "body from idempotency_record where principal = ? and idem_key = ? and status is not null "
                        + "and created_at >= now() - interval '" + RETENTION + "'")) {
            select.setString(1, principal);
            select.setString(2, key);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Kept(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)));
            }
        }
    }

    /**
     * Writes the answer under the key, on the current connection: inside the request's transaction for a
     * successful write, or on its own (autocommit) for a rejected request that wrote nothing. A row left by an
     * earlier version of this store (status null) or past the retention is replaced.
     */
    void keep(String principal, String key, String requestHash, int status, String contentType, String location,
            String body) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement(
                    "delete from idempotency_record where created_at < now() - interval '" + RETENTION + "'")) {
                purge.executeUpdate();
            }
            try (PreparedStatement upsert = c.prepareStatement("insert into idempotency_record (principal, idem_key, "
                    + "request_hash, status, content_type, location, body) values (?, ?, ?, ?, ?, ?, ?) "
                    + "on conflict (principal, idem_key) do update set request_hash = excluded.request_hash, "
                    + "status = excluded.status, content_type = excluded.content_type, location = excluded.location, "
                    + "body = excluded.body, created_at = now() where idempotency_record.status is null")) {
                upsert.setString(1, principal);
                upsert.setString(2, key);
                upsert.setString(3, requestHash);
                upsert.setInt(4, status);
                upsert.setString(5, contentType);
                upsert.setString(6, location);
                upsert.setString(7, body);
                upsert.executeUpdate();
            }
        }
    }
}
