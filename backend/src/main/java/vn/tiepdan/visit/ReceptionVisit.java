package vn.tiepdan.visit;

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
import vn.tiepdan.schedule.Channel;
import vn.tiepdan.schedule.Program;
import vn.tiepdan.schedule.ReceptionKind;

/**
 * One line of the reception book (sổ tiếp công dân, Mẫu số 03 TT 04/2021/TT-TTCP; DOMAIN.md §5.3). A visit that
 * carries a denunciation keeps only {@link #denouncerRef}: its people live in the reserved table of the
 * confidential store.
 */
@Entity
@Table(name = "reception_visit")
class ReceptionVisit {
    @Id
    UUID id;
    @Column(name = "org_unit_id", nullable = false)
    UUID orgUnitId;
    @Column(name = "book_year", nullable = false)
    int bookYear;
    @Column(name = "book_seq", nullable = false)
    int bookSeq;
    @Column(name = "session_id")
    UUID sessionId;
    @Column(name = "received_at", nullable = false)
    Instant receivedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "reception_kind", nullable = false)
    ReceptionKind receptionKind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Program program;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Channel channel;
    @Column(name = "receiving_official_id")
    UUID receivingOfficialId;
    @Column(name = "presiding_official_id")
    UUID presidingOfficialId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    VisitStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false)
    PartyKind partyKind;
    @Column(nullable = false)
    int headcount;
    @Column(name = "large_group", nullable = false)
    boolean largeGroup;
    @Column(nullable = false)
    boolean confidential;
    @Column(name = "denouncer_ref")
    UUID denouncerRef;
    @Enumerated(EnumType.STRING)
    Classification classification;
    @Column(name = "mixed_kinds")
    String mixedKinds;
    @Column(name = "field_code")
    String fieldCode;
    @Column(name = "content_summary")
    String contentSummary;
    @Column(name = "visitor_request")
    String visitorRequest;
    @Column(name = "with_petition", nullable = false)
    boolean withPetition;
    @Enumerated(EnumType.STRING)
    @Column(name = "statement_confirmation")
    StatementConfirmation statementConfirmation;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "previously_handled", nullable = false)
    String previouslyHandled;
    @Column(name = "receipt_no")
    String receiptNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "handling_direction")
    HandlingDirection handlingDirection;
    String guidance;
    @Column(name = "transfer_to_unit_id")
    UUID transferToUnitId;
    @Column(name = "transfer_to_name")
    String transferToName;
    @Column(name = "leader_conclusion")
    String leaderConclusion;
    @Column(name = "members_opinions")
    String membersOpinions;
    @Column(name = "visitor_statement")
    String visitorStatement;
    @Column(name = "interpreter_used", nullable = false)
    boolean interpreterUsed;
    @Column(name = "interpreter_name")
    String interpreterName;
    String notes;
    @Column(name = "matter_id")
    UUID matterId;
    @Column(name = "first_time")
    Boolean firstTime;
    @Column(name = "case_id")
    UUID caseId;
    @Column(name = "result_notice_due")
    LocalDate resultNoticeDue;
    @Column(name = "result_notice_sent_at")
    Instant resultNoticeSentAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "result_notice_kind")
    ResultNoticeKind resultNoticeKind;
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

    protected ReceptionVisit() {
    }

    ReceptionVisit(UUID orgUnitId, int bookYear, int bookSeq, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.orgUnitId = orgUnitId;
        this.bookYear = bookYear;
        this.bookSeq = bookSeq;
        this.previouslyHandled = "[]";
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    String bookNo() {
        return bookSeq + "/" + bookYear;
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** Due and not sent by the end of the due day (today is after the due date). */
    boolean noticeOverdue(LocalDate today) {
        return resultNoticeDue != null && resultNoticeSentAt == null && status != VisitStatus.REFUSED
                && today.isAfter(resultNoticeDue);
    }
}
