package vn.tiepdan.petition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tiepdan.shared.api.ProblemException.FieldIssue;

/** One test per legal rule of petition processing. */
class PetitionRulesTest {

    private static ProcessableRule.Facts facts(PetitionContentType c, boolean anonymous, boolean named,
            boolean respondent) {
        return new ProcessableRule.Facts(c, "vi", null, true, true, anonymous, false, named, respondent, true, true);
    }

    @Test
    void processableRuleChecksArt6ConditionsWithTheAnonymousDenunciationException() {
        // TT 05/2021 Art. 6(2)(a); Luật TC Art. 25(2)
        assertTrue(ProcessableRule.check(facts(PetitionContentType.KHIEU_NAI, false, true, true)).processable());
        assertEquals(List.of("RESPONDENT"), ProcessableRule.check(facts(PetitionContentType.KHIEU_NAI, false, true,
                false)).unmet());
        assertTrue(ProcessableRule.check(facts(PetitionContentType.KIEN_NGHI_PHAN_ANH, false, true, false))
                .processable());
        var foreign = new ProcessableRule.Facts(PetitionContentType.KIEN_NGHI_PHAN_ANH, "en", false, false, false,
                false, false, true, false, true, false);
        assertEquals(List.of("LANGUAGE", "WRITTEN_DATE", "SIGNATURE"), ProcessableRule.check(foreign).unmet());
        var anonymous = ProcessableRule.check(facts(PetitionContentType.TO_CAO, true, false, true));
        assertEquals(List.of("SENDER"), anonymous.unmet());
        assertTrue(anonymous.anonymousDenunciationInfo());
        assertTrue(anonymous.processable());
        var anonymousComplaint = ProcessableRule.check(facts(PetitionContentType.KHIEU_NAI, true, false, true));
        assertFalse(anonymousComplaint.processable());
        var vague = ProcessableRule.check(facts(PetitionContentType.TO_CAO, true, false, false));
        assertFalse(vague.processable());
    }

    private static PetitionDtos.DecideRequest decide(PetitionDecision d, String ground, String note, UUID unit,
            String body, String slip, List<PetitionDtos.PartInput> parts) {
        return new PetitionDtos.DecideRequest(1L, d, ground, note, unit, body, slip, null, parts);
    }

    private static List<String> codes(List<FieldIssue> issues) {
        return issues.stream().map(i -> i.field() + ":" + i.code()).toList();
    }

    @Test
    void petitionDecisionRuleKeepsTheDecisionConsistentWithTheClassification() {
        // DOMAIN.md §6.2.3; Luật KN Art. 11; Luật TC Art. 25
        var eligible = new PetitionDecisionRule.Facts(PetitionContentType.KHIEU_NAI, Processable.DU_DIEU_KIEN,
                Competence.THUOC_THAM_QUYEN, false, false);
        assertEquals(List.of(), codes(PetitionDecisionRule.violations(eligible,
                decide(PetitionDecision.DE_XUAT_THU_LY, null, null, null, null, null, null))));
        var mixedOutside = new PetitionDecisionRule.Facts(PetitionContentType.NHIEU_NOI_DUNG,
                Processable.KHONG_DU_DIEU_KIEN, Competence.KHONG_THUOC_THAM_QUYEN, false, true);
        assertEquals(List.of("decision:NOT_PROCESSABLE", "decision:NOT_COMPETENT", "decision:MIXED_NEEDS_SPLIT",
                "decision:DUPLICATE"), codes(PetitionDecisionRule.violations(mixedOutside,
                        decide(PetitionDecision.DE_XUAT_THU_LY, null, null, null, null, null, null))));
        assertEquals(List.of("ground:REQUIRED"), codes(PetitionDecisionRule.violations(eligible,
                decide(PetitionDecision.KHONG_THU_LY, null, null, null, null, null, null))));
        assertEquals(List.of("ground:NOT_ART11_GROUND"), codes(PetitionDecisionRule.violations(eligible,
                decide(PetitionDecision.KHONG_THU_LY, "KN_ART11_10", null, null, null, null, null))));
        assertEquals(List.of(), codes(PetitionDecisionRule.violations(eligible,
                decide(PetitionDecision.KHONG_THU_LY, "KN_ART11_5", null, null, null, null, null))));
        assertEquals(List.of("transferToUnitId:REQUIRED", "transferSlipNo:REQUIRED", "decision:COMPETENT"),
                codes(PetitionDecisionRule.violations(eligible, decide(PetitionDecision.CHUYEN_DON, null, null, null,
                        null, null, null))));
        assertEquals(List.of("note:REQUIRED"), codes(PetitionDecisionRule.violations(eligible,
                decide(PetitionDecision.HUONG_DAN, null, " ", null, null, null, null))));
        assertEquals(List.of("note:REQUIRED"), codes(PetitionDecisionRule.violations(eligible,
                decide(PetitionDecision.TRA_LAI, null, null, null, null, null, null))));
        assertEquals(List.of("decision:NOT_MIXED", "parts:TOO_FEW"), codes(PetitionDecisionRule.violations(eligible,
                decide(PetitionDecision.TACH_NOI_DUNG, null, null, null, null, null, null))));
        assertEquals(List.of("parts[1].classification:INVALID"), codes(PetitionDecisionRule.violations(mixedOutside,
                decide(PetitionDecision.TACH_NOI_DUNG, null, null, null, null, null, List.of(
                        new PetitionDtos.PartInput(PetitionContentType.KHIEU_NAI, "a"),
                        new PetitionDtos.PartInput(PetitionContentType.NHIEU_NOI_DUNG, "b"))))));
        assertEquals(List.of("decision:NOT_ANONYMOUS_DENUNCIATION"), codes(PetitionDecisionRule.violations(eligible,
                decide(PetitionDecision.XU_LY_THONG_TIN_TO_CAO, null, null, null, null, null, null))));
        assertEquals(List.of(), codes(PetitionDecisionRule.violations(new PetitionDecisionRule.Facts(
                PetitionContentType.TO_CAO, Processable.DU_DIEU_KIEN, Competence.THUOC_THAM_QUYEN, true, false),
                decide(PetitionDecision.XU_LY_THONG_TIN_TO_CAO, null, null, null, null, null, null))));
        assertEquals(List.of("decision:ANONYMOUS_DENUNCIATION"), codes(PetitionDecisionRule.violations(
                new PetitionDecisionRule.Facts(PetitionContentType.TO_CAO, Processable.DU_DIEU_KIEN,
                        Competence.THUOC_THAM_QUYEN, true, false),
                decide(PetitionDecision.DE_XUAT_THU_LY, null, null, null, null, null, null))));
        assertEquals(PetitionStatus.FILED, PetitionDecisionRule.statusAfter(PetitionDecision.LUU_DON));
        assertEquals(PetitionStatus.DECIDED, PetitionDecisionRule.statusAfter(PetitionDecision.DON_DOC));
    }

