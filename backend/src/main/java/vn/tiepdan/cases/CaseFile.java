package vn.tiepdan.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A case (vụ việc, DOMAIN.md §5.4). The summary never carries a denouncer's identity. */
@Entity
@Table(name = "case_file")
public class CaseFile {
    @Id
    UUID id;
    @Column(name = "origin_unit_id", nullable = false)
    UUID originUnitId;
    @Column(name = "case_year", nullable = false)
    int caseYear;
    @Column(name = "case_seq", nullable = false)
    int caseSeq;
    @Column(name = "case_no", nullable = false)
    String caseNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false)
    CaseType caseType;
    @Column(name = "org_unit_id", nullable = false)
    UUID orgUnitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    CaseStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_suspension")
    CaseStatus statusBeforeSuspension;
    Integer instance;
    @Column(name = "petition_id")
    UUID petitionId;
    @Column(name = "visit_id")
    UUID visitId;
    @Column(name = "matter_id")
    UUID matterId;
    @Column(name = "repeat_of_case_id")
    UUID repeatOfCaseId;
    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;
    @Column(nullable = false)
    String title;
    @Column(nullable = false)
    String summary;
    String respondent;
    @Column(name = "field_code")
    String fieldCode;
    @Column(name = "complaint_subject")
    String complaintSubject;
    @Column(name = "is_new", nullable = false)
    boolean isNew = true;
    @Column(nullable = false)
    boolean complex;
    @Column(name = "very_complex", nullable = false)
    boolean veryComplex;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "complexity_criteria", nullable = false)
    String complexityCriteria = "[]";
    @Column(name = "complexity_reason")
    String complexityReason;
    @Column(name = "remote_area", nullable = false)
    boolean remoteArea;
    @Column(name = "remote_reason")
    String remoteReason;
    @Column(name = "large_group", nullable = false)
    boolean largeGroup;
    @Column(nullable = false)
    boolean confidential;
    @Column(name = "denouncer_ref")
    UUID denouncerRef;
    @Column(name = "security_level", nullable = false)
    String securityLevel = "THUONG";
    @Column(name = "handler_username")
    String handlerUsername;
    @Column(name = "handler_name")
    String handlerName;
    @Column(name = "accepted_on")
    LocalDate acceptedOn;
    @Column(name = "decided_on")
    LocalDate decidedOn;
    @Column(name = "closed_on")
    LocalDate closedOn;
    String result;
    @Column(name = "search_text", nullable = false)
    String searchText = "";
    @Version
    long version;
    @Column(name = "created_at", nullable = false)
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;
    @Column(name = "updated_by")
    String updatedBy;

    protected CaseFile() {
    }

    CaseFile(UUID orgUnitId, CaseType type, int year, int seq, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.originUnitId = orgUnitId;
        this.orgUnitId = orgUnitId;
        this.caseType = type;
        this.caseYear = year;
        this.caseSeq = seq;
        this.caseNo = seq + "/" + year + "/" + type.suffix();
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }
}
