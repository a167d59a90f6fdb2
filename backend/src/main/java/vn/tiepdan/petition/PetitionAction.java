package vn.tiepdan.petition;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PetitionAction", description = "What the caller may do now: PATCH correct fields (before a decision), CLASSIFY, DECIDE, DESTROY (unit leader, filed and retention over), REVEAL_IDENTITY (confidential custodian, denunciations), RECORD_TRANSFER_REPLY (a transferred petition: record the reply received).")
public enum PetitionAction {
    PATCH, CLASSIFY, DECIDE, DESTROY, REVEAL_IDENTITY, RECORD_TRANSFER_REPLY
}
