package vn.tiepdan.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import vn.tiepdan.cases.CaseAccess.CaseRef;
import vn.tiepdan.cases.VerificationAssigned;
import vn.tiepdan.confidential.IdentityVault;
import vn.tiepdan.notification.Notifications;

/**
 * The redacted copy of a denunciation (Luật Tố cáo 2018, Điều 56(2)): a PDF with the case's number, type, date,
 * title, summary and respondent, every mention of the people kept in the identity vault replaced by
 * "[đã lược bỏ]". Produced when a denunciation is transferred and when its verification is assigned; the verifier
 * and the receiving body work from it, never from the original.
 */
@ApplicationScoped
public class RedactedCopy {
    static final String HEADER = "BẢN SAO ĐÃ LƯỢC BỎ THÔNG TIN NGƯỜI TỐ CÁO (Luật Tố cáo 2018, Điều 56)";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private final EntityManager em;
    private final IdentityVault vault;
    private final CaseDocuments documents;

    RedactedCopy(EntityManager em, IdentityVault vault, CaseDocuments documents) {
        this.em = em;
        this.vault = vault;
        this.documents = documents;
    }

    /** Verification assigned (fired by the cases feature in its transaction): the verifier's copy. */
    void onVerificationAssigned(@Observes VerificationAssigned event) {
        produce(event.caseId(), event.decisionId());
    }

    /** Produces and stores the copy for the case; returns the document id. */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public UUID produce(UUID caseId, UUID decisionId) {
        List<Object[]> rows = em.createNativeQuery("select c.id, c.case_no, c.case_type, c.status, c.org_unit_id, "
                + "u.path, c.confidential, c.denouncer_ref, c.handler_username, c.received_on, c.title, c.summary, "
                + "c.respondent from case_file c join org_unit u on u.id = c.org_unit_id where c.id = :id")
                .setParameter("id", caseId).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no such case");
        }
        Object[] r = rows.get(0);
        CaseRef ref = new CaseRef((UUID) r[0], (String) r[1], (String) r[2], (String) r[3], (UUID) r[4],
                (String) r[5], (Boolean) r[6], (UUID) r[7], (String) r[8], true);
        List<IdentityVault.Person> people = ref.denouncerRef() == null ? List.of() : vault.reveal(ref.denouncerRef());
        LocalDate received = CaseDocuments.date(r[9]);
        byte[] pdf = pdf(List.of(
                new String[] {"Số hồ sơ", ref.caseNo()},
                new String[] {"Loại vụ việc", Notifications.typeLabel(ref.caseType())},
                new String[] {"Ngày tiếp nhận", received == null ? "" : DAY.format(received)},
                new String[] {"Tiêu đề", IdentityVault.redact((String) r[10], people)},
                new String[] {"Nội dung tóm tắt", IdentityVault.redact((String) r[11], people)},
                new String[] {"Người bị tố cáo", IdentityVault.redact((String) r[12], people)}));
        List<UUID> originals = em.createNativeQuery("select id from case_document where case_id = :id and doc_type = "
                + "'ORIGINAL_PETITION' order by uploaded_at desc, id limit 1").setParameter("id", caseId)
                .getResultList();
        return documents.add(ref, new CaseDocuments.NewDocument(DocumentType.REDACTED_COPY,
                "Bản sao đã lược bỏ thông tin người tố cáo – " + ref.caseNo(), null, null,
                "ban-sao-luoc-bo-" + ref.caseNo().replaceAll("[^A-Za-z0-9]+", "-") + ".pdf", FileType.PDF.contentType(),
                pdf, SecurityLevel.THUONG, originals.isEmpty() ? null : originals.get(0), decisionId));
    }

    static byte[] pdf(List<String[]> fields) {
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    BOLD, null);
            Font text = new Font(regular, 11);
            Font strong = new Font(bold, 11);
            PdfWriter.getInstance(doc, out);
            doc.addTitle(HEADER);
            doc.addCreator("TiếpDân");
            doc.open();
            Paragraph head = new Paragraph(HEADER, new Font(bold, 13));
            head.setAlignment(Element.ALIGN_CENTER);
            head.setSpacingAfter(16);
            doc.add(head);
            for (String[] f : fields) {
                Paragraph p = new Paragraph();
                p.add(new com.lowagie.text.Chunk(f[0] + ": ", strong));
                p.add(new com.lowagie.text.Chunk(f[1] == null ? "" : f[1], text));
                p.setSpacingAfter(6);
                doc.add(p);
            }
            doc.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("redacted copy cannot be written", e);
        }
        return out.toByteArray();
    }

    private static byte[] load(String resource) {
        try (InputStream in = RedactedCopy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
