package vn.tiepdan.petition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.deadline.Due;
import vn.tiepdan.orgunit.UnitRef;
import vn.tiepdan.visit.IdDocType;

/** Requests and representations of the petition API. */
public final class PetitionDtos {
    /** What a denunciation shows instead of its people (Luật TC Art. 9(1)(b)). */
    public static final String MASKED_LABEL = "Tố cáo – bảo mật";

    private PetitionDtos() {
    }

    @Schema(name = "PetitionerInput", description = "A petitioner as written on the petition.")
    public record PetitionerInput(
            @Schema(description = "Role; PETITIONER when absent.") PetitionPartyRole role,
            @Schema(description = "Full name.", example = "Nguyễn Văn An") String fullName,
            @Schema(description = "Identity document type.") IdDocType idDocType,
            @Schema(description = "Identity document number.", example = "075090001234") String idNumber,
            @Schema(description = "Address as written.", example = "Khu phố 3, phường Trấn Biên") String address,
            @Schema(description = "Phone.", example = "0909123456") String phone,
            @Schema(description = "E-mail.", example = "an@example.vn") String email) {
    }

    @Schema(name = "PetitionerView", description = "A petitioner of a petition without denunciation.")
    public record PetitionerView(
            @Schema(description = "Role.") PetitionPartyRole role,
            @Schema(description = "Full name.") String fullName,
            @Schema(description = "Identity document type.") IdDocType idDocType,
            @Schema(description = "Identity document number.") String idNumber,
            @Schema(description = "Address as written.") String address,
            @Schema(description = "Phone.") String phone,
            @Schema(description = "E-mail.") String email) {
    }

    @Schema(name = "PetitionPartInput", description = "One part of a mixed petition split by TACH_NOI_DUNG.")
    public record PartInput(
            @Schema(description = "Classification of the part (not NHIEU_NOI_DUNG).") PetitionContentType classification,
            @Schema(description = "Content of the part.", example = "Khiếu nại quyết định thu hồi đất") String content) {
    }

    @Schema(name = "PetitionCreate", description = "A petition received by a unit (or taken from a visit with visitId).")
    public record PetitionCreate(
            @Schema(description = "Receiving unit; the caller's unit when absent; must be in scope.") UUID unitId,
            @Schema(description = "Day received (Asia/Ho_Chi_Minh); today when absent; not in the future.",
                    example = "2026-11-20") LocalDate receivedOn,
            @Schema(description = "Source; TRUC_TIEP when absent.") PetitionSource source,
            @Schema(description = "Transferring body (required for CO_QUAN_KHAC_CHUYEN_DEN).",
                    example = "Thanh tra tỉnh Đồng Nai") String senderBody,
            @Schema(description = "Transfer document number (required for CO_QUAN_KHAC_CHUYEN_DEN).",
                    example = "120/PC-TTT") String senderDocNo,
            @Schema(description = "Transfer document date (required for CO_QUAN_KHAC_CHUYEN_DEN).") LocalDate senderDocDate,
            @Schema(description = "A visit in scope whose content, classification and people are taken over.") UUID visitId,
            @Schema(description = "Date the petition was written.") LocalDate writtenDate,
            @Schema(description = "Language (ISO 639-1); vi when absent.", example = "vi") String language,
            @Schema(description = "A foreign-language petition comes with a notarised translation.") Boolean translationNotarised,
            @Schema(description = "Signed or fingerprinted; true when absent.") Boolean signed,
            @Schema(description = "Signer class for the reports; from the number of petitioners when absent.") SignerClass signerClass,
            @Schema(description = "Anonymous (nặc danh).") Boolean anonymous,
            @Schema(description = "Pseudonymous (mạo danh).") Boolean pseudonymous,
            @Schema(description = "The petitioners. For a denunciation they are sealed in the identity vault.") List<PetitionerInput> petitioners,
            @Schema(description = "Content of the petition (required unless visitId).", example = "Khiếu nại quyết định thu hồi đất số 12/QĐ-UBND") String content,
            @Schema(description = "What the petitioner asks for.") String request,
            @Schema(description = "Respondent: the agency or person complained about or denounced.") String respondent,
            @Schema(description = "Administrative unit code where the matter arose.") String incidentUnitCode,
            @Schema(description = "Field (lĩnh vực) code.", example = "HANH_CHINH.DAT_DAI_NHA_CUA") String fieldCode,
            @Schema(description = "Classification, if known at intake.") PetitionContentType classification,
            @Schema(description = "For NHIEU_NOI_DUNG: the kinds it contains (TO_CAO makes it confidential).") List<PetitionContentType> mixedKinds) {
    }

