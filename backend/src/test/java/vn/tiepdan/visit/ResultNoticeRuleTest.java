package vn.tiepdan.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tiepdan.calendar.WorkingCalendar;

/** The result notice is due 10 working days after reception (Luật TCD Art. 28), on the one working calendar. */
@QuarkusTest
class ResultNoticeRuleTest {
    @Inject
    WorkingCalendar calendar;

    @Test
    void tenWorkingDaysSkipWeekendsAndHolidays() {
        // Friday 20/11/2026 → Friday 04/12/2026.
        assertEquals(LocalDate.of(2026, 12, 4), ResultNoticeRule.due(LocalDate.of(2026, 11, 20), calendar));
        // Across Tết Dương lịch (01/01/2027, a holiday): Monday 28/12/2026 → Tuesday 12/01/2027.
        assertEquals(LocalDate.of(2027, 1, 12), ResultNoticeRule.due(LocalDate.of(2026, 12, 28), calendar));
    }
}
