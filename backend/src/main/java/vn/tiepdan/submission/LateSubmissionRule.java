package vn.tiepdan.submission;

import java.time.LocalDate;

/**
 * A report is late when it is submitted after its due date: the due date itself is on time. Due dates are the
 * internal deadlines Thanh tra tỉnh sets per period kind (DOMAIN.md §7.1: TT 01/2024/TT-TTCP leaves them to the
 * province; NĐ 09/2019/NĐ-CP Art. 13 for the province's own deadline).
 */
public final class LateSubmissionRule {
    private LateSubmissionRule() {
    }

    /** {@code today} is the submission day in Asia/Ho_Chi_Minh. */
    public static boolean late(LocalDate today, LocalDate dueOn) {
        return dueOn != null && today.isAfter(dueOn);
    }
}
