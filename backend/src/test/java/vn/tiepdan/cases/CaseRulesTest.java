package vn.tiepdan.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.Violations;

/** One test per legal rule of the cases feature. */
class CaseRulesTest {

    @Test
    void complexityRuleCountsCriteria() {
        // NĐ 31/2019 Art. 3: one criterion complex, two or more very complex.
        assertEquals(new ComplexityRule.Complexity(false, false), ComplexityRule.of(List.of()));
        assertEquals(new ComplexityRule.Complexity(true, false), ComplexityRule.of(List.of("MULTI_LOCATION")));
        assertEquals(new ComplexityRule.Complexity(true, false),
                ComplexityRule.of(List.of("MULTI_LOCATION", "MULTI_LOCATION")));
        assertEquals(new ComplexityRule.Complexity(true, true),
                ComplexityRule.of(List.of("MULTI_LOCATION", "FOREIGN_ELEMENT")));
        assertFalse(ComplexityRule.known(List.of("BIG")));
    }

    @Test
    void complaintSuspensionRuleStartsFirstJuly2026() {
        // Luật 136/2025/QH15: suspension of a complaint's resolution from 1/7/2026.
        assertFalse(ComplaintSuspensionRule.allowed(LocalDate.of(2026, 6, 30)));
        assertTrue(ComplaintSuspensionRule.allowed(LocalDate.of(2026, 7, 1)));
        assertFalse(ComplaintSuspensionRule.allowed(null));
    }

    @Test
    void notAcceptedGroundRuleByType() {
        // Luật KN Art. 11; Luật TC Art. 29(1).
        assertTrue(NotAcceptedGroundRule.valid(CaseType.KHIEU_NAI, "KN_ART11_5"));
        assertFalse(NotAcceptedGroundRule.valid(CaseType.KHIEU_NAI, "KN_ART11_11"));
        assertFalse(NotAcceptedGroundRule.valid(CaseType.KHIEU_NAI, "TC_ART29_1_BASIS"));
        assertTrue(NotAcceptedGroundRule.valid(CaseType.TO_CAO, "TC_ART29_1_BASIS"));
        assertFalse(NotAcceptedGroundRule.valid(CaseType.KIEN_NGHI_PHAN_ANH, "KN_ART11_1"));
    }

    @Test
    void extensionRuleAtMostThirtyDays() {
        // Luật TC Art. 30(1): each extension at most 30 days (the count is the engine's).
        Violations ok = new Violations();
        ExtensionRule.check(30, ok);
        assertTrue(ok.isEmpty());
        Violations tooLong = new Violations();
        ExtensionRule.check(31, tooLong);
        assertEquals("OUT_OF_RANGE", tooLong.issues().get(0).code());
        Violations missing = new Violations();
        ExtensionRule.check(null, missing);
        assertEquals("days", missing.issues().get(0).field());
    }

    @Test
    void complaintDialogueRuleAtSecondInstance() {
        // Luật KN Art. 39: dialogue before the second-instance decision.
        assertTrue(ComplaintDialogueRule.satisfied(1, false));
        assertFalse(ComplaintDialogueRule.satisfied(2, false));
        assertTrue(ComplaintDialogueRule.satisfied(2, true));
    }

    @Test
    void decisionFieldsRuleNamesEachMissingField() {
        // Luật KN Art. 31, 40; Luật TC Art. 35.
        Violations v = new Violations();
        DecisionFieldsRule.check(null, null, " ", "X", Set.of("DUNG"), v);
        DecisionFieldsRule.nonNegative(BigDecimal.valueOf(-1), "moneyReturn", v);
        DecisionFieldsRule.nonNegative(-1, "personsRestored", v);
        assertEquals(List.of("docNo", "signedOn", "signerName", "result", "moneyReturn", "personsRestored"),
                v.issues().stream().map(ProblemException.FieldIssue::field).toList());
    }

    @Test
    void deadlineBadgeColours() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertEquals(DeadlineBadge.Colour.RED, DeadlineBadge.of(today.minusDays(1), "ACTIVE", today).colour());
        assertTrue(DeadlineBadge.of(today.minusDays(1), "ACTIVE", today).overdue());
        assertEquals(DeadlineBadge.Colour.RED, DeadlineBadge.of(today.plusDays(3), "ACTIVE", today).colour());
        assertEquals(DeadlineBadge.Colour.AMBER, DeadlineBadge.of(today.plusDays(4), "ACTIVE", today).colour());
        assertEquals(DeadlineBadge.Colour.AMBER, DeadlineBadge.of(today.plusDays(7), "ACTIVE", today).colour());
        assertEquals(DeadlineBadge.Colour.GREEN, DeadlineBadge.of(today.plusDays(8), "ACTIVE", today).colour());
        assertEquals(DeadlineBadge.Colour.NONE, DeadlineBadge.of(null, "PAUSED", today).colour());
        assertEquals(DeadlineBadge.Colour.NONE, DeadlineBadge.of(today, "MET", today).colour());
    }
}
