package vn.tiepdan.submission;

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

/** A unit's report for one period (table report_submission): counts and narrative only, never personal data. */
@Entity
@Table(name = "report_submission")
public class ReportSubmission {
    @Id
    UUID id;
    @Column(name = "org_unit_id", nullable = false)
    UUID orgUnitId;
    @Column(name = "period_code", nullable = false)
    String periodCode;
    @Column(name = "period_kind", nullable = false)
    String periodKind;
    @Column(name = "from_on", nullable = false)
    LocalDate fromOn;
    @Column(name = "to_on", nullable = false)
    LocalDate toOn;
    @Column(name = "due_on", nullable = false)
    LocalDate dueOn;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    String forms;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    SubmissionStatus status;
    @Column(nullable = false)
    boolean consolidated;
    String results;
    String difficulties;
    String exemplary;
    String proposals;
    @Column(name = "doc_no")
    String docNo;
    @Column(name = "signer_name")
    String signerName;
    @Column(name = "signer_title")
    String signerTitle;
    @JdbcTypeCode(SqlTypes.JSON)
    String snapshot;
    @Column(name = "content_hash")
    String contentHash;
    @Column(name = "submitted_at")
    Instant submittedAt;
    @Column(name = "submitted_by")
    String submittedBy;
    Boolean late;
    @Column(name = "reviewed_at")
    Instant reviewedAt;
    @Column(name = "reviewed_by")
    String reviewedBy;
    @Column(name = "review_comment")
    String reviewComment;
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
}
