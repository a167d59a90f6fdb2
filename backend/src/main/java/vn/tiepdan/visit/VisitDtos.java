package vn.tiepdan.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.orgunit.UnitRef;
import vn.tiepdan.schedule.Channel;
import vn.tiepdan.schedule.OfficialRef;
import vn.tiepdan.schedule.Program;
import vn.tiepdan.schedule.ReceptionKind;

/** Requests and views of the reception book (docs: /work/notes/visit-contract.md, DOMAIN.md §5.3). */
public final class VisitDtos {
    /** Shown instead of a denouncer's name (Luật TC Art. 9(1)(b)). */
    public static final String MASKED_NAME = "Tố cáo – bảo mật";

    private VisitDtos() {
    }

    @Schema(name = "VisitPartyInput", description = "A person or organisation of the visit.")
    public record PartyInput(
            @Schema(description = "Role in the visit.", required = true) PartyRole role,
            @Schema(description = "Full name (or the organisation's name), family name first.", required = true,
                    example = "Nguyễn Văn An", maxLength = 200) String fullName,
            @Schema(description = "Kind of identity document; required with idNumber.") IdDocType idDocType,
            @Schema(description = "Number of the identity document: CCCD 12 digits (province code of TT 07/2016/"
                    + "TT-BCA, century-gender digit, birth year), CMND 9 digits, passport 6–20 letters/digits.",
                    example = "075090001234", maxLength = 32) String idNumber,
            @Schema(description = "Issue date of the document.") LocalDate idIssueDate,
            @Schema(description = "Issuing authority or place.", maxLength = 200) String idIssuePlace,
            @Schema(description = "Gender.") Gender gender,
            @Schema(description = "Year of birth.", example = "1990") Integer birthYear,
            @Schema(description = "Address as the citizen gave it.", maxLength = 500) String addressAsWritten,
            @Schema(description = "National code of the administrative unit of the address, if known.",
                    maxLength = 32) String addressUnitCode,
            @Schema(description = "Phone.", maxLength = 32) String phone,
            @Schema(description = "Position (representative of an organisation).", maxLength = 200)
            String position) {
    }

    @Schema(name = "VisitDocumentInput", description = "A document received at the visit.")
    public record DocumentInput(
            @Schema(description = "Title of the document.", required = true, maxLength = 500) String title,
            @Schema(description = "Number of pages.", minimum = "1") Integer pages,
            @Schema(description = "Original or copy; COPY when absent.") CopyKind copyKind) {
    }

    @Schema(name = "PreviouslyHandled", description = "An agency that already handled the matter (Mẫu 03 column 7).")
    public record PreviouslyHandled(
            @Schema(description = "The agency.", required = true, maxLength = 300,
                    example = "UBND phường Trấn Biên") String agency,
            @Schema(description = "Number of its decision or reply.", maxLength = 100) String documentNo,
            @Schema(description = "Date of its decision or reply.") LocalDate date,
            @Schema(description = "Form of the handling, e.g. Quyết định giải quyết khiếu nại lần đầu.",
                    maxLength = 200) String form) {
    }

    @Schema(name = "VisitRefusalInput", description = "A refusal of the reception (Luật TCD Art. 9; TT 04/2021 "
            + "Art. 4). R3 needs the head's written notice (noticeNo, noticeDate, issuedByOfficialId) and the "
            + "visit's matterId, and only a unit leader records it.")
    public record RefusalInput(
            @Schema(description = "Ground.", required = true) RefusalGround ground,
            @Schema(description = "What happened and why reception was refused.", required = true,
                    maxLength = 4000) String explanation,
            @Schema(description = "Whether the reason was explained to the citizen (default true).")
            Boolean explainedToCitizen,
            @Schema(description = "Whom the incident was reported to (R2: police).", maxLength = 200)
            String reportedTo,
            @Schema(description = "Whether minutes were drawn up.") Boolean minutesDrawnUp,
            @Schema(description = "Number of the head's notice of refusal (R3).", maxLength = 64) String noticeNo,
            @Schema(description = "Date of the head's notice (R3).") LocalDate noticeDate,
            @Schema(description = "The head who signed the notice (R3); a head of the visit's unit.")
            UUID issuedByOfficialId) {
    }

