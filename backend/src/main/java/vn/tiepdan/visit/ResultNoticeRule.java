package vn.tiepdan.visit;

import java.time.LocalDate;
import vn.tiepdan.calendar.WorkingCalendar;

/** The citizen is notified of the handling within 10 working days of reception (Luật TCD Art. 28). */
final class ResultNoticeRule {
    static final int WORKING_DAYS = 10;

    private ResultNoticeRule() {
    }

    static LocalDate due(LocalDate received, WorkingCalendar calendar) {
        return calendar.plusWorkingDays(received, WORKING_DAYS);
    }
}