    @Test
    void filingRuleKeepsAFiledPetitionOneYearAndWantsTheHead() {
        // TT 05/2021 Art. 28
        LocalDate filed = LocalDate.of(2026, 3, 2);
        assertEquals(LocalDate.of(2027, 3, 2), FilingRule.minimumDestroyAfter(filed));
        LocalDate after = FilingRule.minimumDestroyAfter(filed);
        assertEquals(Optional.of("RETENTION_RUNNING"), FilingRule.refusal(PetitionStatus.FILED, after,
                after.minusDays(1), true));
        assertEquals(Optional.empty(), FilingRule.refusal(PetitionStatus.FILED, after, after, true));
        assertEquals(Optional.of("HEAD_APPROVAL_REQUIRED"), FilingRule.refusal(PetitionStatus.FILED, after, after,
                false));
        assertEquals(Optional.of("NOT_FILED"), FilingRule.refusal(PetitionStatus.DECIDED, null, after, true));
    }

    @Test
    void senderRuleWantsTheTransferringBodyItsDocumentNumberAndDate() {
        // TT 05/2021 Art. 5 (nguồn đơn chuyển đến)
        assertEquals(List.of("senderBody", "senderDocNo", "senderDocDate"),
                SenderRule.missing(PetitionSource.CO_QUAN_KHAC_CHUYEN_DEN, " ", null, null));
        assertEquals(List.of(), SenderRule.missing(PetitionSource.CO_QUAN_KHAC_CHUYEN_DEN, "Thanh tra tỉnh",
                "120/PC-TTT", LocalDate.of(2026, 11, 2)));
        assertEquals(List.of(), SenderRule.missing(PetitionSource.BUU_CHINH, null, null, null));
    }

    @Test
    void duplicateRuleLinksOnlyToAnOriginalMasterInTheSameLineOfTheTree() {
        // TT 05/2021 Art. 6 (đơn trùng counted once)
        UUID self = UUID.randomUUID();
        UUID master = UUID.randomUUID();
        String own = "/dn/r/o/";
        assertEquals(Optional.of("UNKNOWN"), DuplicateRule.refusal(self, own, false, null));
        assertEquals(Optional.of("SELF"), DuplicateRule.refusal(self, own, false,
                new DuplicateRule.Master(self, null, own)));
        assertEquals(Optional.of("MASTER_IS_DUPLICATE"), DuplicateRule.refusal(self, own, false,
                new DuplicateRule.Master(master, UUID.randomUUID(), own)));
        assertEquals(Optional.of("HAS_DUPLICATES"), DuplicateRule.refusal(self, own, true,
                new DuplicateRule.Master(master, null, own)));
        assertEquals(Optional.of("OTHER_TREE"), DuplicateRule.refusal(self, own, false,
                new DuplicateRule.Master(master, null, "/dn/r/s/")));
        assertEquals(Optional.empty(), DuplicateRule.refusal(self, own, false,
                new DuplicateRule.Master(master, null, "/dn/r/")));
        assertEquals(Optional.empty(), DuplicateRule.refusal(self, own, false,
                new DuplicateRule.Master(master, null, "/dn/r/o/c/")));
    }
}