    @Schema(name = "PetitionPatch", description = "Plain fields corrected before a decision; absent fields stay.")
    public record PetitionPatch(
            @Schema(description = "Version read.", required = true) Long version,
            @Schema(description = "Day received; not in the future, same year.") LocalDate receivedOn,
            @Schema(description = "Source.") PetitionSource source,
            @Schema(description = "Transferring body.") String senderBody,
            @Schema(description = "Transfer document number.") String senderDocNo,
            @Schema(description = "Transfer document date.") LocalDate senderDocDate,
            @Schema(description = "Date written.") LocalDate writtenDate,
            @Schema(description = "Language.") String language,
            @Schema(description = "Notarised translation.") Boolean translationNotarised,
            @Schema(description = "Signed or fingerprinted.") Boolean signed,
            @Schema(description = "Signer class.") SignerClass signerClass,
            @Schema(description = "Anonymous.") Boolean anonymous,
            @Schema(description = "Pseudonymous.") Boolean pseudonymous,
            @Schema(description = "Replaces the petitioners (a denunciation's go to the vault).") List<PetitionerInput> petitioners,
            @Schema(description = "Content.") String content,
            @Schema(description = "Request.") String request,
            @Schema(description = "Respondent.") String respondent,
            @Schema(description = "Incident unit code.") String incidentUnitCode,
            @Schema(description = "Field code.") String fieldCode) {
    }

    @Schema(name = "PetitionClassify", description = "Classification of a petition (TT 05/2021 Art. 6).")
    public record ClassifyRequest(
            @Schema(description = "Version read.", required = true) Long version,
            @Schema(description = "Classification by content.", required = true) PetitionContentType classification,
            @Schema(description = "For NHIEU_NOI_DUNG: the kinds it contains.") List<PetitionContentType> mixedKinds,
            @Schema(description = "Processable or not.", required = true) Processable processable,
            @Schema(description = "Why not processable (required with KHONG_DU_DIEU_KIEN).") String notProcessableReason,
            @Schema(description = "Competence.", required = true) Competence competence,
            @Schema(description = "Field code.") String fieldCode,
            @Schema(description = "The master petition this one repeats (đơn trùng).") UUID duplicateOfId,
            @Schema(description = "Resolution status of the matter when the petition came in (Biểu 01/XLD columns "
                    + "11–13); optional.", nullable = true) PriorResolution priorResolution) {
    }

    @Schema(name = "PetitionTransferReply", description = "The reply (văn bản phúc đáp) received from the body a "
            + "petition was transferred to (Biểu 01/XLD column 22).")
    public record TransferReplyRequest(
            @Schema(description = "Version read.", required = true) Long version,
            @Schema(description = "Number of the reply document.", required = true, example = "45/UBND-TD")
            String replyDocNo,
            @Schema(description = "Day the reply was received.", required = true, example = "2026-03-02")
            LocalDate replyOn) {
    }

