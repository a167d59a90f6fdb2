package vn.tiepdan.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The business clock: every "now" and "today" of the application ({@link Clock} is produced from it). In production
 * it is the system clock in Vietnam's time zone. When started from a given instant ({@code tiepdan.clock.start},
 * the tests) it runs from that instant at the real pace, so the order of events is kept while "today" does not
 * depend on the day the suite runs. A settable clock ({@code tiepdan.clock.settable}, tests only) can be moved to an
 * instant by a test and back to the suite's instant afterwards.
 */
public final class BusinessClock extends Clock {
    private final ZoneId zone;
    private final Instant start;
    private final long startNanos;
    private final boolean settable;
    private volatile Instant movedTo;
    private volatile long movedNanos;

    BusinessClock(ZoneId zone, Instant start, boolean settable) {
        this.zone = Objects.requireNonNull(zone);
        this.start = start;
        this.startNanos = System.nanoTime();
        this.settable = settable;
    }

    /** The system clock in the zone. */
    public static BusinessClock system(ZoneId zone) {
        return new BusinessClock(zone, null, false);
    }

    /** Whether this clock runs from a configured instant instead of the system time. */
    public boolean isFixedStart() {
        return start != null;
    }

    /** Moves the clock to the instant; it runs on from there. Tests only. */
    public void set(Instant instant) {
        if (!settable) {
            throw new IllegalStateException("the business clock is not settable here (tiepdan.clock.settable=false)");
        }
        movedNanos = System.nanoTime();
        movedTo = Objects.requireNonNull(instant);
    }

    /** Moves the clock to a local date and time in the business zone. Tests only. */
    public void set(String isoLocalOrOffsetDateTime) {
        set(parse(isoLocalOrOffsetDateTime, zone));
    }

    /** Back to the configured start (or the system time), running as if it had never been moved. */
    public void reset() {
        movedTo = null;
    }

    static Instant parse(String text, ZoneId zone) {
        String t = text.trim();
        if (t.length() == 10) {
            return java.time.LocalDate.parse(t).atTime(9, 0).atZone(zone).toInstant();
        }
        try {
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return java.time.LocalDateTime.parse(t).atZone(zone).toInstant();
        }
    }

    @Override
    public Instant instant() {
        Instant moved = movedTo;
        if (moved != null) {
            return moved.plusNanos(System.nanoTime() - movedNanos);
        }
        if (start != null) {
            return start.plusNanos(System.nanoTime() - startNanos);
        }
        return Instant.now();
    }

    @Override
    public long millis() {
        return instant().toEpochMilli();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        if (other.equals(zone)) {
            return this;
        }
        BusinessClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return self.withZone(z);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }

    @Override
    public String toString() {
        return "BusinessClock[" + ZonedDateTime.ofInstant(instant(), zone) + (settable ? ", settable" : "") + "]";
    }
}
