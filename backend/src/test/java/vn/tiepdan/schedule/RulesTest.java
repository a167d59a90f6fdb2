package vn.tiepdan.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesTest {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void onlineReceptionIsAllowedFromFirstJuly2026() {
        assertFalse(OnlineReceptionRule.allows(Channel.ONLINE, LocalDate.of(2026, 6, 30)));
        assertTrue(OnlineReceptionRule.allows(Channel.ONLINE, LocalDate.of(2026, 7, 1)));
        assertTrue(OnlineReceptionRule.allows(Channel.IN_PERSON, LocalDate.of(2026, 6, 30)));
    }

    @Test
    void aCheckInMoreThanTenMinutesAfterThePlannedStartIsLate() {
        LocalDateTime planned = LocalDateTime.of(2026, 12, 1, 7, 0);
        assertFalse(LateArrivalRule.isLate(planned, ZonedDateTime.of(planned.plusMinutes(10), VN).toInstant(), VN));
        assertTrue(LateArrivalRule.isLate(planned, ZonedDateTime.of(planned.plusMinutes(11), VN).toInstant(), VN));
        assertFalse(LateArrivalRule.isLate(planned, null, VN));
    }

    @Test
    void theTransitionTableAllowsOnlyTheDrawnActions() {
        assertEquals(List.of(SessionAction.PUBLISH, SessionAction.CANCEL, SessionAction.POSTPONE,
                SessionAction.DELEGATE), SessionTransitions.allowed(SessionStatus.PLANNED, false));
        assertEquals(List.of(SessionAction.CHECK_OUT, SessionAction.DELEGATE),
                SessionTransitions.allowed(SessionStatus.PUBLISHED, true));
        assertEquals(List.of(), SessionTransitions.allowed(SessionStatus.CANCELLED, false));
        assertEquals(List.of(), SessionTransitions.allowed(SessionStatus.HELD, false));
    }

    @Test
    void aDailyWeekdayRuleExpandsToWeekdays() {
        List<LocalDate> days = Recurrence.parse("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR")
                .dates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31));
        assertEquals(23, days.size());
        assertTrue(days.stream().noneMatch(d -> d.getDayOfWeek().getValue() >= 6));
    }

    @Test
    void aMonthlyOrdinalRuleGivesTheSecondTuesday() {
        assertEquals(List.of(LocalDate.of(2026, 12, 8), LocalDate.of(2027, 1, 12)), Recurrence.parse(
                "FREQ=MONTHLY;BYDAY=2TU").dates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 1, 31)));
    }

    @Test
    void byMonthDayIntervalCountAndUntilAreHonoured() {
        assertEquals(List.of(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 2, 15)), Recurrence.parse(
                "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=15").dates(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1),
                        LocalDate.of(2027, 3, 31)));
        assertEquals(3, Recurrence.parse("FREQ=WEEKLY;BYDAY=WE;COUNT=3").dates(LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31)).size());
        assertEquals(List.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 9)), Recurrence.parse(
                "FREQ=WEEKLY;BYDAY=WE;UNTIL=20261209T235959Z").dates(LocalDate.of(2026, 12, 1),
                        LocalDate.of(2026, 12, 1), LocalDate.of(2027, 3, 31)));
    }

    @Test
    void malformedOrUnsupportedRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Recurrence.parse("FREQ=SOMETIMES"));
        assertThrows(IllegalArgumentException.class, () -> Recurrence.parse("not a rule"));
        assertThrows(IllegalArgumentException.class, () -> Recurrence.parse("FREQ=HOURLY"));
        assertThrows(IllegalArgumentException.class, () -> Recurrence.parse("FREQ=DAILY;BYHOUR=7"));
    }
}
