package vn.tiepdan.petition;

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

/**
 * A petition (đơn; TT 05/2021/TT-TTCP; DOMAIN.md §6.2). One that carries a denunciation keeps only
 * {@link #denouncerRef}: its people live in the identity vault, its content and request are stored redacted.
 */
@Entity
@Table(name = "petition")
class Petition {
    @Id
    UUID id;
    @Column(name = "org_unit_id", nullable = false)
    UUID orgUnitId;
    @Column(name = "petition_year", nullable = false)
    int petitionYear;
    @Column(name = "petition_seq", nullable = false)
    int petitionSeq;
    @Column(name = "petition_no", nullable = false)
    String petitionNo;
    @Column(name = "received_on", nullable = false)
    LocalDate receivedOn;
    @Column(name = "received_at", nullable = false)
    Instant receivedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PetitionSource source;
    @Column(name = "sender_body")
    String senderBody;
    @Column(name = "sender_doc_no")
    String senderDocNo;
    @Column(name = "sender_doc_date")
    LocalDate senderDocDate;
    @Column(name = "visit_id")
    UUID visitId;
    @Column(name = "written_date")
    LocalDate writtenDate;
    @Column(nullable = false)
    String language = "vi";
    @Column(name = "translation_notarised")
    Boolean translationNotarised;
    @Column(nullable = false)
    boolean signed = true;
    @Enumerated(EnumType.STRING)
    @Column(name = "signer_class", nullable = false)
    SignerClass signerClass;
    @Column(nullable = false)
    boolean anonymous;
    @Column(nullable = false)
    boolean pseudonymous;
    @Column(name = "petitioner_count", nullable = false)
    int petitionerCount;
    @Column(nullable = false)
    boolean confidential;
    @Column(name = "denouncer_ref")
    UUID denouncerRef;
    @Column(nullable = false)
    String content;
    String request;
    String respondent;
    @Column(name = "incident_unit_code")
    String incidentUnitCode;
    @Column(name = "field_code")
    String fieldCode;
    @Enumerated(EnumType.STRING)
    PetitionContentType classification;
    @Enumerated(EnumType.STRING)
    Processable processable;
    @Column(name = "not_processable_reason")
    String notProcessableReason;
    @Enumerated(EnumType.STRING)
    Competence competence;
    @Column(name = "duplicate_of_id")
    UUID duplicateOfId;
    @Column(name = "parent_petition_id")
    UUID parentPetitionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PetitionStatus status;
    @Enumerated(EnumType.STRING)
    PetitionDecision decision;
    @Column(name = "decision_ground")
    String decisionGround;
    @Column(name = "decision_note")
    String decisionNote;
    @Column(name = "transfer_to_unit_id")
    UUID transferToUnitId;
    @Column(name = "transfer_to_body")
    String transferToBody;
    @Column(name = "transfer_slip_no")
    String transferSlipNo;
    @Column(name = "transfer_redacted")
    Boolean transferRedacted;
    @Column(name = "decided_at")
    Instant decidedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "prior_resolution")
    PriorResolution priorResolution;
    @Column(name = "transfer_reply_doc_no")
    String transferReplyDocNo;
    @Column(name = "transfer_reply_on")
    LocalDate transferReplyOn;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "handler_username")
    String handlerUsername;
    @Column(name = "process_due_on")
    LocalDate processDueOn;
    @Column(name = "case_id")
    UUID caseId;
    @Column(name = "filed_at")
    Instant filedAt;
    @Column(name = "destroy_after")
    LocalDate destroyAfter;
    @Column(name = "destroy_approved_by")
    String destroyApprovedBy;
    @Column(name = "destroy_approved_at")
    Instant destroyApprovedAt;
    @Column(name = "destroyed_at")
    Instant destroyedAt;
    @Column(name = "destruction_record_no")
    String destructionRecordNo;
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

    protected Petition() {
    }

    Petition(UUID orgUnitId, int year, int seq, Instant now, String by) {
        this.id = UUID.randomUUID();
        this.orgUnitId = orgUnitId;
        this.petitionYear = year;
        this.petitionSeq = seq;
        this.petitionNo = number(seq, year);
        this.status = PetitionStatus.RECEIVED;
        this.createdAt = now;
        this.createdBy = by;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** The petition number of the unit's register: {@code <seq>/<year>/Đ}. */
    static String number(int seq, int year) {
        return seq + "/" + year + "/Đ";
    }

    void touch(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    boolean undecided() {
        return status == PetitionStatus.RECEIVED || status == PetitionStatus.CLASSIFIED;
    }
}
