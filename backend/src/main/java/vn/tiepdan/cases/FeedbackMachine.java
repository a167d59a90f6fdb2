package vn.tiepdan.cases;

import static vn.tiepdan.cases.CaseStatus.*;

import java.util.Set;

/** Petition/feedback (kiến nghị, phản ánh) states (DOMAIN.md §6.5). TRANSFERRED is reached by an external transfer. */
public final class FeedbackMachine extends CaseMachine {
    public static final FeedbackMachine INSTANCE = new FeedbackMachine();

    private FeedbackMachine() {
        super(Set.of(CLOSED));
        on("start-resolving", RESOLVING, RECEIVED);
        on("reply", RESPONDED, RESOLVING);
        on("follow-up", FOLLOW_UP, TRANSFERRED);
        on("record-reply", REPLY_RECEIVED, TRANSFERRED, FOLLOW_UP);
        on("close", CLOSED, RESPONDED, REPLY_RECEIVED);
    }
}