    @Schema(name = "PetitionDecide", description = "The handling decision (DOMAIN.md §6.2.3).")
    public record DecideRequest(
            @Schema(description = "Version read.", required = true) Long version,
            @Schema(description = "Decision.", required = true) PetitionDecision decision,
            @Schema(description = "Legal ground code (KHONG_THU_LY: KN_ART11_1..9 for complaints).", example = "KN_ART11_5") String ground,
            @Schema(description = "Reasons, guidance or urging text (required for HUONG_DAN, TRA_LAI).") String note,
            @Schema(description = "CHUYEN_DON: receiving unit of the tree (it gets a new petition).") UUID transferToUnitId,
            @Schema(description = "CHUYEN_DON: receiving body outside the tree.") String transferToBody,
            @Schema(description = "CHUYEN_DON: transfer slip number (phiếu chuyển).", example = "15/PC-UBND") String transferSlipNo,
            @Schema(description = "Handler assigned (username).") String handlerUsername,
            @Schema(description = "TACH_NOI_DUNG: the parts (at least two).") List<PartInput> parts) {
    }

    @Schema(name = "PetitionDestroy", description = "The head's approval of the destruction of a filed petition (TT 05/2021 Art. 28).")
    public record DestroyRequest(
            @Schema(description = "Version read.", required = true) Long version,
            @Schema(description = "Approving head; the caller when absent.") String approvedBy,
            @Schema(description = "Number of the destruction record (biên bản tiêu hủy).", required = true, example = "03/BB-TH") String recordNo) {
    }

    @Schema(name = "PetitionRevealRequest", description = "Why the identity is opened.")
    public record RevealRequest(
            @Schema(description = "Purpose, at least 10 characters; audited.", required = true,
                    example = "Xác minh nội dung tố cáo theo yêu cầu của Chánh Thanh tra") String purpose) {
    }

    @Schema(name = "PetitionRevealedIdentity", description = "The people of a denunciation petition (audited reveal).")
    public record RevealedIdentity(
            @Schema(description = "Id of the petition.") UUID petitionId,
            @Schema(description = "The people.") List<PetitionerView> people) {
    }

    @Schema(name = "PetitionRef", description = "A reference to another petition.")
    public record PetitionRef(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Number.", example = "12/2026/Đ") String petitionNo) {
    }

    @Schema(name = "PetitionSummary", description = "A row of the petition list; a denunciation's people are never shown.")
    public record PetitionSummary(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Number.", example = "12/2026/Đ") String petitionNo,
            @Schema(description = "Receiving unit.") UnitRef unit,
            @Schema(description = "Day received.") LocalDate receivedOn,
            @Schema(description = "Source.") PetitionSource source,
            @Schema(description = "Status.") PetitionStatus status,
            @Schema(description = "Classification.") PetitionContentType classification,
            @Schema(description = "Decision.") PetitionDecision decision,
            @Schema(description = "Carries a denunciation (people masked).") boolean confidential,
            @Schema(description = "First petitioner's name, or \"Tố cáo – bảo mật\".") String displayName,
            @Schema(description = "Content (redacted for a denunciation).") String content,
            @Schema(description = "Processing due date (XLD.PROCESS).") LocalDate processDueOn,
            @Schema(description = "Due date passed without a decision.") boolean overdue,
            @Schema(description = "The master petition, for a duplicate.") UUID duplicateOfId,
            @Schema(description = "Handler.") String handlerUsername,
            @Schema(description = "The case opened from it.") UUID caseId,
            @Schema(description = "Version.") long version) {
    }

