package vn.tiepdan.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AuditChainVerification", description = "Result of recomputing the audit trail's hash chain.")
public record ChainVerification(
        @Schema(description = "True when every event's hash and link are intact.", example = "true") boolean valid,
        @Schema(description = "Number of events checked (up to and including the first broken one).",
                example = "1250") long checked,
        @Schema(description = "Seq of the first event whose hash, link or position is wrong; absent when valid.",
                example = "17") Long firstBrokenSeq,
        @Schema(description = "Why the chain is broken: HASH_MISMATCH (the event's content was altered), "
                + "LINK_MISMATCH (prevHash differs from the previous event's hash), SEQUENCE_GAP (an event is "
                + "missing); absent when valid.", example = "HASH_MISMATCH",
                enumeration = {"HASH_MISMATCH", "LINK_MISMATCH", "SEQUENCE_GAP"}) String reason) {

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
