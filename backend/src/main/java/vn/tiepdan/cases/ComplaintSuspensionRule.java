package vn.tiepdan.cases;

import java.time.LocalDate;

/** Suspending the resolution of a complaint exists only from 1/7/2026; the suspended time is not counted. */
// Luật Khiếu nại 2011 as amended by Luật 136/2025/QH15 (tạm đình chỉ giải quyết khiếu nại), in force 2026-07-01.
public final class ComplaintSuspensionRule {
    public static final LocalDate IN_FORCE_FROM = LocalDate.of(2026, 7, 1);

    private ComplaintSuspensionRule() {
    }

    public static boolean allowed(LocalDate signedOn) {
        return signedOn != null && !signedOn.isBefore(IN_FORCE_FROM);
    }
}
