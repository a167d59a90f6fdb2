package vn.tiepdan.visit;

import java.util.ArrayList;
import java.util.List;

/** Refusing a reception (Luật TCD Art. 9; TT 04/2021/TT-TTCP Art. 4): R3 needs the head's written notice, recorded by a unit leader. */
final class RefusalRule {
    private RefusalRule() {
    }

    /** What an R3 refusal lacks: the fields of the head's notice and the matter (field names of the request). */
    static List<String> missing(VisitDtos.RefusalInput r, java.util.UUID matterId) {
        List<String> missing = new ArrayList<>();
        if (r.ground() != RefusalGround.R3_VEXATIOUS_REPEAT) {
            return missing;
        }
        if (r.noticeNo() == null || r.noticeNo().isBlank()) {
            missing.add("refusal.noticeNo");
        }
        if (r.noticeDate() == null) {
            missing.add("refusal.noticeDate");
        }
        if (r.issuedByOfficialId() == null) {
            missing.add("refusal.issuedByOfficialId");
        }
        if (matterId == null) {
            missing.add("matterId");
        }
        return missing;
    }

    /** Only a unit leader records an R3 refusal (it rests on the head's own notice). */
    static boolean mayRecord(RefusalGround ground, boolean unitLeader) {
        return ground != RefusalGround.R3_VEXATIOUS_REPEAT || unitLeader;
    }

    /** The notice must come from a head of the visit's unit. */
    static boolean validIssuer(boolean issuerIsHead, boolean issuerOfUnit) {
        return issuerIsHead && issuerOfUnit;
    }
}
