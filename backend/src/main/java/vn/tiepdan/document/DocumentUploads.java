package vn.tiepdan.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import vn.tiepdan.cases.CaseAccess;
import vn.tiepdan.cases.CaseAccess.CaseRef;
import vn.tiepdan.confidential.IdentityVault;
import vn.tiepdan.shared.api.Problem;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;
import vn.tiepdan.shared.api.Violations;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.api.Messages;

/**
 * Checks and stores an uploaded case document: allowed type by extension AND first bytes, at most
 * {@link #MAX_BYTES}; the original petition of a denunciation is MAT whatever the uploader chose; titles and file
 * names of a confidential case are passed through the vault's redaction.
 */
@ApplicationScoped
public class DocumentUploads {
    /** 10 MB: the largest document accepted. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final CaseAccess access;
    private final CaseDocuments documents;
    private final IdentityVault vault;
    private final CurrentUser user;

    DocumentUploads(CaseAccess access, CaseDocuments documents, IdentityVault vault, CurrentUser user) {
        this.access = access;
        this.documents = documents;
        this.vault = vault;
        this.user = user;
    }

    /** The form of an upload. */
    public record Upload(Path file, String fileName, long size, String docType, String title, String docNo,
            LocalDate signedOn, String securityLevel) {
    }

    @Transactional
    public DocumentDtos.DocumentView upload(UUID caseId, Upload u) {
        CaseRef ref = access.find(caseId).orElseThrow(ProblemException::notFound);
        if (!ref.writable()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "case.read-only");
        }
        Violations v = new Violations();
        if (u.file() == null) {
            v.add("file", "REQUIRED", "validation.required");
        }
        v.require(u.docType(), "docType");
        v.require(u.title(), "title");
        v.maxLength(u.title(), 300, "title");
        v.maxLength(u.docNo(), 64, "docNo");
        DocumentType type = null;
        if (u.docType() != null && !u.docType().isBlank()) {
            try {
                type = DocumentType.valueOf(u.docType().strip());
                if (type == DocumentType.REDACTED_COPY) {
                    v.add("docType", "GENERATED_ONLY", "document.type.generated");
                }
            } catch (IllegalArgumentException e) {
                v.add("docType", "UNKNOWN", "document.type.unknown");
            }
        }
        SecurityLevel level = SecurityLevel.THUONG;
        if (u.securityLevel() != null && !u.securityLevel().isBlank()) {
            try {
                level = SecurityLevel.valueOf(u.securityLevel().strip());
            } catch (IllegalArgumentException e) {
                v.add("securityLevel", "UNKNOWN", "document.security-level.unknown");
            }
        }
        v.throwIfAny();
        if (u.size() > MAX_BYTES) {
            throw tooLarge();
        }
        FileType fileType = FileType.byExtension(u.fileName()).orElseThrow(() -> ProblemException.invalid("file",
                "UNSUPPORTED_TYPE", "document.file.unsupported"));
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(u.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        if (bytes.length == 0) {
            throw ProblemException.invalid("file", "EMPTY", "document.file.empty");
        }
        if (!fileType.matches(bytes)) {
            throw ProblemException.invalid("file", "UNSUPPORTED_TYPE", "document.file.mismatch");
        }
        if (ref.confidential() && type == DocumentType.ORIGINAL_PETITION) {
            level = SecurityLevel.MAT;
        }
        String fileName = safeName(u.fileName());
        String title = u.title().strip();
        if (ref.confidential()) {
            fileName = vault.redact(ref.denouncerRef(), fileName);
            title = vault.redact(ref.denouncerRef(), title);
        }
        UUID id = documents.add(ref, new CaseDocuments.NewDocument(type, title, blankToNull(u.docNo()), u.signedOn(),
                fileName, fileType.contentType(), bytes, level, null, null));
        return documents.get(caseId, id);
    }

    /** A 413 problem naming the file (the limit is 10 MB). */
    static ProblemException tooLarge() {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, java.util.List.of(new Problem.FieldError("file",
                "TOO_LARGE", Messages.text(java.util.Locale.forLanguageTag("vi"), "document.file.too-large"))),
                "document.file.too-large");
    }

    private static String safeName(String name) {
        String base = name == null ? "file" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
