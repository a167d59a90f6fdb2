package vn.tiepdan.cases;

/** A second-instance complaint decision requires a dialogue first. */
// Luật Khiếu nại 2011, Điều 39 (đối thoại bắt buộc khi giải quyết lần hai) [M].
public final class ComplaintDialogueRule {
    private ComplaintDialogueRule() {
    }

    /** Whether deciding is allowed at this instance given whether a dialogue was held at it. */
    public static boolean satisfied(Integer instance, boolean dialogueHeld) {
        return instance == null || instance != 2 || dialogueHeld;
    }
}
