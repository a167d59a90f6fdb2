package vn.tiepdan.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WorkingCalendarTest {
    @Inject
    WorkingCalendar calendar;

    @Test
    void anOrdinaryWeekdayIsAWorkingDayAndAWeekendIsNot() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 5)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 6)));
    }

    @Test
    void aPublicHolidayIsNotAWorkingDay() {
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 1, 1)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 9, 2)));
    }

    @Test
    void aCompensatoryDayOffFollowsAHolidayOnASunday() {
        // Giỗ Tổ 26/4/2026 is a Sunday: Monday 27/4 is off.
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 4, 27)));
    }

    @Test
    void aSwappedSaturdayIsAWorkingDay() {
        assertTrue(calendar.isWorkingDay(LocalDate.of(2025, 4, 26)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2025, 5, 2)));
    }

    @Test
    void nextWorkingDaySkipsWeekendsAndHolidays() {
        assertEquals(LocalDate.of(2026, 12, 1), calendar.nextWorkingDay(LocalDate.of(2026, 12, 1)));
        assertEquals(LocalDate.of(2026, 4, 28), calendar.nextWorkingDay(LocalDate.of(2026, 4, 25)));
        assertEquals(LocalDate.of(2026, 2, 23), calendar.nextWorkingDay(LocalDate.of(2026, 2, 16)));
    }

    @Test
    void plusWorkingDaysCountsOnlyWorkingDays() {
        assertEquals(LocalDate.of(2025, 4, 26), calendar.plusWorkingDays(LocalDate.of(2025, 4, 25), 1));
        assertEquals(LocalDate.of(2025, 4, 28), calendar.plusWorkingDays(LocalDate.of(2025, 4, 26), 1));
        assertEquals(LocalDate.of(2025, 5, 5), calendar.plusWorkingDays(LocalDate.of(2025, 4, 29), 1));
        assertEquals(LocalDate.of(2026, 12, 14), calendar.plusWorkingDays(LocalDate.of(2026, 11, 30), 10));
        assertEquals(LocalDate.of(2026, 12, 1), calendar.plusWorkingDays(LocalDate.of(2026, 12, 1), 0));
    }
}
