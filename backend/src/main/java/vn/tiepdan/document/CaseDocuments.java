package vn.tiepdan.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.tiepdan.audit.AuditAction;
import vn.tiepdan.audit.AuditTrail;
import vn.tiepdan.cases.CaseAccess;
import vn.tiepdan.cases.CaseAccess.CaseRef;
import vn.tiepdan.cases.CaseTimeline;
import vn.tiepdan.confidential.IdentityVault;
import vn.tiepdan.document.DocumentDtos.DocumentView;
import vn.tiepdan.shared.api.ProblemException;
import vn.tiepdan.shared.api.ProblemType;
import vn.tiepdan.shared.security.CurrentUser;
import vn.tiepdan.shared.security.Roles;

/**
 * Documents of cases: metadata in case_document, bytes behind {@link DocumentStorage}. A MAT document is sealed
 * with the vault key (AAD {@code doc:<id>}) before it reaches the storage, and is opened only for the confidential
 * custodian in scope or the case's current handler, for a stated purpose, audited (DOMAIN.md §8.1).
 */
@ApplicationScoped
public class CaseDocuments {
    static final String ENTITY = "case_document";

    private final EntityManager em;
    private final DocumentStorage storage;
    private final IdentityVault vault;
    private final CaseTimeline timeline;
    private final AuditTrail audit;
    private final CurrentUser user;
    private final CaseAccess access;
    private final Clock clock;

    CaseDocuments(EntityManager em, DocumentStorage storage, IdentityVault vault, CaseTimeline timeline,
            AuditTrail audit, CurrentUser user, CaseAccess access, Clock clock) {
        this.em = em;
        this.storage = storage;
        this.vault = vault;
        this.timeline = timeline;
        this.audit = audit;
        this.user = user;
        this.access = access;
        this.clock = clock;
    }

    /** What to store. */
    public record NewDocument(DocumentType docType, String title, String docNo, LocalDate signedOn, String fileName,
            String contentType, byte[] bytes, SecurityLevel securityLevel, UUID redactedCopyOf, UUID decisionId) {
    }

    /** The bytes of a document as downloaded. */
    public record Content(String fileName, String contentType, byte[] bytes) {
    }

    /** Stores a document of the case, writes DOCUMENT_ADDED on the timeline and audits; returns its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID add(CaseRef ref, NewDocument d) {
        UUID id = UUID.randomUUID();
        String key = "doc/" + id;
        boolean mat = d.securityLevel() == SecurityLevel.MAT;
        storage.put(key, mat ? vault.sealBytes(d.bytes(), "doc:" + id) : d.bytes());
        em.createNativeQuery("insert into case_document (id, case_id, doc_type, title, doc_no, signed_on, file_name, "
                + "content_type, size_bytes, sha256, storage_key, security_level, is_redacted_copy_of, decision_id, "
                + "uploaded_at, uploaded_by) values (:id, :case, :type, :title, :no, :signed, :file, :ct, :size, :sha, "
                + ":key, :level, :copyOf, :decision, :at, :by)")
                .setParameter("id", id).setParameter("case", ref.id()).setParameter("type", d.docType().name())
                .setParameter("title", d.title()).setParameter("no", d.docNo()).setParameter("signed", d.signedOn())
                .setParameter("file", d.fileName()).setParameter("ct", d.contentType())
                .setParameter("size", (long) d.bytes().length).setParameter("sha", sha256(d.bytes()))
                .setParameter("key", key).setParameter("level", d.securityLevel().name())
                .setParameter("copyOf", d.redactedCopyOf()).setParameter("decision", d.decisionId())
                .setParameter("at", Instant.now(clock)).setParameter("by", user.username()).executeUpdate();
        timeline.append(ref.id(), "DOCUMENT_ADDED", ref.status(), ref.status(), ref.orgUnitId(),
                label(d.docType()) + (d.docNo() == null ? "" : " " + d.docNo()), null, id,
                Map.of("docType", d.docType().name(), "securityLevel", d.securityLevel().name()));
        audit.record(AuditAction.CREATE, ENTITY, id, null, Map.of("caseId", ref.id().toString(), "docType",
                d.docType().name(), "securityLevel", d.securityLevel().name(), "sizeBytes", d.bytes().length));
        return id;
    }

    /** The documents of a case the caller may read, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<DocumentView> list(UUID caseId) {
        access.find(caseId).orElseThrow(ProblemException::notFound);
        List<Object[]> rows = em.createNativeQuery(SELECT + " where case_id = :id order by uploaded_at, id")
                .setParameter("id", caseId).getResultList();
        return rows.stream().map(CaseDocuments::view).toList();
    }

    /** One document's metadata. */
    @Transactional
    @SuppressWarnings("unchecked")
    public DocumentView get(UUID caseId, UUID documentId) {
        access.find(caseId).orElseThrow(ProblemException::notFound);
        List<Object[]> rows = em.createNativeQuery(SELECT + " where case_id = :case and id = :id")
                .setParameter("case", caseId).setParameter("id", documentId).getResultList();
        return rows.stream().map(CaseDocuments::view).findFirst().orElseThrow(ProblemException::notFound);
    }

