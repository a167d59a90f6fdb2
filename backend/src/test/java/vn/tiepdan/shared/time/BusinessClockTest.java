package vn.tiepdan.shared.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class BusinessClockTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void theProductionClockIsTheSystemClockAndCannotBeMoved() {
        BusinessClock clock = BusinessClock.system(VN);
        assertFalse(clock.isFixedStart());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
        assertThrows(IllegalStateException.class, () -> clock.set("2026-06-30"));
    }

    @Test
    void aStartedClockRunsFromItsInstantAndTodayIsVietnamsToday() throws InterruptedException {
        // 23:30 in Hanoi is still the day before in UTC: "today" is the business zone's.
        BusinessClock clock = new BusinessClock(VN, BusinessClock.parse("2027-09-02T23:30:00+07:00", VN), true);
        assertEquals(LocalDate.of(2027, 9, 2), LocalDate.now(clock));
        Instant first = clock.instant();
        Thread.sleep(5);
        assertTrue(clock.instant().isAfter(first), "the clock runs on, so events keep their order");
        assertTrue(Duration.between(Instant.parse("2027-09-02T16:30:00Z"), first).toSeconds() < 5);
    }

    @Test
    void aTestMovesTheClockAndResetReturnsToTheSuitesClock() {
        BusinessClock clock = new BusinessClock(VN, BusinessClock.parse("2026-11-30T09:00", VN), true);
        clock.set("2026-06-30");
        assertEquals(LocalDate.of(2026, 6, 30), LocalDate.now(clock));
        assertEquals(9, clock.instant().atZone(VN).getHour(), "a date alone means 09:00 that day");
        clock.reset();
        assertEquals(LocalDate.of(2026, 11, 30), LocalDate.now(clock));
        assertEquals(VN, clock.withZone(ZoneId.of("UTC")).withZone(VN).getZone());
    }
}
