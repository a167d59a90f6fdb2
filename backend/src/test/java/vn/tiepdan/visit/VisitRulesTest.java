package vn.tiepdan.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One test per legal rule of the reception book. */
class VisitRulesTest {

    @Test
    void idNumberRuleChecksTheCccdProvinceCenturyAndBirthYearAndTheOtherDocuments() {
        assertEquals(Optional.empty(), IdNumberRule.check(IdDocType.CCCD, "075090001234", 2026));
        assertEquals(Optional.empty(), IdNumberRule.check(IdDocType.CCCD, "001305001234", 2026)); // born 2005
        assertEquals(Optional.of("CCCD_FORMAT"), IdNumberRule.check(IdDocType.CCCD, "07509000123", 2026));
        assertEquals(Optional.of("CCCD_FORMAT"), IdNumberRule.check(IdDocType.CCCD, "07509000123A", 2026));
        assertEquals(Optional.of("CCCD_PROVINCE"), IdNumberRule.check(IdDocType.CCCD, "003090001234", 2026));
        assertEquals(Optional.of("CCCD_PROVINCE"), IdNumberRule.check(IdDocType.CCCD, "097090001234", 2026));
        assertEquals(Optional.of("CCCD_CENTURY"), IdNumberRule.check(IdDocType.CCCD, "075490001234", 2026));
        assertEquals(Optional.of("CCCD_BIRTH_YEAR"), IdNumberRule.check(IdDocType.CCCD, "075230001234", 2026));
        assertEquals(Optional.empty(), IdNumberRule.check(IdDocType.CMND, "271234567", 2026));
        assertEquals(Optional.of("CMND_FORMAT"), IdNumberRule.check(IdDocType.CMND, "27123456", 2026));
        assertEquals(Optional.empty(), IdNumberRule.check(IdDocType.HO_CHIEU, "C1234567", 2026));
        assertEquals(Optional.of("PASSPORT_FORMAT"), IdNumberRule.check(IdDocType.HO_CHIEU, "c12-45", 2026));
        assertEquals(63, IdNumberRule.PROVINCES.size());
    }

    @Test
    void representativesRuleAllowsTwoForFiveToTenPeopleAndFiveFromEleven() {
        assertEquals(4, RepresentativesRule.max(4));
        assertEquals(2, RepresentativesRule.max(5));
        assertEquals(2, RepresentativesRule.max(10));
        assertEquals(5, RepresentativesRule.max(11));
        assertEquals(5, RepresentativesRule.max(200));
        assertFalse(RepresentativesRule.allows(7, 3));
        assertTrue(RepresentativesRule.allows(30, 5));
    }

    @Test
    void statementRuleRequiresASignatureOrFingerprintWithoutAPetition() {
        assertTrue(StatementRule.satisfied(true, null, false));
        assertFalse(StatementRule.satisfied(false, null, false));
        assertTrue(StatementRule.satisfied(false, StatementConfirmation.FINGERPRINTED, false));
        assertTrue(StatementRule.satisfied(false, null, true));
    }

    @Test
    void refusalRuleWantsTheHeadsNoticeTheMatterAndAUnitLeaderForR3() {
        var r3 = new VisitDtos.RefusalInput(RefusalGround.R3_VEXATIOUS_REPEAT, "Đã giải quyết", null, null, null,
                null, null, null);
        assertEquals(List.of("refusal.noticeNo", "refusal.noticeDate", "refusal.issuedByOfficialId", "matterId"),
                RefusalRule.missing(r3, null));
        var complete = new VisitDtos.RefusalInput(RefusalGround.R3_VEXATIOUS_REPEAT, "Đã giải quyết", true, null,
                false, "15/TB-UBND", LocalDate.of(2026, 10, 1), UUID.randomUUID());
        assertEquals(List.of(), RefusalRule.missing(complete, UUID.randomUUID()));
        var r2 = new VisitDtos.RefusalInput(RefusalGround.R2_MISCONDUCT, "Gây rối", true, "Công an phường", true,
                null, null, null);
        assertEquals(List.of(), RefusalRule.missing(r2, null));
        assertFalse(RefusalRule.mayRecord(RefusalGround.R3_VEXATIOUS_REPEAT, false));
        assertTrue(RefusalRule.mayRecord(RefusalGround.R2_MISCONDUCT, false));
        assertFalse(RefusalRule.validIssuer(false, true));
        assertTrue(RefusalRule.validIssuer(true, true));
    }

    @Test
    void confidentialityRuleCoversEveryVisitCarryingADenunciation() {
        assertTrue(ConfidentialityRule.confidential(Classification.TO_CAO, null));
        assertTrue(ConfidentialityRule.confidential(Classification.NHIEU_NOI_DUNG,
                List.of(Classification.KHIEU_NAI, Classification.TO_CAO)));
        assertFalse(ConfidentialityRule.confidential(Classification.NHIEU_NOI_DUNG,
                List.of(Classification.KHIEU_NAI, Classification.KIEN_NGHI_PHAN_ANH)));
        assertFalse(ConfidentialityRule.confidential(Classification.KHIEU_NAI, List.of(Classification.TO_CAO)));
        assertFalse(ConfidentialityRule.confidential(null, null));
    }

    @Test
    void largeGroupRuleStartsAtFivePeople() {
        assertFalse(LargeGroupRule.large(4));
        assertTrue(LargeGroupRule.large(5));
    }
}
