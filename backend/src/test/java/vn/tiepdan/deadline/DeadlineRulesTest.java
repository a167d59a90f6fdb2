package vn.tiepdan.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tiepdan.shared.api.ProblemException;

/**
 * One test per case rule of DOMAIN.md Appendix A, computed from the seeded rule versions (V6) on the working
 * calendar of V4 (2026: Tết 16–20/2, 27/4, 30/4–1/5, 1–2/9; 2027: 1/1, Tết 4–10/2).
 */
@QuarkusTest
class DeadlineRulesTest {
    @Inject
    DeadlineService service;

    private Due due(String code, String start, DeadlineVariant... variants) {
        return service.compute(new ComputeDeadlineRequest(code, LocalDate.parse(start), List.of(variants), null,
                null));
    }

    private Due due(String code, String start, List<DeadlinePause> pauses, List<DeadlineExtension> extensions,
            DeadlineVariant... variants) {
        return service.compute(new ComputeDeadlineRequest(code, LocalDate.parse(start), List.of(variants), pauses,
                extensions));
    }

    private static void assertDue(String expected, Due due) {
        assertEquals(LocalDate.parse(expected), due.dueOn(), String.join("\n", due.steps()));
    }

    @Test
    void visitResultNoticeTenWorkingDaysAcrossTheAprilHolidays() {
        // Luật Tiếp công dân 2013, Điều 28: Fri 24/4/2026; 27/4, 30/4 and 1/5 are off.
        Due due = due("TCD.NOTIFY_RESULT", "2026-04-24");
        assertDue("2026-05-13", due);
        assertEquals(DeadlineUnit.WORKING_DAY, due.unit());
        assertNull(due.shiftedFrom());
        assertFalse(due.needsLegalConfirmation());
    }

    @Test
    void petitionProcessingTenWorkingDaysAcrossTet() {
        // Thông tư 05/2021/TT-TTCP: Fri 13/2/2026, Tết 16–20/2 not counted.
        assertDue("2026-03-06", due("XLD.PROCESS", "2026-02-13"));
    }

    @Test
    void filedPetitionIsKeptOneYearAndTetMovesTheEnd() {
        // Thông tư 05/2021/TT-TTCP, Điều 28: 04/02/2027 falls in Tết → Thu 11/02/2027.
        Due due = due("XLD.ARCHIVE_RETENTION", "2026-02-04");
        assertDue("2027-02-11", due);
        assertEquals(LocalDate.of(2027, 2, 4), due.shiftedFrom());
    }

    @Test
    void complaintLimitationNinetyDaysEndingOnASundayMoves() {
        // Luật Khiếu nại 2011, Điều 9; BLDS 2015 Điều 148: 31/5/2026 is a Sunday → Mon 1/6.
        Due due = due("KN.LIMITATION", "2026-03-02");
        assertDue("2026-06-01", due);
        assertEquals(LocalDate.of(2026, 5, 31), due.shiftedFrom());
        assertEquals("SHIFT", due.adjustments().get(due.adjustments().size() - 1).kind());
    }

