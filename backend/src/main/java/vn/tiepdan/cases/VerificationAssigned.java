package vn.tiepdan.cases;

import java.util.UUID;

/**
 * Fired synchronously, inside the transaction, when verification of a denunciation is assigned (Luật Tố cáo 2018,
 * Điều 56(2)): the document feature observes it and produces the redacted copy the verifier works from.
 */
public record VerificationAssigned(UUID caseId, UUID decisionId) {
}
