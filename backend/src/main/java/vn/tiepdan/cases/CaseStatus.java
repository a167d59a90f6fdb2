package vn.tiepdan.cases;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every state of the three case state machines (DOMAIN.md §6.3.3, §6.4.3, §6.5). */
@Schema(description = "State of a case; the machine of its type says which actions leave it.")
public enum CaseStatus {
    // complaint
    RECEIVED, NOT_ACCEPTED, ACCEPTED_L1, VERIFYING_L1, DIALOGUE_L1, SUSPENDED, DECIDED_L1, ACCEPTED_L2, VERIFYING_L2,
    DIALOGUE_L2, DECIDED_L2, EFFECTIVE, ENFORCING, ENFORCED, TERMINATED, IN_COURT,
    // denunciation
    INTAKE_CHECK, INFO_NOT_DENUNCIATION, INSPECTION_REFERRAL, ARCHIVED, TRANSFERRED, ACCEPTED, VERIFYING, EXTENDED_1,
    EXTENDED_2, DRAFT_CONCLUSION, CONCLUDED, HANDLED, PUBLISHED, MONITORING, CLOSED, CRIMINAL_REFERRAL,
    // petition / feedback
    RESOLVING, RESPONDED, FOLLOW_UP, REPLY_RECEIVED
}
