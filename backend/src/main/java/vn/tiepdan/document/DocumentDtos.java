package vn.tiepdan.document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tiepdan.confidential.IdentityVault;

/** Request and answer shapes of the document and reveal endpoints. */
public final class DocumentDtos {
    private DocumentDtos() {
    }

    @Schema(description = "A document of a case (metadata; the bytes are downloaded separately).")
    public record DocumentView(
            @Schema(description = "Id of the document.") UUID id,
            @Schema(description = "Id of the case.") UUID caseId,
            @Schema(description = "Kind of document.") DocumentType docType,
            @Schema(description = "Title.", example = "Quyết định thụ lý") String title,
            @Schema(description = "Document number.", example = "12/QĐ-UBND") String docNo,
            @Schema(description = "Date signed.") LocalDate signedOn,
            @Schema(description = "File name (redacted for a confidential case).", example = "qd-thu-ly.pdf")
            String fileName,
            @Schema(description = "Media type, from the verified file type.", example = "application/pdf")
            String contentType,
            @Schema(description = "Size in bytes.", example = "48213") long sizeBytes,
            @Schema(description = "SHA-256 of the content, hex.") String sha256,
            @Schema(description = "THUONG or MAT; MAT is sealed at rest and opened only for a stated purpose.")
            SecurityLevel securityLevel,
            @Schema(description = "For a redacted copy, the original it was made from.") UUID redactedCopyOf,
            @Schema(description = "Decision the document belongs to.") UUID decisionId,
            @Schema(description = "When it was added.") Instant uploadedAt,
            @Schema(description = "Who added it.", example = "xuly.tranbien") String uploadedBy) {
    }

    @Schema(description = "Why the identity is opened.")
    public record RevealRequest(
            @Schema(description = "Purpose, at least 10 characters; written to the audit trail.",
                    example = "Xác minh nội dung tố cáo theo phân công") String purpose) {
    }

    @Schema(description = "The people of a denunciation, opened for an audited purpose. Never cache.")
    public record RevealedIdentity(
            @Schema(description = "Id of the case.") UUID caseId,
            @Schema(description = "The people kept in the identity vault.") List<PersonView> people) {
    }

    @Schema(description = "One person of a denunciation as kept in the identity vault.")
    public record PersonView(
            @Schema(description = "Role in the denunciation.", example = "VISITOR") String role,
            @Schema(description = "Full name.", example = "Nguyễn Văn An") String fullName,
            @Schema(description = "Kind of ID document.", example = "CCCD") String idDocType,
            @Schema(description = "ID number.", example = "075090001234") String idNumber,
            @Schema(description = "Date the ID was issued.") LocalDate idIssueDate,
            @Schema(description = "Place the ID was issued.") String idIssuePlace,
            @Schema(description = "Gender.") String gender,
            @Schema(description = "Year of birth.") Integer birthYear,
            @Schema(description = "Address as written.") String address,
            @Schema(description = "Administrative unit code of the address.") String addressUnitCode,
            @Schema(description = "Phone.") String phone,
            @Schema(description = "E-mail.") String email,
            @Schema(description = "Position or occupation.") String position,
            @Schema(description = "How the person wishes to be contacted.") String contactPreference) {

        static PersonView of(IdentityVault.Person p) {
            return new PersonView(p.role(), p.fullName(), p.idDocType(), p.idNumber(), p.idIssueDate(),
                    p.idIssuePlace(), p.gender(), p.birthYear(), p.address(), p.addressUnitCode(), p.phone(),
                    p.email(), p.position(), p.contactPreference());
        }
    }
}
