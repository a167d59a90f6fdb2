package vn.tiepdan.cases;

import vn.tiepdan.shared.api.Violations;

/**
 * One extension of a denunciation's resolution is at most 30 days; how many are allowed for the complexity (one if
 * complex, two if very complex, none otherwise) is the deadline engine's TOO_MANY_EXTENSIONS check on TC.RESOLVE.
 */
// Luật Tố cáo 2018, Điều 30(1) (gia hạn không quá 30 ngày; đặc biệt phức tạp gia hạn 2 lần).
public final class ExtensionRule {
    public static final int MAX_DAYS = 30;

    private ExtensionRule() {
    }

    public static void check(Integer days, Violations v) {
        if (v.require(days, "days") && (days < 1 || days > MAX_DAYS)) {
            v.add("days", "OUT_OF_RANGE", "cases.extension.days", MAX_DAYS);
        }
    }
}
