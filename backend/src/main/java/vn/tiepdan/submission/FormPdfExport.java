package vn.tiepdan.submission;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import vn.tiepdan.report.FormRow;

/**
 * The official layout of a form as PDF (OpenPDF): landscape A4, A3 for wide forms, DejaVu Sans embedded as
 * Identity-H so every Vietnamese letter prints and the text can be searched; one form per page group.
 */
public final class FormPdfExport {
    public static final String MEDIA_TYPE = "application/pdf";
    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private FormPdfExport() {
    }

    public static void write(List<FormSheet> sheets, OutputStream out) throws IOException {
        boolean wide = sheets.stream().anyMatch(s -> s.columns().size() > 16);
        Document doc = new Document(wide ? PageSize.A3.rotate() : PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    BOLD, null);
            Fonts f = new Fonts(regular, bold);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            doc.addCreator("TiếpDân");
            if (!sheets.isEmpty()) {
                doc.addTitle(sheets.get(0).title());
            }
            doc.open();
            boolean first = true;
            for (FormSheet s : sheets) {
                if (!first) {
                    doc.newPage();
                }
                first = false;
                sheet(doc, s, f);
            }
            if (sheets.isEmpty()) {
                doc.add(new Paragraph(" ", f.text));
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("PDF export failed", e);
        }
    }

    private static void sheet(Document doc, FormSheet s, Fonts f) throws DocumentException {
        PdfPTable top = new PdfPTable(new float[] {4, 2, 5});
        top.setWidthPercentage(100);
        Phrase left = new Phrase(FormSheet.PROVINCE_LINE + "\n", f.normal);
        left.add(new Phrase(s.unitName(), f.bold));
        if (s.docLine() != null) {
            left.add(new Phrase("\n" + s.docLine(), f.normal));
        }
        top.addCell(plain(left, Element.ALIGN_CENTER));
        top.addCell(plain(new Phrase(" ", f.normal), Element.ALIGN_CENTER));
        Phrase right = new Phrase(FormSheet.NATION + "\n", f.bold);
        right.add(new Phrase(FormSheet.MOTTO + "\n", f.bold));
        right.add(new Phrase(s.formLine(), f.bold));
        top.addCell(plain(right, Element.ALIGN_CENTER));
        doc.add(top);
        Paragraph title = new Paragraph(s.title(), f.title);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(10);
        doc.add(title);
        Paragraph period = new Paragraph(s.periodLine(), f.normal);
        period.setAlignment(Element.ALIGN_CENTER);
        period.setSpacingAfter(8);
        doc.add(period);

        int n = s.columns().size() + 1;
        float[] widths = new float[n];
        widths[0] = 6;
        for (int c = 1; c < n; c++) {
            widths[c] = 1.6f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        int depth = s.depth();
        table.setHeaderRows(depth + 1);
        PdfPCell unitHead = head(FormSheet.UNIT_HEAD, f, depth, 1);
        table.addCell(unitHead);
        List<FormSheet.HeadCell> cells = s.headCells();
        for (FormSheet.HeadCell h : cells) {
            table.addCell(head(h.label(), f, h.rowspan(), h.colspan()));
        }
        PdfPCell msCell = new PdfPCell(new Phrase(FormSheet.MS, f.italic));
        msCell.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(msCell);
        for (int c = 0; c < s.columns().size(); c++) {
            PdfPCell number = new PdfPCell(new Phrase(FormSheet.ms(s.columns().get(c)), f.italic));
            number.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(number);
        }
        for (FormRow row : s.rows()) {
            boolean total = "TOTAL".equals(row.kind());
            PdfPCell label = new PdfPCell(new Phrase(row.label() == null ? "" : row.label(),
                    total ? f.cellBold : f.cell));
            label.setPadding(3);
            table.addCell(label);
            for (int c = 0; c < s.columns().size(); c++) {
                BigDecimal v = c < row.values().size() ? row.values().get(c) : BigDecimal.ZERO;
                PdfPCell cell = new PdfPCell(new Phrase(FormSheet.value(v), total ? f.cellBold : f.cell));
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                cell.setPadding(3);
                table.addCell(cell);
            }
        }
        doc.add(table);

        PdfPTable sign = new PdfPTable(new float[] {4, 2, 5});
        sign.setWidthPercentage(100);
        sign.setSpacingBefore(10);
        Phrase maker = new Phrase("\n" + FormSheet.MAKER + "\n", f.bold);
        maker.add(new Phrase(FormSheet.MAKER_NOTE, f.italic));
        sign.addCell(plain(maker, Element.ALIGN_CENTER));
        sign.addCell(plain(new Phrase(" ", f.normal), Element.ALIGN_CENTER));
        Phrase headBlock = new Phrase(s.placeDate() + "\n", f.italicNormal);
        headBlock.add(new Phrase(FormSheet.HEAD + "\n", f.bold));
        headBlock.add(new Phrase((s.signerTitle() == null ? FormSheet.HEAD_NOTE : s.signerTitle()) + "\n\n\n\n",
                f.italic));
        if (s.signerName() != null && !s.signerName().isBlank()) {
            headBlock.add(new Phrase(s.signerName(), f.bold));
        }
        sign.addCell(plain(headBlock, Element.ALIGN_CENTER));
        sign.setKeepTogether(true);
        doc.add(sign);
    }

    private static PdfPCell plain(Phrase phrase, int align) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        return cell;
    }

    private static PdfPCell head(String text, Fonts f, int rowspan, int colspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text, f.head));
        cell.setRowspan(rowspan);
        cell.setColspan(colspan);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(2);
        return cell;
    }

    private static byte[] load(String resource) {
        try (InputStream in = FormPdfExport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Fonts {
        final Font text;
        final Font normal;
        final Font bold;
        final Font title;
        final Font head;
        final Font italic;
        final Font italicNormal;
        final Font cell;
        final Font cellBold;

        Fonts(BaseFont regular, BaseFont bold) {
            this.text = new Font(regular, 8);
            this.normal = new Font(regular, 10);
            this.bold = new Font(bold, 10);
            this.title = new Font(bold, 13);
            this.head = new Font(bold, 7);
            this.italic = new Font(regular, 7, Font.ITALIC);
            this.italicNormal = new Font(regular, 10, Font.ITALIC);
            this.cell = new Font(regular, 8);
            this.cellBold = new Font(bold, 8);
        }
    }
}
