package vn.tiepdan.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A legal act of a case (quyết định, kết luận, văn bản trả lời) with the fields the report forms need. */
@Entity
@Table(name = "case_decision")
public class CaseDecision {
    @Id
    UUID id;
    @Column(name = "case_id", nullable = false)
    UUID caseId;
    @Column(nullable = false)
    String kind;
    @Column(name = "doc_no")
    String docNo;
    @Column(name = "signed_on", nullable = false)
    LocalDate signedOn;
    @Column(name = "signer_name")
    String signerName;
    String result;
    String ground;
    String scope;
    String content;
    @Column(name = "money_recover_state")
    BigDecimal moneyRecoverState;
    @Column(name = "land_recover_state")
    BigDecimal landRecoverState;
    @Column(name = "money_return")
    BigDecimal moneyReturn;
    @Column(name = "land_return")
    BigDecimal landReturn;
    @Column(name = "orgs_restored")
    Integer orgsRestored;
    @Column(name = "persons_restored")
    Integer personsRestored;
    @Column(name = "persons_sanctioned")
    Integer personsSanctioned;
    @Column(name = "persons_sanctioned_officials")
    Integer personsSanctionedOfficials;
    @Column(name = "cases_to_investigation")
    Integer casesToInvestigation;
    @Column(name = "persons_to_investigation")
    Integer personsToInvestigation;
    @Column(name = "persons_to_investigation_officials")
    Integer personsToInvestigationOfficials;
    @Column(name = "resolved_by")
    String resolvedBy;
    @Column(name = "on_time")
    Boolean onTime;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String data = "{}";
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;

    protected CaseDecision() {
    }

    CaseDecision(UUID caseId, String kind, String docNo, LocalDate signedOn, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = kind;
        this.docNo = docNo;
        this.signedOn = signedOn;
        this.createdAt = now;
        this.createdBy = by;
    }
}