    @Test
    void complaintLimitationDoesNotCountAnObstaclePeriod() {
        // Luật Khiếu nại 2011, Điều 9: 10 days of illness are not counted.
        Due due = due("KN.LIMITATION", "2026-03-02",
                List.of(new DeadlinePause(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10))), null);
        assertDue("2026-06-10", due);
        assertEquals(10, due.pausedDays());
    }

    @Test
    void firstComplaintAcceptanceTenWorkingDaysAcrossNationalDay() {
        // Luật Khiếu nại 2011, Điều 27 (TTHC "10 ngày làm việc"; unit to confirm): 1–2/9/2026 off.
        Due due = due("KN.ACCEPT_L1", "2026-08-24");
        assertDue("2026-09-09", due);
        assertTrue(due.needsLegalConfirmation());
    }

    @Test
    void firstComplaintResolutionRemoteAndComplexSixtyDays() {
        // Luật Khiếu nại 2011, Điều 28: remote + complex ≤ 60 days; 29/8/2026 is a Saturday → Mon 31/8.
        Due due = due("KN.RESOLVE_L1", "2026-06-30", DeadlineVariant.REMOTE, DeadlineVariant.COMPLEX);
        assertDue("2026-08-31", due);
        assertEquals("REMOTE_COMPLEX", due.variantApplied());
        assertEquals(60, due.variantDays());
        assertEquals(30, due.baseDays());
        assertEquals(LocalDate.of(2026, 8, 29), due.shiftedFrom());
        assertTrue(due.needsLegalConfirmation());
        assertDue("2026-07-30", due("KN.RESOLVE_L1", "2026-06-30"));
    }

    @Test
    void suspensionOfAComplaintCountsOnlyFromFirstJuly2026() {
        // Luật Khiếu nại 2011, Điều 28, sửa đổi bởi Luật 136/2025/QH15 (tạm đình chỉ from 1/7/2026) [I].
        List<DeadlinePause> pause = List.of(new DeadlinePause(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 19)));
        Due before = due("KN.RESOLVE_L1", "2026-06-30", pause, null);
        assertEquals(LocalDate.of(2012, 7, 1), before.ruleValidFrom());
        assertEquals(0, before.pausedDays());
        assertDue("2026-07-30", before);
        Due after = due("KN.RESOLVE_L1", "2026-07-01", pause, null);
        assertEquals(LocalDate.of(2026, 7, 1), after.ruleValidFrom());
        assertEquals(10, after.pausedDays());
        assertDue("2026-08-10", after);
        assertTrue(after.legalBasis().contains("136/2025"));
    }

    @Test
    void secondComplaintOrLawsuitRemoteFortyFiveDays() {
        // Luật Khiếu nại 2011, Điều 33: 30 days, remote 45.
        assertDue("2026-04-09", due("KN.SECOND_OR_SUE", "2026-03-10"));
        assertDue("2026-04-24", due("KN.SECOND_OR_SUE", "2026-03-10", DeadlineVariant.REMOTE));
    }

    @Test
    void secondComplaintAcceptanceTenWorkingDaysAcrossNewYear() {
        // Luật Khiếu nại 2011, Điều 36: 01/01/2027 is off.
        assertDue("2027-01-12", due("KN.ACCEPT_L2", "2026-12-28"));
    }

    @Test
    void secondComplaintResolutionComplexSixtyDays() {
        // Luật Khiếu nại 2011, Điều 37: complex ≤ 60; 30/8/2026 is a Sunday → Mon 31/8; version from 1/7/2026.
        Due due = due("KN.RESOLVE_L2", "2026-07-01", DeadlineVariant.COMPLEX);
        assertDue("2026-08-31", due);
        assertEquals(LocalDate.of(2026, 7, 1), due.ruleValidFrom());
        assertDue("2026-09-09", due("KN.RESOLVE_L2", "2026-07-01", DeadlineVariant.REMOTE, DeadlineVariant.COMPLEX));
    }

    @Test
    void firstDecisionTakesEffectAfterThirtyDaysMovedOffNationalDay() {
        // Luật Khiếu nại 2011, Điều 44 [M]: 02/9/2026 is Quốc khánh → Thu 3/9.
        Due due = due("KN.EFFECTIVE_L1", "2026-08-03");
        assertDue("2026-09-03", due);
        assertEquals(LocalDate.of(2026, 9, 2), due.shiftedFrom());
    }

    @Test
    void secondDecisionTakesEffectAfterFortyFiveDaysInARemoteArea() {
        // Luật Khiếu nại 2011, Điều 44 [M]: remote 45 days.
        assertDue("2026-09-17", due("KN.EFFECTIVE_L2", "2026-08-03", DeadlineVariant.REMOTE));
    }

    @Test
    void lawsuitOneYearEndingOnNewYearMovesPastTheSwappedDay() {
        // Luật Tố tụng hành chính 2015, Điều 116: 1/1/2026 and 2/1/2026 off, then a weekend → Mon 5/1/2026.
        Due due = due("KN.LAWSUIT", "2025-01-01");
        assertDue("2026-01-05", due);
        assertEquals(LocalDate.of(2026, 1, 1), due.shiftedFrom());
        assertEquals(DeadlineUnit.YEAR, due.unit());
    }

    @Test
    void afterTerminationThirtyDays() {
        // Luật Khiếu nại 2011, Điều 11(8).
        assertDue("2026-12-02", due("KN.AFTER_TERMINATION", "2026-11-02"));
    }

    @Test
    void denunciationIntakeSevenWorkingDaysOrTenWhenChecksAreNeededAtSeveralPlaces() {
        // Luật Tố cáo 2018, Điều 24 [M]: 1–2/9/2026 off.
        assertDue("2026-09-10", due("TC.INTAKE", "2026-08-28"));
        assertDue("2026-09-15", due("TC.INTAKE", "2026-08-28", DeadlineVariant.COMPLEX));
    }

    @Test
    void denunciationTransferFiveWorkingDays() {
        // Luật Tố cáo 2018, Điều 24 [M].
        assertDue("2026-11-23", due("TC.TRANSFER", "2026-11-16"));
    }

    @Test
    void denunciationAcceptanceNoticeFiveWorkingDaysAcrossTheAprilHolidays() {
        // Luật Tố cáo 2018, Điều 29(3).
        assertDue("2026-05-08", due("TC.NOTIFY_ACCEPT", "2026-04-29"));
    }

    @Test
    void denunciationResolutionThirtyDaysMovedOffNationalDay() {
        // Luật Tố cáo 2018, Điều 30(1).
        Due due = due("TC.RESOLVE", "2026-08-03");
        assertDue("2026-09-03", due);
        assertTrue(due.needsLegalConfirmation());
    }

    @Test
    void complexDenunciationIsExtendedOnce() {
        // Luật Tố cáo 2018, Điều 30(2): once, ≤ 30 days.
        Due due = due("TC.RESOLVE", "2026-08-03", null, List.of(new DeadlineExtension(30, "15/QĐ-UBND")),
                DeadlineVariant.COMPLEX);
        assertDue("2026-10-02", due);
        assertEquals(60, due.days());
        assertEquals(1, due.extensions().size());
        ProblemException twice = assertThrows(ProblemException.class, () -> due("TC.RESOLVE", "2026-08-03", null,
                List.of(new DeadlineExtension(30, "15/QĐ-UBND"), new DeadlineExtension(30, "16/QĐ-UBND")),
                DeadlineVariant.COMPLEX));
        assertEquals("extensions", twice.issues().get(0).field());
    }

    @Test
    void veryComplexDenunciationIsExtendedTwiceAndNotAThirdTime() {
        // Luật Tố cáo 2018, Điều 30(3): twice, ≤ 30 days each; 1/11/2026 is a Sunday → Mon 2/11.
        List<DeadlineExtension> two = List.of(new DeadlineExtension(30, "15/QĐ-UBND"),
                new DeadlineExtension(30, "16/QĐ-UBND"));
        Due due = due("TC.RESOLVE", "2026-08-03", null, two, DeadlineVariant.VERY_COMPLEX);
        assertDue("2026-11-02", due);
        assertEquals(LocalDate.of(2026, 11, 1), due.shiftedFrom());
        ProblemException third = assertThrows(ProblemException.class, () -> due("TC.RESOLVE", "2026-08-03", null,
                List.of(two.get(0), two.get(1), new DeadlineExtension(30, "17/QĐ-UBND")),
                DeadlineVariant.VERY_COMPLEX));
        assertEquals("extensions", third.issues().get(0).field());
        assertEquals("TOO_MANY_EXTENSIONS", third.issues().get(0).code());
        ProblemException simple = assertThrows(ProblemException.class, () -> due("TC.RESOLVE", "2026-08-03", null,
                List.of(two.get(0))));
        assertEquals("extensions", simple.issues().get(0).field());
        ProblemException tooLong = assertThrows(ProblemException.class, () -> due("TC.RESOLVE", "2026-08-03", null,
                List.of(new DeadlineExtension(31, "15/QĐ-UBND")), DeadlineVariant.COMPLEX));
        assertEquals("extensions[0].days", tooLong.issues().get(0).field());
    }

    @Test
    void denunciationSuspensionIsNotCounted() {
        // Luật Tố cáo 2018, Điều 34 (thời gian tạm đình chỉ không tính): 10 days; 12/9/2026 is a Saturday.
        Due due = due("TC.RESOLVE", "2026-08-03",
                List.of(new DeadlinePause(LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 19))), null);
        assertDue("2026-09-14", due);
        assertEquals(10, due.pausedDays());
        assertEquals(40, due.days());
    }

    @Test
    void suspensionAndTerminationNoticesFiveWorkingDays() {
        // Luật Tố cáo 2018, Điều 34: Fri 13/2/2026 across Tết.
        assertDue("2026-02-27", due("TC.NOTIFY_SUSPEND_TERMINATE", "2026-02-13"));
    }

    @Test
    void policeNotifyAcceptanceTwentyDaysOrSixtyWhenComplex() {
        // Luật Tố cáo 2018, Điều 28: 30/4 and 1/5/2026 off, then a weekend → Mon 4/5.
        Due due = due("TC.POLICE_NOTIFY", "2026-04-10");
        assertDue("2026-05-04", due);
        assertEquals(LocalDate.of(2026, 4, 30), due.shiftedFrom());
        assertDue("2026-06-09", due("TC.POLICE_NOTIFY", "2026-04-10", DeadlineVariant.COMPLEX));
    }

    @Test
    void unknownRulesMissingDatesAndDatesBeforeTheStatuteAreRefused() {
        ProblemException unknown = assertThrows(ProblemException.class, () -> due("KN.NOPE", "2026-08-03"));
        assertEquals("ruleCode", unknown.issues().get(0).field());
        ProblemException missing = assertThrows(ProblemException.class, () -> service.compute(
                new ComputeDeadlineRequest("TC.RESOLVE", null, null, null, null)));
        assertEquals("startDate", missing.issues().get(0).field());
        ProblemException early = assertThrows(ProblemException.class, () -> due("TC.RESOLVE", "2018-12-31"));
        assertEquals("NO_RULE_IN_FORCE", early.issues().get(0).code());
    }

    @Test
    void everyCaseRuleOfAppendixAIsSeeded() {
        List<String> codes = service.list(LocalDate.of(2026, 7, 1), null).stream().map(DeadlineRule::code)
                .filter(c -> !c.startsWith("T.RULE-")).toList();
        assertEquals(List.of("KN.ACCEPT_L1", "KN.ACCEPT_L2", "KN.AFTER_TERMINATION", "KN.EFFECTIVE_L1",
                "KN.EFFECTIVE_L2", "KN.LAWSUIT", "KN.LIMITATION", "KN.RESOLVE_L1", "KN.RESOLVE_L2", "KN.SECOND_OR_SUE",
                "TC.INTAKE", "TC.NOTIFY_ACCEPT", "TC.NOTIFY_SUSPEND_TERMINATE", "TC.POLICE_NOTIFY", "TC.RESOLVE",
                "TC.TRANSFER", "TCD.NOTIFY_RESULT", "XLD.ARCHIVE_RETENTION", "XLD.PROCESS"), codes);
    }
}
