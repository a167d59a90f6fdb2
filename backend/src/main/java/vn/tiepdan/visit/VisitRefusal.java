package vn.tiepdan.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The refusal of a reception (Luật TCD Art. 9; TT 04/2021 Art. 4; DOMAIN.md §6.1.3), one per refused visit. */
@Entity
@Table(name = "visit_refusal")
class VisitRefusal {
    @Id
    @Column(name = "visit_id")
    UUID visitId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    RefusalGround ground;
    @Column(nullable = false)
    String explanation;
    @Column(name = "explained_to_citizen", nullable = false)
    boolean explainedToCitizen;
    @Column(name = "reported_to")
    String reportedTo;
    @Column(name = "minutes_drawn_up", nullable = false)
    boolean minutesDrawnUp;
    @Column(name = "notice_no")
    String noticeNo;
    @Column(name = "notice_date")
    LocalDate noticeDate;
    @Column(name = "issued_by_official_id")
    UUID issuedByOfficialId;
    @Column(name = "matter_id")
    UUID matterId;

    protected VisitRefusal() {
    }

    VisitRefusal(UUID visitId, VisitDtos.RefusalInput r, UUID matterId) {
        this.visitId = visitId;
        this.ground = r.ground();
        this.explanation = r.explanation().strip();
        this.explainedToCitizen = r.explainedToCitizen() == null || r.explainedToCitizen();
        this.reportedTo = r.reportedTo();
        this.minutesDrawnUp = Boolean.TRUE.equals(r.minutesDrawnUp());
        this.noticeNo = r.noticeNo();
        this.noticeDate = r.noticeDate();
        this.issuedByOfficialId = r.issuedByOfficialId();
        this.matterId = matterId;
    }

    VisitDtos.RefusalView view() {
        return new VisitDtos.RefusalView(ground, explanation, explainedToCitizen, reportedTo, minutesDrawnUp,
                noticeNo, noticeDate, issuedByOfficialId, matterId);
    }
}