    @Schema(name = "CreateVisitRequest", description = "A visit to record in the reception book.")
    public record CreateVisitRequest(
            @Schema(description = "Unit of the book; default the session's unit, else the caller's.") UUID orgUnitId,
            @Schema(description = "The session the visit belongs to (same day, in scope, not planned/cancelled).")
            UUID sessionId,
            @Schema(description = "When the citizen was received: an instant or a local date-time (Asia/Ho_Chi_Minh); "
                    + "not in the future.", required = true, type = SchemaType.STRING,
                    example = "2026-11-27T08:15:00+07:00") String receivedAt,
            @Schema(description = "Kind of reception; default the session's, else REGULAR.")
            ReceptionKind receptionKind,
            @Schema(description = "Channel; default the session's, else IN_PERSON.") Channel channel,
            @Schema(description = "The official who received; default the caller's official record.")
            UUID receivingOfficialId,
            @Schema(description = "The official who presided; default the session's presiding official.")
            UUID presidingOfficialId,
            @Schema(description = "Who came.", required = true) PartyKind partyKind,
            @Schema(description = "Number of people: GROUP ≥ 2 (required); otherwise 1.") Integer headcount,
            @Schema(description = "The people: PERSON exactly one VISITOR; ORGANISATION one ORGANISATION and "
                    + "optional REPRESENTATIVEs; GROUP REPRESENTATIVEs and optional MEMBERs.", required = true)
            List<PartyInput> parties,
            @Schema(description = "Classification; required unless refused.") Classification classification,
            @Schema(description = "The kinds of a NHIEU_NOI_DUNG visit (at least two of the other three).")
            List<Classification> mixedKinds,
            @Schema(description = "Field code from GET /visits/field-categories.") String fieldCode,
            @Schema(description = "Summary of the content; required unless refused.", maxLength = 10000)
            String contentSummary,
            @Schema(description = "What the citizen asks for.", maxLength = 10000) String visitorRequest,
            @Schema(description = "Whether a written petition was handed in.", required = true) Boolean withPetition,
            @Schema(description = "Without a petition: how the recorded statement was confirmed (required).")
            StatementConfirmation statementConfirmation,
            @Schema(description = "Documents received; a receipt number is assigned when any.")
            List<DocumentInput> documents,
            @Schema(description = "Agencies that already handled the matter.") List<PreviouslyHandled>
            previouslyHandled,
            @Schema(description = "Handling direction; absent → status RECORDED.") HandlingDirection
            handlingDirection,
            @Schema(description = "Guidance given (required for TRA_LAI_VA_HUONG_DAN).", maxLength = 10000)
            String guidance,
            @Schema(description = "Competent unit (CHUYEN_DON).") UUID transferToUnitId,
            @Schema(description = "Competent body by name (CHUYEN_DON, when not a unit of the system).",
                    maxLength = 500) String transferToName,
            @Schema(description = "The presiding leader's conclusion.", maxLength = 10000) String leaderConclusion,
            @Schema(description = "Opinions of the members present.", maxLength = 10000) String membersOpinions,
            @Schema(description = "The citizen's statement.", maxLength = 10000) String visitorStatement,
            @Schema(description = "Notes (Mẫu 03 column 12).", maxLength = 4000) String notes,
            @Schema(description = "Whether an interpreter was used.") Boolean interpreterUsed,
            @Schema(description = "The interpreter.", maxLength = 200) String interpreterName,
            @Schema(description = "An earlier matter this visit repeats; absent → a new matter (first time).")
            UUID matterId,
            @Schema(description = "Refusal of the reception, if refused.") RefusalInput refusal) {
    }

