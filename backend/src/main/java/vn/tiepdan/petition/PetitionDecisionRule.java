package vn.tiepdan.petition;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.tiepdan.shared.api.ProblemException.FieldIssue;

/** The handling decision must fit the classification (DOMAIN.md §6.2.3; TT 05/2021 Arts. 6, 20–28; Luật KN Art. 11; Luật TC Art. 25). */
final class PetitionDecisionRule {
    /** Luật Khiếu nại 2011 Art. 11: the nine grounds for not accepting a complaint. */
    static final Pattern COMPLAINT_GROUND = Pattern.compile("KN_ART11_[1-9]");

    private PetitionDecisionRule() {
    }

    /** The classified petition as the rule sees it. */
    record Facts(PetitionContentType classification, Processable processable, Competence competence,
            boolean anonymousOrPseudonymous, boolean duplicate) {
    }

    /** Every inconsistency, as field issues of the decide request. */
    static List<FieldIssue> violations(Facts f, PetitionDtos.DecideRequest r) {
        List<FieldIssue> v = new ArrayList<>();
        if (r.decision() == null) {
            return v;
        }
        switch (r.decision()) {
            case DE_XUAT_THU_LY -> {
                if (f.processable() != Processable.DU_DIEU_KIEN) {
                    v.add(issue("decision", "NOT_PROCESSABLE", "petition.decide.not-processable"));
                }
                if (f.competence() != Competence.THUOC_THAM_QUYEN) {
                    v.add(issue("decision", "NOT_COMPETENT", "petition.decide.not-competent"));
                }
                if (f.classification() == PetitionContentType.NHIEU_NOI_DUNG) {
                    v.add(issue("decision", "MIXED_NEEDS_SPLIT", "petition.decide.mixed"));
                }
                if (f.duplicate()) {
                    v.add(issue("decision", "DUPLICATE", "petition.decide.duplicate"));
                }
                if (f.classification() == PetitionContentType.TO_CAO && f.anonymousOrPseudonymous()) {
                    // Luật TC Art. 25: anonymous or pseudonymous information is not handled as a denunciation
                    v.add(issue("decision", "ANONYMOUS_DENUNCIATION", "petition.decide.anonymous"));
                }
            }
            case KHONG_THU_LY -> {
                if (blank(r.ground())) {
                    v.add(issue("ground", "REQUIRED", "validation.required"));
                } else if (f.classification() == PetitionContentType.KHIEU_NAI
                        && !COMPLAINT_GROUND.matcher(r.ground()).matches()) {
                    v.add(issue("ground", "NOT_ART11_GROUND", "petition.decide.art11"));
                }
            }
            case CHUYEN_DON -> {
                if (r.transferToUnitId() == null && blank(r.transferToBody())) {
                    v.add(issue("transferToUnitId", "REQUIRED", "petition.decide.transfer-target"));
                }
                if (r.transferToUnitId() != null && !blank(r.transferToBody())) {
                    v.add(issue("transferToBody", "ONE_TARGET", "petition.decide.transfer-one-target"));
                }
                if (blank(r.transferSlipNo())) {
                    v.add(issue("transferSlipNo", "REQUIRED", "validation.required"));
                }
                if (f.competence() != Competence.KHONG_THUOC_THAM_QUYEN) {
                    v.add(issue("decision", "COMPETENT", "petition.decide.competent"));
                }
            }
            case HUONG_DAN, TRA_LAI -> {
                if (blank(r.note())) {
                    v.add(issue("note", "REQUIRED", "validation.required"));
                }
            }
            case TACH_NOI_DUNG -> {
                if (f.classification() != PetitionContentType.NHIEU_NOI_DUNG) {
                    v.add(issue("decision", "NOT_MIXED", "petition.decide.not-mixed"));
                }
                if (r.parts() == null || r.parts().size() < 2) {
                    v.add(issue("parts", "TOO_FEW", "petition.decide.parts"));
                } else {
                    for (int i = 0; i < r.parts().size(); i++) {
                        PetitionDtos.PartInput part = r.parts().get(i);
                        if (part.classification() == null || part.classification() == PetitionContentType.NHIEU_NOI_DUNG) {
                            v.add(issue("parts[" + i + "].classification", "INVALID", "petition.decide.part-kind"));
                        }
                        if (part.content() == null || part.content().isBlank()) {
                            v.add(issue("parts[" + i + "].content", "REQUIRED", "validation.required"));
                        }
                    }
                }
            }
            case XU_LY_THONG_TIN_TO_CAO -> {
                if (f.classification() != PetitionContentType.TO_CAO || !f.anonymousOrPseudonymous()) {
                    v.add(issue("decision", "NOT_ANONYMOUS_DENUNCIATION", "petition.decide.art25"));
                }
            }
            default -> {
                // DON_DOC, LUU_DON: no further conditions
            }
        }
        return v;
    }

    /** The status after the decision. */
    /**
     * Decisions that are the head's acts, not the handler's proposals (DOMAIN.md §6.2.3, ROLES.md: a petition_handler
     * proposes): not accepting a complaint, with written reasons (Luật Khiếu nại 2011, Điều 27), and filing
     * (lưu đơn, Thông tư 05/2021/TT-TTCP, Điều 28, kept one year then destroyed on the head's decision).
     */
    // Luật Khiếu nại 2011 Điều 27; Thông tư 05/2021/TT-TTCP Điều 28: the head decides KHONG_THU_LY and LUU_DON.
    static final java.util.Set<PetitionDecision> HEAD_DECISIONS = java.util.EnumSet.of(PetitionDecision.KHONG_THU_LY,
            PetitionDecision.LUU_DON);

    static PetitionStatus statusAfter(PetitionDecision decision) {
        return decision == PetitionDecision.LUU_DON ? PetitionStatus.FILED : PetitionStatus.DECIDED;
    }

    private static FieldIssue issue(String field, String code, String key) {
        return FieldIssue.of(field, code, key);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
