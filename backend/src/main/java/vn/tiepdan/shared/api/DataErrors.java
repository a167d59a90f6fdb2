package vn.tiepdan.shared.api;

import java.sql.SQLException;
import java.util.Optional;

/**
 * The safety net under the input rules: a value the database refuses as data (SQLSTATE class 22, the few a value causes: a text longer than
 * its column, a date or number out of the column's range, a character it cannot store) came from the client. The
 * request rules (InputDomain, @Size on the records) are the main path; this only keeps a missed one from being a 500.
 */
final class DataErrors {
    /** Too long, numeric or datetime out of range, bad datetime format, untranslatable character, NUL. */
    private static final java.util.Set<String> CLIENT_DATA = java.util.Set.of("22001", "22003", "22007", "22008",
            "22021", "22P05");
    private DataErrors() {
    }

    /** The SQLSTATE of a data exception in the cause chain, if any. */
    static Optional<String> dataState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && CLIENT_DATA.contains(String.valueOf(sql.getSQLState()))) {
                return Optional.of(sql.getSQLState());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The error code named in the problem: TOO_LONG for 22001, OUT_OF_RANGE for 22003/22008, INVALID otherwise. */
    static String code(String state) {
        return switch (state) {
            case "22001" -> "TOO_LONG";
            case "22003", "22008" -> "OUT_OF_RANGE";
            default -> "INVALID";
        };
    }
}
