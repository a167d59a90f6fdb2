package vn.tiepdan.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A suspension of a legal deadline (tạm đình chỉ), both days included; open while to_on is null. */
@Entity
@Table(name = "legal_deadline_pause")
public class LegalDeadlinePause {
    @Id
    UUID id;
    @Column(name = "deadline_id", nullable = false)
    UUID deadlineId;
    @Column(name = "from_on", nullable = false)
    LocalDate fromOn;
    @Column(name = "to_on")
    LocalDate toOn;
    @Column(name = "decision_ref", nullable = false)
    String decisionRef;
    @Column(name = "resume_ref")
    String resumeRef;

    protected LegalDeadlinePause() {
    }

    LegalDeadlinePause(UUID deadlineId, LocalDate fromOn, String decisionRef) {
        this.id = UUID.randomUUID();
        this.deadlineId = deadlineId;
        this.fromOn = fromOn;
        this.decisionRef = decisionRef;
    }
}
