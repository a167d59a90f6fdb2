package vn.tiepdan.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A matter (vụ việc) as reception sees it: first visit and repeats ("tiếp lần đầu / nhiều lần", form 01/TCD). */
@Entity
@Table(name = "reception_matter")
class ReceptionMatter {
    static final int MAX_SUMMARY = 2000;

    @Id
    UUID id;
    @Column(name = "org_unit_id", nullable = false)
    UUID orgUnitId;
    @Enumerated(EnumType.STRING)
    Classification classification;
    @Column(name = "field_code")
    String fieldCode;
    @Column(nullable = false)
    String summary;
    @Column(nullable = false)
    boolean confidential;
    @Column(name = "first_visit_at", nullable = false)
    Instant firstVisitAt;
    @Column(name = "last_visit_at", nullable = false)
    Instant lastVisitAt;
    @Column(name = "visits_count", nullable = false)
    int visitsCount;
    @Column(name = "case_id")
    UUID caseId;
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

    protected ReceptionMatter() {
    }

    ReceptionMatter(UUID orgUnitId, String summary, Instant firstVisitAt, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.orgUnitId = orgUnitId;
        this.summary = summary == null || summary.length() <= MAX_SUMMARY ? summary : summary.substring(0, MAX_SUMMARY);
        this.firstVisitAt = firstVisitAt;
        this.lastVisitAt = firstVisitAt;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** One more visit about this matter. */
    void visited(Instant at, Instant now, String by) {
        visitsCount++;
        if (at.isAfter(lastVisitAt)) {
            lastVisitAt = at;
        }
        if (at.isBefore(firstVisitAt)) {
            firstVisitAt = at;
        }
        updatedAt = now;
        updatedBy = by;
    }
}
