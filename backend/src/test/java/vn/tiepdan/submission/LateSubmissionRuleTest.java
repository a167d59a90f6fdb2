package vn.tiepdan.submission;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LateSubmissionRuleTest {
    @Test
    void theDueDateItselfIsOnTimeTheDayAfterIsLate() {
        LocalDate due = LocalDate.of(2026, 3, 18);
        assertFalse(LateSubmissionRule.late(LocalDate.of(2026, 3, 15), due));
        assertFalse(LateSubmissionRule.late(due, due));
        assertTrue(LateSubmissionRule.late(LocalDate.of(2026, 3, 19), due));
        assertFalse(LateSubmissionRule.late(LocalDate.of(2030, 1, 1), null), "no due date, never late");
    }
}