    @Schema(name = "PatchVisitRequest", description = "Corrections of a visit; absent fields stay. The book number "
            + "and unit never change; a denunciation's classification cannot be lifted.")
    public record PatchVisitRequest(
            @Schema(description = "Version read.", required = true, example = "0") Long version,
            @Schema(description = "When received (see create).", type = SchemaType.STRING) String receivedAt,
            @Schema(description = "Kind of reception.") ReceptionKind receptionKind,
            @Schema(description = "Channel.") Channel channel,
            @Schema(description = "The official who received.") UUID receivingOfficialId,
            @Schema(description = "The official who presided.") UUID presidingOfficialId,
            @Schema(description = "Number of people.") Integer headcount,
            @Schema(description = "The people, replacing all (see create).") List<PartyInput> parties,
            @Schema(description = "Classification.") Classification classification,
            @Schema(description = "Kinds of a NHIEU_NOI_DUNG visit.") List<Classification> mixedKinds,
            @Schema(description = "Field code.") String fieldCode,
            @Schema(description = "Summary of the content.", maxLength = 10000) String contentSummary,
            @Schema(description = "What the citizen asks for.", maxLength = 10000) String visitorRequest,
            @Schema(description = "Whether a written petition was handed in.") Boolean withPetition,
            @Schema(description = "Confirmation of the statement.") StatementConfirmation statementConfirmation,
            @Schema(description = "Documents, replacing all.") List<DocumentInput> documents,
            @Schema(description = "Agencies that already handled the matter, replacing all.")
            List<PreviouslyHandled> previouslyHandled,
            @Schema(description = "Handling direction (cannot be removed once set).")
            HandlingDirection handlingDirection,
            @Schema(description = "Guidance given.", maxLength = 10000) String guidance,
            @Schema(description = "Competent unit (CHUYEN_DON).") UUID transferToUnitId,
            @Schema(description = "Competent body by name (CHUYEN_DON).", maxLength = 500) String transferToName,
            @Schema(description = "The presiding leader's conclusion.", maxLength = 10000) String leaderConclusion,
            @Schema(description = "Opinions of the members present.", maxLength = 10000) String membersOpinions,
            @Schema(description = "The citizen's statement.", maxLength = 10000) String visitorStatement,
            @Schema(description = "Notes.", maxLength = 4000) String notes,
            @Schema(description = "Whether an interpreter was used.") Boolean interpreterUsed,
            @Schema(description = "The interpreter.", maxLength = 200) String interpreterName) {
    }

    @Schema(name = "ResultNoticeRequest", description = "The result notice sent to the citizen (Luật TCD Art. 28).")
    public record ResultNoticeRequest(
            @Schema(description = "Version read.", required = true, example = "0") Long version,
            @Schema(description = "When it was sent; not in the future.", required = true) Instant sentAt,
            @Schema(description = "Kind of notice.", required = true) ResultNoticeKind kind) {
    }

    @Schema(name = "CaseLinkRequest", description = "Links an accepted (THU_LY) visit and its matter to a case.")
    public record CaseLinkRequest(
            @Schema(description = "Version read.", required = true, example = "0") Long version,
            @Schema(description = "Id of the case.", required = true) UUID caseId) {
    }

    @Schema(name = "RevealIdentityRequest", description = "Why the custodian opens a denouncer's identity.")
    public record RevealRequest(
            @Schema(description = "Purpose (at least 10 characters); kept in the audit trail.", required = true,
                    minLength = 10, maxLength = 1000, example = "Xác minh theo yêu cầu của Chánh Thanh tra")
            String purpose) {
    }

