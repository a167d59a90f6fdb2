package vn.tiepdan.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A unit that ended and the unit that took over from it, with the date and the legal act. */
@Entity
@Table(name = "org_unit_succession")
class Succession {
    @Id
    private UUID id;
    @Column(name = "predecessor_id", nullable = false)
    private UUID predecessorId;
    @Column(name = "successor_id", nullable = false)
    private UUID successorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private SuccessionKind kind;
    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;
    @Column(name = "legal_basis", length = 500)
    private String legalBasis;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Succession() {
    }

    Succession(UUID predecessorId, UUID successorId, SuccessionKind kind, LocalDate effectiveDate, String legalBasis,
            Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.predecessorId = predecessorId;
        this.successorId = successorId;
        this.kind = kind;
        this.effectiveDate = effectiveDate;
        this.legalBasis = legalBasis;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    UUID id() {
        return id;
    }

    UUID predecessorId() {
        return predecessorId;
    }

    UUID successorId() {
        return successorId;
    }

    SuccessionKind kind() {
        return kind;
    }

    LocalDate effectiveDate() {
        return effectiveDate;
    }

    String legalBasis() {
        return legalBasis;
    }
}
