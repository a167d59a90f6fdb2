package vn.tiepdan.support;

import io.quarkus.arc.Arc;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.tiepdan.shared.time.BusinessClock;

/**
 * The tests' view of the API's business clock (the same bean, in the same JVM): "today" in a test is the API's
 * today. The suite's instant is {@code TIEPDAN_TEST_NOW} (application.properties, %test); a test about fixed dates
 * moves the clock with {@link #set}, and {@link ResetClockBeforeEach} moves it back before the next test.
 */
public final class TestClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The instant the tests with fixed dates were written for (their {@link ClockAt}), and the suite's default. */
    public static final String WRITTEN_FOR = "2026-11-30T09:00:00+07:00";

    private TestClock() {
    }

    public static BusinessClock clock() {
        return Arc.container().instance(BusinessClock.class).get();
    }

    public static LocalDate today() {
        return LocalDate.now(clock());
    }

    public static Instant now() {
        return clock().instant();
    }

    /** Moves the clock to an ISO date (09:00 that day), local date-time or offset date-time, in Asia/Ho_Chi_Minh. */
    public static void set(String when) {
        clock().set(when);
    }

    public static void reset() {
        clock().reset();
    }
}