    @Schema(name = "VisitParty", description = "A person or organisation of the visit.")
    public record PartyView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Role.") PartyRole role,
            @Schema(description = "Full name.") String fullName,
            @Schema(description = "Kind of identity document.") IdDocType idDocType,
            @Schema(description = "Number of the identity document.") String idNumber,
            @Schema(description = "Issue date.") LocalDate idIssueDate,
            @Schema(description = "Issuing authority or place.") String idIssuePlace,
            @Schema(description = "Gender.") Gender gender,
            @Schema(description = "Year of birth.") Integer birthYear,
            @Schema(description = "Address as given.") String addressAsWritten,
            @Schema(description = "Administrative unit code of the address.") String addressUnitCode,
            @Schema(description = "Phone.") String phone,
            @Schema(description = "Position.") String position) {
    }

    @Schema(name = "VisitDocument", description = "A document received.")
    public record DocumentView(
            @Schema(description = "Title.") String title,
            @Schema(description = "Pages.") Integer pages,
            @Schema(description = "Original or copy.") CopyKind copyKind) {
    }

    @Schema(name = "VisitRefusal", description = "The refusal of the reception.")
    public record RefusalView(
            @Schema(description = "Ground.") RefusalGround ground,
            @Schema(description = "Explanation.") String explanation,
            @Schema(description = "Explained to the citizen.") boolean explainedToCitizen,
            @Schema(description = "Reported to.") String reportedTo,
            @Schema(description = "Minutes drawn up.") boolean minutesDrawnUp,
            @Schema(description = "Number of the head's notice (R3).") String noticeNo,
            @Schema(description = "Date of the head's notice (R3).") LocalDate noticeDate,
            @Schema(description = "The head who issued it (R3).") UUID issuedByOfficialId,
            @Schema(description = "The matter refused as already settled (R3).") UUID matterId) {
    }

    @Schema(name = "VisitTransferTo", description = "Where the petition was transferred (CHUYEN_DON).")
    public record TransferTo(
            @Schema(description = "Unit, when one of the system.") UUID unitId,
            @Schema(description = "Name of the competent body.") String name) {
    }

    @Schema(name = "VisitSummary", description = "A line of the reception book. For a visit with a denunciation the "
            + "identity is masked: displayName \"Tố cáo – bảo mật\", no idNumber, no address.")
    public record VisitSummary(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Unit keeping the book.") UnitRef orgUnit,
            @Schema(description = "Year of the book.", example = "2026") int bookYear,
            @Schema(description = "Number in the book of that year.", example = "12") int bookSeq,
            @Schema(description = "Book number as printed.", example = "12/2026") String bookNo,
            @Schema(description = "When received.") Instant receivedAt,
            @Schema(description = "The session, if any.") UUID sessionId,
            @Schema(description = "Kind of reception.") ReceptionKind receptionKind,
            @Schema(description = "Status.") VisitStatus status,
            @Schema(description = "Who came.") PartyKind partyKind,
            @Schema(description = "Number of people.") int headcount,
            @Schema(description = "Whether the visit carries a denunciation (identity kept apart).")
            boolean confidential,
            @Schema(description = "Visitor's or organisation's name, \"Đoàn N người – <representative>\", or "
                    + "\"Tố cáo – bảo mật\".") String displayName,
            @Schema(description = "ID number of the first visitor; null when confidential.") String idNumber,
            @Schema(description = "Address of the first visitor; null when confidential.") String address,
            @Schema(description = "Classification.") Classification classification,
            @Schema(description = "Field code.") String fieldCode,
            @Schema(description = "Summary of the content.") String contentSummary,
            @Schema(description = "Handling direction.") HandlingDirection handlingDirection,
            @Schema(description = "First visit about the matter (null for a refusal without matter).")
            Boolean firstTime,
            @Schema(description = "The matter.") UUID matterId,
            @Schema(description = "The case, once linked.") UUID caseId,
            @Schema(description = "Due date of the result notice (10 working days, Luật TCD Art. 28).")
            LocalDate resultNoticeDue,
            @Schema(description = "When the result notice was sent.") Instant resultNoticeSentAt,
            @Schema(description = "Due date passed without a notice.") boolean noticeOverdue) {
    }

    @Schema(name = "Visit", description = "A visit with everything recorded. For a visit with a denunciation "
            + "parties is empty and partiesMasked true; only the confidential custodian reveals them.")
    public record VisitView(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Unit keeping the book.") UnitRef orgUnit,
            @Schema(description = "Year of the book.") int bookYear,
            @Schema(description = "Number in the book.") int bookSeq,
            @Schema(description = "Book number as printed.", example = "12/2026") String bookNo,
            @Schema(description = "When received.") Instant receivedAt,
            @Schema(description = "The session, if any.") UUID sessionId,
            @Schema(description = "Kind of reception.") ReceptionKind receptionKind,
            @Schema(description = "Programme tag (from the session).") Program program,
            @Schema(description = "Channel.") Channel channel,
            @Schema(description = "Status.") VisitStatus status,
            @Schema(description = "Who came.") PartyKind partyKind,
            @Schema(description = "Number of people.") int headcount,
            @Schema(description = "Five people or more (DOMAIN.md §6.1.4, practice).") boolean largeGroup,
            @Schema(description = "Whether the visit carries a denunciation.") boolean confidential,
            @Schema(description = "Display name (masked when confidential).") String displayName,
            @Schema(description = "ID number of the first visitor; null when confidential.") String idNumber,
            @Schema(description = "Address of the first visitor; null when confidential.") String address,
            @Schema(description = "Classification.") Classification classification,
            @Schema(description = "Kinds of a NHIEU_NOI_DUNG visit.") List<Classification> mixedKinds,
            @Schema(description = "Field code.") String fieldCode,
            @Schema(description = "Summary of the content.") String contentSummary,
            @Schema(description = "What the citizen asks for.") String visitorRequest,
            @Schema(description = "Handling direction.") HandlingDirection handlingDirection,
            @Schema(description = "First visit about the matter.") Boolean firstTime,
            @Schema(description = "The matter.") UUID matterId,
            @Schema(description = "The case, once linked.") UUID caseId,
            @Schema(description = "Due date of the result notice.") LocalDate resultNoticeDue,
            @Schema(description = "When the result notice was sent.") Instant resultNoticeSentAt,
            @Schema(description = "Kind of the result notice.") ResultNoticeKind resultNoticeKind,
            @Schema(description = "Due date passed without a notice.") boolean noticeOverdue,
            @Schema(description = "The people; empty when masked.") List<PartyView> parties,
            @Schema(description = "Whether the people are withheld (denunciation).") boolean partiesMasked,
            @Schema(description = "Documents received.") List<DocumentView> documents,
            @Schema(description = "Agencies that already handled the matter.") List<PreviouslyHandled>
            previouslyHandled,
            @Schema(description = "The refusal, for a REFUSED visit.") RefusalView refusal,
            @Schema(description = "Receipt number (when documents were received).") String receiptNo,
            @Schema(description = "Guidance given.") String guidance,
            @Schema(description = "Where it was transferred.") TransferTo transferTo,
            @Schema(description = "The presiding leader's conclusion.") String leaderConclusion,
            @Schema(description = "Opinions of the members present.") String membersOpinions,
            @Schema(description = "The citizen's statement.") String visitorStatement,
            @Schema(description = "Whether an interpreter was used.") boolean interpreterUsed,
            @Schema(description = "The interpreter.") String interpreterName,
            @Schema(description = "Notes.") String notes,
            @Schema(description = "Whether a written petition was handed in.") boolean withPetition,
            @Schema(description = "Confirmation of an oral statement.") StatementConfirmation statementConfirmation,
            @Schema(description = "The official who received.") OfficialRef receivingOfficial,
            @Schema(description = "The official who presided.") OfficialRef presidingOfficial,
            @Schema(description = "Actions the caller may take now.") List<VisitAction> allowedActions,
            @Schema(description = "Version for optimistic locking.", example = "0") long version,
            @Schema(description = "When recorded.") Instant createdAt,
            @Schema(description = "Who recorded it.") String createdBy,
            @Schema(description = "Notices about this write, e.g. PERIOD_SUBMITTED: the visit is dated in a period "
                    + "whose report was already submitted (the change is logged on that report).")
            List<vn.tiepdan.shared.api.Warning> warnings) {
    }

    @Schema(name = "VisitLookupMatch", description = "An earlier visit of the same person. For a denunciation only "
            + "the unit, classification and matter are given; displayName is \"Tố cáo – bảo mật\".")
    public record LookupMatch(
            @Schema(description = "The visit; null when confidential.") UUID visitId,
            @Schema(description = "Book number; null when confidential.") String bookNo,
            @Schema(description = "Book year; null when confidential.") Integer bookYear,
            @Schema(description = "When received; null when confidential.") Instant receivedAt,
            @Schema(description = "Unit.") UnitRef unit,
            @Schema(description = "Classification.") Classification classification,
            @Schema(description = "Summary; null when confidential.") String contentSummary,
            @Schema(description = "The matter, to link a repeat visit.") UUID matterId,
            @Schema(description = "The case; null when confidential.") UUID caseId,
            @Schema(description = "Name (masked when confidential).") String displayName,
            @Schema(description = "Whether the earlier visit carried a denunciation.") boolean confidential) {
    }

    @Schema(name = "VisitRefusalNotice", description = "A head's written notice refusing further reception about "
            + "a settled matter (R3, TT 04/2021 Art. 4).")
    public record RefusalNotice(
            @Schema(description = "Number of the notice.") String noticeNo,
            @Schema(description = "Date of the notice.") LocalDate noticeDate,
            @Schema(description = "The matter.") UUID matterId,
            @Schema(description = "Summary of the matter; null when confidential.") String matterSummary) {
    }

    @Schema(name = "VisitLookupResult", description = "Earlier visits of a person and R3 notices on their matters.")
    public record LookupResult(
            @Schema(description = "Earlier visits, newest first.") List<LookupMatch> matches,
            @Schema(description = "R3 refusal notices on the matched matters: the desk must warn.")
            List<RefusalNotice> refusalNotices) {
    }

    @Schema(name = "FieldCategory", description = "A field (lĩnh vực) of the taxonomy.")
    public record FieldCategory(
            @Schema(description = "Stable code.", example = "HANH_CHINH.DAT_DAI_NHA_CUA") String code,
            @Schema(description = "Parent code.") String parentCode,
            @Schema(description = "Label.", example = "Đất đai, nhà cửa") String label,
            @Schema(description = "Classifications it applies to.") List<Classification> appliesTo) {
    }

    @Schema(name = "RevealedIdentity", description = "The people of a visit with a denunciation, for the "
            + "confidential custodian (audited).")
    public record RevealedIdentity(
            @Schema(description = "The visit.") UUID visitId,
            @Schema(description = "The people.") List<PartyView> parties) {
    }
}
