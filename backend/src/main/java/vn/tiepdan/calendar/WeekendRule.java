package vn.tiepdan.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Quyết định 188/1999/QĐ-TTg, Điều 1: state agencies work Monday to Friday; Saturday and Sunday are days off. */
public final class WeekendRule {
    public static final String LEGAL_BASIS = "Quyết định 188/1999/QĐ-TTg, Điều 1";

    private WeekendRule() {
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }
}
