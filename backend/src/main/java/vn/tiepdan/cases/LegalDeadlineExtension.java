package vn.tiepdan.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** One extension (gia hạn) of a legal deadline, backed by a decision. */
@Entity
@Table(name = "legal_deadline_extension")
public class LegalDeadlineExtension {
    @Id
    UUID id;
    @Column(name = "deadline_id", nullable = false)
    UUID deadlineId;
    @Column(nullable = false)
    int ordinal;
    @Column(nullable = false)
    int days;
    @Column(name = "decision_ref", nullable = false)
    String decisionRef;
    @Column(name = "decided_on", nullable = false)
    LocalDate decidedOn;

    protected LegalDeadlineExtension() {
    }

    LegalDeadlineExtension(UUID deadlineId, int ordinal, int days, String decisionRef, LocalDate decidedOn) {
        this.id = UUID.randomUUID();
        this.deadlineId = deadlineId;
        this.ordinal = ordinal;
        this.days = days;
        this.decisionRef = decisionRef;
        this.decidedOn = decidedOn;
    }
}
