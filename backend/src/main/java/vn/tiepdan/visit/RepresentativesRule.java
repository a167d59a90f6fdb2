package vn.tiepdan.visit;

/** Group representatives: 5–10 people → at most 2, 11 or more → at most 5 (NĐ 124/2020 Art. 6; Luật KN Art. 8(4)). */
final class RepresentativesRule {
    private RepresentativesRule() {
    }

    /** The most representatives a group of this size may send; no limit below five people. */
    static int max(int headcount) {
        if (headcount >= 11) {
            return 5;
        }
        if (headcount >= 5) {
            return 2;
        }
        return headcount;
    }

    static boolean allows(int headcount, long representatives) {
        return representatives <= max(headcount);
    }
}
