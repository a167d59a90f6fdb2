package vn.tiepdan.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEvent", description = "One entry of the append-only, hash-chained audit trail.")
public record AuditEventView(
        @Schema(description = "Position in the chain, from 1 without gaps.", example = "42") long seq,
        @Schema(description = "Id of the event.") UUID id,
        @Schema(description = "When it happened (ISO-8601, Asia/Ho_Chi_Minh offset).",
                example = "2026-03-02T08:15:30.123+07:00") OffsetDateTime occurredAt,
        @Schema(description = "Username of the actor (\"system\" for changes made outside a request).",
                example = "quantri") String actor,
        @Schema(description = "Unit code of the actor at the time (token claim org_unit).", example = "DN")
        String actorUnit,
        @Schema(description = "What was done.", example = "UPDATE",
                enumeration = {"CREATE", "UPDATE", "CLOSE", "IMPORT", "VIEW", "EXPORT", "TRANSFER",
                    "STATE_CHANGE"}) String action,
        @Schema(description = "Kind of record changed or viewed.", example = "ORG_UNIT") String entityType,
        @Schema(description = "Id of the record changed or viewed.",
                example = "00000000-0000-4000-8000-000000000006") String entityId,
        @Schema(description = "Reason given by the actor, if any.", example = "Sáp nhập theo Nghị quyết 1662")
        String reason,
        @Schema(description = "X-Request-Id of the request that made the change.",
                example = "8f2b6c1e-3f0a-4f57-9a59-0c7d5c8b6a10") String requestId,
        @Schema(description = "What changed: field names with their new values, or counts for bulk operations.")
        Map<String, Object> details,
        @Schema(description = "Hash of the previous event (64 zeros for the first).") String prevHash,
        @Schema(description = "SHA-256 (hex) over this event's canonical form and prevHash.") String hash) {
}
