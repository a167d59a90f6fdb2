package vn.tiepdan.shared.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.text.Normalizer;
import java.util.Optional;

/**
 * The one domain-wide rule for what any request may carry, whatever the field: dates within a sane range (no field
 * of the domain needs a date before 1900, no birth dates are kept, and nothing is planned beyond 2199), text without
 * control characters (other than tab and line breaks), NFC-normalised, and lists of at most {@value #MAX_ITEMS} items.
 * Fields with a tighter natural bound say so on their record (@Size); this is the safety net under all of them.
 */
public final class InputDomain {
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);
    public static final int MAX_ITEMS = 1000;

    private InputDomain() {
    }

    /** True when the value is a date or instant inside [MIN_DATE, MAX_DATE]; values of other types pass. */
    public static boolean dateInRange(Object value) {
        LocalDate day = dayOf(value);
        return day == null || (!day.isBefore(MIN_DATE) && !day.isAfter(MAX_DATE));
    }

    static LocalDate dayOf(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Instant i) {
            // Instant.MAX is beyond LocalDate's range: compare on the epoch second first.
            long seconds = i.getEpochSecond();
            if (seconds < MIN_DATE.atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 86_400) {
                return LocalDate.MIN;
            }
            if (seconds > MAX_DATE.plusDays(2).atStartOfDay(ZoneOffset.UTC).toEpochSecond()) {
                return LocalDate.MAX;
            }
            return LocalDate.ofInstant(i, ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime o) {
            return o.toLocalDate();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toLocalDate();
        }
        if (value instanceof LocalDateTime l) {
            return l.toLocalDate();
        }
        return null;
    }

    /** The first forbidden control character of a text (C0 other than \t \n \r, and DEL), if any. */
    public static Optional<Integer> controlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return Optional.of((int) c);
            }
        }
        return Optional.empty();
    }

    /** The text in Unicode NFC (Vietnamese is typed both precomposed and decomposed; stored once, precomposed). */
    public static String normalise(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text,
                Normalizer.Form.NFC);
    }
}
