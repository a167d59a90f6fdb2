package vn.tiepdan.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a submission's log (table report_submission_event); a submit keeps the hash it froze. */
@Entity
@Table(name = "report_submission_event")
public class ReportSubmissionEvent {
    @Id
    UUID id;
    @Column(name = "submission_id", nullable = false)
    UUID submissionId;
    @Column(nullable = false)
    Instant at;
    @Column(nullable = false)
    String action;
    @Column(nullable = false)
    String actor;
    String comment;
    @Column(name = "content_hash")
    String contentHash;
}
