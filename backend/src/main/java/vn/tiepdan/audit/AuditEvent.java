package vn.tiepdan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One append-only entry of the audit trail; never updated (the table's trigger rejects UPDATE and DELETE). */
@Entity
@Table(name = "audit_event")
class AuditEvent {
    @Id
    private long seq;
    @Column(nullable = false, unique = true)
    private UUID id;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(name = "actor_unit", length = 64)
    private String actorUnit;
    @Column(nullable = false, length = 64)
    private String action;
    @Column(name = "entity_type", nullable = false, length = 64)
    private String entityType;
    @Column(name = "entity_id", length = 64)
    private String entityId;
    @Column(length = 1000)
    private String reason;
    @Column(name = "request_id", length = 64)
    private String requestId;
    @Column(columnDefinition = "text")
    private String details;
    @Column(name = "prev_hash", nullable = false, length = 64)
    private String prevHash;
    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    AuditEvent(long seq, UUID id, Instant occurredAt, String actor, String actorUnit, String action,
            String entityType, String entityId, String reason, String requestId, String details, String prevHash) {
        this.seq = seq;
        this.id = id;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorUnit = actorUnit;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.reason = reason;
        this.requestId = requestId;
        this.details = details;
        this.prevHash = prevHash;
        this.hash = HashChain.hash(this);
    }

    long seq() {
        return seq;
    }

    UUID id() {
        return id;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    String actor() {
        return actor;
    }

    String actorUnit() {
        return actorUnit;
    }

    String action() {
        return action;
    }

    String entityType() {
        return entityType;
    }

    String entityId() {
        return entityId;
    }

    String reason() {
        return reason;
    }

    String requestId() {
        return requestId;
    }

    String details() {
        return details;
    }

    String prevHash() {
        return prevHash;
    }

    String hash() {
        return hash;
    }
}
