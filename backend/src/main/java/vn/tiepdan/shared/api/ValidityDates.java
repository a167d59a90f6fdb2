package vn.tiepdan.shared.api;

import java.time.LocalDate;

/**
 * The validity dates an admin can actually use (validFrom/validTo of org units, officials, deadline rule versions,
 * reception schedules): at most {@value #YEARS_AHEAD} years after today. A reorganisation, an appointment or a new
 * law is known months ahead, never decades; a date further out is a typo (9999-12-31) that would make a unit
 * non-current for everyone in it, or block every later rule version. The past is bounded by InputDomain only, so
 * history can be recorded.
 */
public final class ValidityDates {
    public static final int YEARS_AHEAD = 2;

    private ValidityDates() {
    }

    /** The last day a validity date may take when today is the given day. */
    public static LocalDate latest(LocalDate today) {
        return today.plusYears(YEARS_AHEAD);
    }

    /** Adds a VALIDITY_TOO_FAR issue on the field when the day is beyond {@link #latest}. */
    public static void check(LocalDate day, LocalDate today, String field, Violations violations) {
        if (day != null && day.isAfter(latest(today))) {
            violations.add(field, "VALIDITY_TOO_FAR", "validation.validity-too-far", latest(today).toString());
        }
    }
}
