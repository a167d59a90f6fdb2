package vn.tiepdan.shared.api;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The kept responses of Idempotency-Key requests. Works on its own connections (autocommit), outside the business
 * transaction: a key is claimed before the request runs and completed after it answered.
 */
@ApplicationScoped
class IdempotencyStore {
    /** How long a key is remembered (API.md: retries of one form submission). */
    static final String RETENTION = "1 day";

    private final AgroalDataSource dataSource;

    IdempotencyStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A kept record: {@code status} is null while the first request is still running. */
    record Kept(String requestHash, Integer status, String contentType, String location, String body) {
    }

    /** Claims the key for this request; empty when it was free, else what is kept under it. */
    Optional<Kept> claim(String principal, String key, String requestHash) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement purge = c.prepareStatement(
                    "delete from idempotency_record where created_at < now() - interval '" + RETENTION + "'")) {
                purge.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("insert into idempotency_record (principal, idem_key, "
                    + "request_hash) values (?, ?, ?) on conflict do nothing")) {
                insert.setString(1, principal);
                insert.setString(2, key);
                insert.setString(3, requestHash);
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = c.prepareStatement("select request_hash, status, content_type, location, "
                    + "body from idempotency_record where principal = ? and idem_key = ?")) {
                select.setString(1, principal);
                select.setString(2, key);
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    int status = rs.getInt(2);
                    return Optional.of(new Kept(rs.getString(1), rs.wasNull() ? null : status, rs.getString(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
        }
    }

    void complete(String principal, String key, int status, String contentType, String location, String body)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("update idempotency_record set status = ?, "
                        + "content_type = ?, location = ?, body = ? where principal = ? and idem_key = ?")) {
            update.setInt(1, status);
            update.setString(2, contentType);
            update.setString(3, location);
            update.setString(4, body);
            update.setString(5, principal);
            update.setString(6, key);
            update.executeUpdate();
        }
    }

    /** Frees a key whose request failed on the server, so the client may retry it. */
    void release(String principal, String key) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement(
                        "delete from idempotency_record where principal = ? and idem_key = ? and status is null")) {
            delete.setString(1, principal);
            delete.setString(2, key);
            delete.executeUpdate();
        }
    }
}
