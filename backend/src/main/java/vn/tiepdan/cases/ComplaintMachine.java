package vn.tiepdan.cases;

import static vn.tiepdan.cases.CaseStatus.*;

import java.util.Set;

/** Complaint (khiếu nại) states, Luật Khiếu nại 2011 as amended by Law 136/2025 (DOMAIN.md §6.3.3). */
public final class ComplaintMachine extends CaseMachine {
    public static final ComplaintMachine INSTANCE = new ComplaintMachine();

    private ComplaintMachine() {
        super(Set.of(NOT_ACCEPTED, ENFORCED, TERMINATED, IN_COURT));
        on("accept", ACCEPTED_L1, RECEIVED);
        on("reject", NOT_ACCEPTED, RECEIVED);
        on("assign-verification", VERIFYING_L1, ACCEPTED_L1);
        on("assign-verification", VERIFYING_L2, ACCEPTED_L2);
        on("hold-dialogue", DIALOGUE_L1, VERIFYING_L1);
        on("hold-dialogue", DIALOGUE_L2, VERIFYING_L2);
        on("decide", DECIDED_L1, VERIFYING_L1, DIALOGUE_L1);
        on("decide", DECIDED_L2, DIALOGUE_L2);
        on("suspend", SUSPENDED, ACCEPTED_L1, VERIFYING_L1, VERIFYING_L2);
        on("resume", SUSPENDED, SUSPENDED); // back to status_before_suspension
        on("accept-second", ACCEPTED_L2, DECIDED_L1, ACCEPTED_L1, VERIFYING_L1, DIALOGUE_L1);
        on("mark-effective", EFFECTIVE, DECIDED_L1, DECIDED_L2);
        on("file-lawsuit", IN_COURT, DECIDED_L1, DECIDED_L2);
        on("start-enforcement", ENFORCING, EFFECTIVE);
        on("complete-enforcement", ENFORCED, ENFORCING);
        on("withdraw", TERMINATED, ACCEPTED_L1, VERIFYING_L1, DIALOGUE_L1, ACCEPTED_L2, VERIFYING_L2, DIALOGUE_L2);
    }
}