    /**
     * The bytes of a document, audited. A MAT document needs the confidential custodian in scope or the current
     * handler, and a purpose of at least 10 characters.
     */
    @Transactional
    public Content download(UUID caseId, UUID documentId, String purpose) {
        CaseRef ref = access.find(caseId).orElseThrow(ProblemException::notFound);
        DocumentView doc = get(caseId, documentId);
        String why = purpose == null ? null : purpose.strip();
        if (doc.securityLevel() == SecurityLevel.MAT) {
            requireNeedToKnow(ref);
            if (why == null || why.length() < 10) {
                throw ProblemException.invalid("purpose", why == null || why.isEmpty() ? "REQUIRED" : "TOO_SHORT",
                        "document.purpose");
            }
        }
        if (why != null && why.length() > 1000) {
            throw ProblemException.invalid("purpose", "TOO_LONG", "validation.too-long", 1000);
        }
        String key = (String) em.createNativeQuery("select storage_key from case_document where id = :id")
                .setParameter("id", documentId).getSingleResult();
        byte[] stored = storage.get(key).orElseThrow(ProblemException::notFound);
        byte[] bytes = doc.securityLevel() == SecurityLevel.MAT ? vault.openBytes(stored, "doc:" + documentId)
                : stored;
        audit.recordView(ENTITY, documentId, why == null || why.isEmpty() ? "download" : why);
        return new Content(doc.fileName(), doc.contentType(), bytes);
    }

    /**
     * Need to know (Luật TC Art. 9(1)(b)): the confidential custodian whose scope reaches the case's current unit,
     * or the case's current handler. A reader without it gets 403.
     */
    public void requireNeedToKnow(CaseRef ref) {
        boolean custodian = user.hasRole(Roles.CONFIDENTIAL_CUSTODIAN) && ref.writable();
        boolean handler = ref.handlerUsername() != null && ref.handlerUsername().equals(user.username());
        if (!custodian && !handler) {
            throw new ProblemException(ProblemType.FORBIDDEN, "document.need-to-know");
        }
    }

    private static final String SELECT = "select id, case_id, doc_type, title, doc_no, signed_on, file_name, "
            + "content_type, size_bytes, sha256, security_level, is_redacted_copy_of, decision_id, uploaded_at, "
            + "uploaded_by from case_document";

    private static DocumentView view(Object[] r) {
        return new DocumentView((UUID) r[0], (UUID) r[1], DocumentType.valueOf((String) r[2]), (String) r[3],
                (String) r[4], date(r[5]), (String) r[6], (String) r[7], ((Number) r[8]).longValue(), (String) r[9],
                SecurityLevel.valueOf((String) r[10]), (UUID) r[11], (UUID) r[12], instant(r[13]), (String) r[14]);
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }

    static String label(DocumentType type) {
        return switch (type) {
            case ORIGINAL_PETITION -> "Đơn gốc";
            case DECISION -> "Quyết định";
            case NOTICE -> "Thông báo";
            case MINUTES -> "Biên bản";
            case TRANSFER_SLIP -> "Phiếu chuyển";
            case GUIDANCE -> "Văn bản hướng dẫn";
            case EVIDENCE -> "Tài liệu, chứng cứ";
            case REPLY -> "Văn bản trả lời";
            case CONCLUSION -> "Kết luận";
            case REDACTED_COPY -> "Bản sao đã lược bỏ thông tin người tố cáo";
            case OTHER -> "Tài liệu khác";
        };
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
