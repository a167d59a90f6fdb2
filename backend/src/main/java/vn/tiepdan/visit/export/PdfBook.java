package vn.tiepdan.visit.export;

import static vn.tiepdan.visit.export.BookExport.COLUMNS;
import static vn.tiepdan.visit.export.BookExport.HEADS;
import static vn.tiepdan.visit.export.BookExport.nz;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * The PDF layout of the book: landscape A4, DejaVu Sans embedded as Identity-H (every Vietnamese letter, with a
 * ToUnicode map so the text can be searched and copied), the table head repeated on every page, "Trang x/y" and the
 * exporter in the footer. Rows are flushed to the output every {@link #FLUSH_EVERY} lines.
 */
final class PdfBook {
    static final int FLUSH_EVERY = 200;
    private static final float[] WIDTHS = {3, 7.5f, 14, 9.5f, 18, 7.5f, 9, 5.5f, 5.5f, 9, 8.5f, 7};
    private static final byte[] REGULAR = load("/fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("/fonts/DejaVuSans-Bold.ttf");

    private PdfBook() {
    }

    static void write(BookHeader header, Iterable<BookRow> rows, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 36);
        try {
            BaseFont regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    REGULAR, null);
            BaseFont bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    BOLD, null);
            Fonts f = new Fonts(regular, bold);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer(BookExport.footerLine(header), regular));
            doc.addTitle(BookExport.TITLE + " " + BookExport.yearLine(header));
            doc.addCreator("TiếpDân");
            doc.open();
            heading(doc, header, f);

            PdfPTable table = new PdfPTable(WIDTHS);
            table.setWidthPercentage(100);
            table.setHeaderRows(3);
            table.setComplete(false);
            tableHead(table, f);
            int n = 0;
            for (BookRow row : rows) {
                line(table, row, f);
                if (++n % FLUSH_EVERY == 0) {
                    doc.add(table);
                }
            }
            table.setComplete(true);
            doc.add(table);
            Paragraph by = new Paragraph(BookExport.footerLine(header), f.italic);
            by.setSpacingBefore(8);
            doc.add(by);
            doc.close();
        } catch (DocumentException e) {
            throw new IOException("PDF export failed", e);
        }
    }

    private static void heading(Document doc, BookHeader header, Fonts f) throws DocumentException {
        PdfPTable top = new PdfPTable(new float[] {4, 5});
        top.setWidthPercentage(100);
        top.addCell(plain(new Phrase(BookExport.unitLine(header), f.bold)));
        Phrase nation = new Phrase(BookExport.NATION + "\n", f.bold);
        nation.add(new Phrase(BookExport.MOTTO, f.bold));
        top.addCell(plain(nation));
        doc.add(top);
        Paragraph title = new Paragraph(BookExport.TITLE, f.title);
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(12);
        doc.add(title);
        Paragraph year = new Paragraph(BookExport.yearLine(header), f.bold);
        year.setAlignment(Element.ALIGN_CENTER);
        doc.add(year);
        if (header.period() != null && !header.period().isBlank()) {
            Paragraph period = new Paragraph(header.period(), f.text);
            period.setAlignment(Element.ALIGN_CENTER);
            doc.add(period);
        }
        Paragraph gap = new Paragraph(" ", f.text);
        gap.setSpacingAfter(4);
        doc.add(gap);
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        return cell;
    }

    private static void tableHead(PdfPTable table, Fonts f) {
        for (int c = 0; c < 7; c++) {
            table.addCell(head(HEADS.get(c), f, 2, 1));
        }
        table.addCell(head(BookExport.HANDLING, f, 1, 3));
        table.addCell(head(HEADS.get(10), f, 2, 1));
        table.addCell(head(HEADS.get(11), f, 2, 1));
        for (int c = 7; c <= 9; c++) {
            table.addCell(head(HEADS.get(c), f, 1, 1));
        }
        for (int c = 0; c < COLUMNS; c++) {
            PdfPCell number = new PdfPCell(new Phrase("(" + (c + 1) + ")", f.italic));
            number.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(number);
        }
    }

    private static PdfPCell head(String text, Fonts f, int rowspan, int colspan) {
        PdfPCell cell = new PdfPCell(new Phrase(text, f.head));
        cell.setRowspan(rowspan);
        cell.setColspan(colspan);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private static void line(PdfPTable table, BookRow b, Fonts f) {
        table.addCell(cell(String.valueOf(b.seq()), f, true));
        table.addCell(cell(b.receivedDate() == null ? "" : BookExport.DATE.format(b.receivedDate()), f, true));
        table.addCell(cell(b.nameAndAddress(), f, false));
        table.addCell(cell(b.idNumber(), f, true));
        table.addCell(cell(b.content(), f, false));
        table.addCell(cell(b.classificationAndHeadcount(), f, true));
        table.addCell(cell(b.previouslyHandled(), f, false));
        table.addCell(cell(b.thuLy() ? BookExport.CHECK : "", f, true));
        table.addCell(cell(b.traLaiHuongDan() ? BookExport.CHECK : "", f, true));
        table.addCell(cell(b.chuyenDon(), f, false));
        table.addCell(cell(b.resultTracking(), f, false));
        table.addCell(cell(b.notes(), f, false));
    }

    private static PdfPCell cell(String text, Fonts f, boolean centred) {
        PdfPCell cell = new PdfPCell(new Phrase(nz(text), f.text));
        cell.setHorizontalAlignment(centred ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        cell.setPadding(3);
        return cell;
    }

    private static byte[] load(String resource) {
        try (InputStream in = PdfBook.class.getResourceAsStream(resource)) {
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
        final Font head;
        final Font bold;
        final Font title;
        final Font italic;

        Fonts(BaseFont regular, BaseFont bold) {
            this.text = new Font(regular, 8);
            this.head = new Font(bold, 8);
            this.bold = new Font(bold, 10);
            this.title = new Font(bold, 14);
            this.italic = new Font(regular, 8, Font.ITALIC);
        }
    }

    /** Footer of every page: the exporter on the left, "Trang x/y" on the right (y filled in at the close). */
    private static final class Footer extends PdfPageEventHelper {
        private static final float SIZE = 8;
        private final String by;
        private final BaseFont font;
        private PdfTemplate total;

        Footer(String by, BaseFont font) {
            this.by = by;
            this.font = font;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte cb = writer.getDirectContent();
            float y = document.bottom() - 18;
            ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(by, new Font(font, SIZE)),
                    document.left(), y, 0);
            String page = "Trang " + writer.getPageNumber() + "/";
            float width = font.getWidthPoint(page, SIZE);
            float x = document.right() - width - 20;
            cb.beginText();
            cb.setFontAndSize(font, SIZE);
            cb.setTextMatrix(x, y);
            cb.showText(page);
            cb.endText();
            cb.addTemplate(total, x + width, y);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(font, SIZE);
            total.setTextMatrix(0, 0);
            total.showText(String.valueOf(writer.getPageNumber() - 1));
            total.endText();
        }
    }
}
