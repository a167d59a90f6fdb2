package vn.tiepdan.cases;

import static vn.tiepdan.cases.CaseStatus.*;

import java.util.Set;

/** Denunciation (tố cáo) states, Luật Tố cáo 2018 (DOMAIN.md §6.4.3). */
public final class DenunciationMachine extends CaseMachine {
    public static final DenunciationMachine INSTANCE = new DenunciationMachine();

    private DenunciationMachine() {
        super(Set.of(INSPECTION_REFERRAL, ARCHIVED, NOT_ACCEPTED, TRANSFERRED, CLOSED, TERMINATED, CRIMINAL_REFERRAL));
        on("register", INTAKE_CHECK, RECEIVED);
        on("mark-not-denunciation", INFO_NOT_DENUNCIATION, INTAKE_CHECK);
        on("refer-inspection", INSPECTION_REFERRAL, INFO_NOT_DENUNCIATION);
        on("archive", ARCHIVED, INFO_NOT_DENUNCIATION);
        on("reject", NOT_ACCEPTED, INTAKE_CHECK);
        on("accept", ACCEPTED, INTAKE_CHECK);
        on("notify-acceptance", ACCEPTED, ACCEPTED); // no state change; allowed while the NOTIFY deadline runs
        on("notify-acceptance", VERIFYING, VERIFYING);
        on("notify-acceptance", EXTENDED_1, EXTENDED_1);
        on("notify-acceptance", EXTENDED_2, EXTENDED_2);
        on("assign-verification", VERIFYING, ACCEPTED);
        on("extend", EXTENDED_1, VERIFYING);
        on("extend", EXTENDED_2, EXTENDED_1);
        on("suspend", SUSPENDED, VERIFYING, EXTENDED_1, EXTENDED_2);
        on("resume", SUSPENDED, SUSPENDED); // back to status_before_suspension
        on("draft-conclusion", DRAFT_CONCLUSION, VERIFYING, EXTENDED_1, EXTENDED_2);
        on("conclude", CONCLUDED, DRAFT_CONCLUSION, VERIFYING, EXTENDED_1, EXTENDED_2);
        on("handle", HANDLED, CONCLUDED);
        on("publish", PUBLISHED, HANDLED);
        on("monitor", MONITORING, PUBLISHED);
        on("close", CLOSED, MONITORING);
        on("withdraw", TERMINATED, ACCEPTED, VERIFYING, EXTENDED_1, EXTENDED_2);
        on("terminate", TERMINATED, ACCEPTED, VERIFYING, EXTENDED_1, EXTENDED_2, SUSPENDED);
        on("refer-criminal", CRIMINAL_REFERRAL, VERIFYING, EXTENDED_1, EXTENDED_2);
    }
}
