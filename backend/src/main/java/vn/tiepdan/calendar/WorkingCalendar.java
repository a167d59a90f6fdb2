package vn.tiepdan.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one working-day calendar of the system (ARCHITECTURE.md): Monday to Friday ({@link WeekendRule}) minus the
 * days off and plus the weekend days worked that administrators keep in {@code calendar_day}. Features that count
 * working days (schedules, deadlines) inject this service.
 */
@ApplicationScoped
public class WorkingCalendar {
    /** How far {@link #nextWorkingDay} and {@link #plusWorkingDays} look before giving up (Tết is ~9 days). */
    private static final int MAX_SEARCH_DAYS = 400;

    private final CalendarDayRepository days;

    WorkingCalendar(CalendarDayRepository days) {
        this.days = days;
    }

    /** The working-day statuses of [from, to], loaded in one query; use it to test many days. */
    @Transactional
    public Days between(LocalDate from, LocalDate to) {
        Map<LocalDate, CalendarDay> exceptions = new HashMap<>();
        days.activeBetween(from, to).forEach(d -> exceptions.put(d.day(), d));
        return new Days(from, to, exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        return between(day, day).isWorkingDay(day);
    }

    /**
     * Whether administrators have entered the year's days off (at least one active DAY_OFF: every year has Tết
     * Dương lịch). Without them a working-day count would silently skip weekends only (DOMAIN.md §4.5: the holidays
     * and day swaps are announced yearly, never hard-coded).
     */
    @Transactional
    public boolean hasYear(int year) {
        Long until = coveredYears.get(year);
        if (until != null && until - System.nanoTime() > 0) {
            return true;
        }
        boolean covered = days.activeBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .anyMatch(d -> d.kind() == CalendarDayKind.DAY_OFF);
        if (covered) {
            // Only "covered" is remembered, briefly: a year just entered counts at once (deadline refreshes ask often).
            coveredYears.put(year, System.nanoTime() + COVERED_TTL_NANOS);
        }
        return covered;
    }

    private static final long COVERED_TTL_NANOS = 60_000_000_000L;
    private final java.util.concurrent.ConcurrentHashMap<Integer, Long> coveredYears =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The first working day on or after {@code day} (a holiday moves to the next working day, §4.2). */
    public LocalDate nextWorkingDay(LocalDate day) {
        Days range = between(day, day.plusDays(MAX_SEARCH_DAYS));
        for (LocalDate d = day; !d.isAfter(range.to); d = d.plusDays(1)) {
            if (range.isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("no working day within " + MAX_SEARCH_DAYS + " days");
    }

    /** The day {@code n} working days after {@code day} (day itself not counted); n = 0 gives day. */
    public LocalDate plusWorkingDays(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative");
        }
        Days range = between(day, day.plusDays(MAX_SEARCH_DAYS + 2L * n));
        LocalDate d = day;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (range.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** Day statuses over a loaded range. */
    public static final class Days {
        private final LocalDate from;
        private final LocalDate to;
        private final Map<LocalDate, CalendarDay> exceptions;

        Days(LocalDate from, LocalDate to, Map<LocalDate, CalendarDay> exceptions) {
            this.from = from;
            this.to = to;
            this.exceptions = exceptions;
        }

        public boolean isWorkingDay(LocalDate day) {
            if (day.isBefore(from) || day.isAfter(to)) {
                throw new IllegalArgumentException(day + " outside the loaded range");
            }
            CalendarDay exception = exceptions.get(day);
            if (exception != null) {
                return exception.kind() == CalendarDayKind.WORKING_DAY;
            }
            return !WeekendRule.isWeekend(day);
        }

        public DayStatus status(LocalDate day) {
            CalendarDay exception = exceptions.get(day);
            if (exception != null) {
                return new DayStatus(day, exception.kind() == CalendarDayKind.WORKING_DAY, exception.kind().name(),
                        exception.name());
            }
            boolean weekend = WeekendRule.isWeekend(day);
            return new DayStatus(day, !weekend, weekend ? "WEEKEND" : "WEEKDAY", null);
        }

        public List<DayStatus> all() {
            List<DayStatus> list = new ArrayList<>((int) ChronoUnit.DAYS.between(from, to) + 1);
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                list.add(status(d));
            }
            return list;
        }

        public int workingDaysCount(LocalDate start, LocalDate end) {
            int count = 0;
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    count++;
                }
            }
            return count;
        }
    }
}