    @Schema(name = "PetitionView", description = "A petition; for a denunciation petitioners is empty and partyMasked true.")
    public record PetitionView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Number.", example = "12/2026/Đ") String petitionNo,
            @Schema(description = "Receiving (handling) unit.") UnitRef unit,
            @Schema(description = "Day received.") LocalDate receivedOn,
            @Schema(description = "Moment recorded.") Instant receivedAt,
            @Schema(description = "Source.") PetitionSource source,
            @Schema(description = "Transferring body.") String senderBody,
            @Schema(description = "Transfer document number.") String senderDocNo,
            @Schema(description = "Transfer document date.") LocalDate senderDocDate,
            @Schema(description = "Visit it was taken from.") UUID visitId,
            @Schema(description = "Date written.") LocalDate writtenDate,
            @Schema(description = "Language.") String language,
            @Schema(description = "Notarised translation.") Boolean translationNotarised,
            @Schema(description = "Signed or fingerprinted.") boolean signed,
            @Schema(description = "Signer class.") SignerClass signerClass,
            @Schema(description = "Anonymous.") boolean anonymous,
            @Schema(description = "Pseudonymous.") boolean pseudonymous,
            @Schema(description = "Carries a denunciation.") boolean confidential,
            @Schema(description = "People withheld (denunciation).") boolean partyMasked,
            @Schema(description = "First petitioner's name, or \"Tố cáo – bảo mật\".") String displayName,
            @Schema(description = "Petitioners; empty for a denunciation.") List<PetitionerView> petitioners,
            @Schema(description = "Number of petitioners.") int petitionerCount,
            @Schema(description = "Content (redacted for a denunciation; '[đã tiêu hủy]' after destruction).") String content,
            @Schema(description = "Request.") String request,
            @Schema(description = "Respondent.") String respondent,
            @Schema(description = "Incident unit code.") String incidentUnitCode,
            @Schema(description = "Field code.") String fieldCode,
            @Schema(description = "Classification.") PetitionContentType classification,
            @Schema(description = "Processable.") Processable processable,
            @Schema(description = "Why not processable.") String notProcessableReason,
            @Schema(description = "Conditions of TT 05/2021 Art. 6(2)(a) the petition does not meet (warnings).") List<String> processableIssues,
            @Schema(description = "Competence.") Competence competence,
            @Schema(description = "Status.") PetitionStatus status,
            @Schema(description = "Decision.") PetitionDecision decision,
            @Schema(description = "Decision ground.") String decisionGround,
            @Schema(description = "Decision note.") String decisionNote,
            @Schema(description = "Transfer: receiving unit.") UnitRef transferToUnit,
            @Schema(description = "Transfer: receiving body outside the tree.") String transferToBody,
            @Schema(description = "Transfer slip number.") String transferSlipNo,
            @Schema(description = "The transfer carried a redacted copy (denunciation).") Boolean transferRedacted,
            @Schema(description = "Decided at.") Instant decidedAt,
            @Schema(description = "Decided by.") String decidedBy,
            @Schema(description = "Handler.") String handlerUsername,
            @Schema(description = "Processing due date.") LocalDate processDueOn,
            @Schema(description = "The processing deadline with its derivation (XLD.PROCESS).") Due processDue,
            @Schema(description = "Due date passed without a decision.") boolean overdue,
            @Schema(description = "The master petition, for a duplicate.") PetitionRef duplicateOf,
            @Schema(description = "Duplicates linked to this petition.") List<PetitionRef> duplicates,
            @Schema(description = "Mixed petition this part was split from.") PetitionRef parent,
            @Schema(description = "Parts split from this petition.") List<PetitionRef> parts,
            @Schema(description = "Case opened from it.") UUID caseId,
            @Schema(description = "Number of that case.") String caseNo,
            @Schema(description = "Filed at.") Instant filedAt,
            @Schema(description = "May be destroyed from this day, with the head's approval (TT 05/2021 Art. 28).") LocalDate destroyAfter,
            @Schema(description = "Destruction approved by.") String destroyApprovedBy,
            @Schema(description = "Destroyed at.") Instant destroyedAt,
            @Schema(description = "Destruction record number.") String destructionRecordNo,
            @Schema(description = "Resolution status of the matter when the petition came in.", nullable = true)
            PriorResolution priorResolution,
            @Schema(description = "Transfer: number of the reply received.", nullable = true) String transferReplyDocNo,
            @Schema(description = "Transfer: day the reply was received.", nullable = true) LocalDate transferReplyOn,
            @Schema(description = "What the caller may do now.") List<PetitionAction> allowedActions,
            @Schema(description = "Version for optimistic locking.") long version,
            @Schema(description = "Created at.") Instant createdAt,
            @Schema(description = "Created by.") String createdBy) {
    }
}
