package vn.tiepdan.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A running legal period of a case (DeadlineTimer, DOMAIN.md §5.4); due_on is recomputed by the engine. */
@Entity
@Table(name = "legal_deadline")
public class LegalDeadline {
    @Id
    UUID id;
    @Column(name = "case_id")
    UUID caseId;
    @Column(name = "petition_id")
    UUID petitionId;
    @Column(name = "org_unit_id", nullable = false)
    UUID orgUnitId;
    @Column(nullable = false)
    String kind;
    @Column(name = "rule_code", nullable = false)
    String ruleCode;
    @Column(name = "rule_valid_from", nullable = false)
    LocalDate ruleValidFrom;
    @Column(name = "start_on", nullable = false)
    LocalDate startOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String variants = "[]";
    @Column(name = "due_on")
    LocalDate dueOn;
    @Column(nullable = false)
    String status;
    @Column(name = "met_on")
    LocalDate metOn;
    @Column(name = "on_time")
    Boolean onTime;
    @Column(nullable = false)
    boolean breached;
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected LegalDeadline() {
    }

    LegalDeadline(UUID caseId, UUID orgUnitId, String kind, String ruleCode, LocalDate ruleValidFrom,
            LocalDate startOn, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.orgUnitId = orgUnitId;
        this.kind = kind;
        this.ruleCode = ruleCode;
        this.ruleValidFrom = ruleValidFrom;
        this.startOn = startOn;
        this.status = "ACTIVE";
        this.createdAt = now;
    }
}
