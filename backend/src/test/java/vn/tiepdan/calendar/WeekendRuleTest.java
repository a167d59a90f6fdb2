package vn.tiepdan.calendar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WeekendRuleTest {
    @Test
    void saturdayAndSundayAreTheWeekend() {
        assertTrue(WeekendRule.isWeekend(LocalDate.of(2026, 11, 28)));
        assertTrue(WeekendRule.isWeekend(LocalDate.of(2026, 11, 29)));
        assertFalse(WeekendRule.isWeekend(LocalDate.of(2026, 11, 30)));
    }
}
