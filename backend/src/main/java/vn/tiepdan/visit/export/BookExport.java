package vn.tiepdan.visit.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes the reception book (Mẫu số 03, TT 04/2021/TT-TTCP) as XLSX or PDF with correct Vietnamese text. */
public final class BookExport {
    private BookExport() {
    }

    /** Writes the book as an XLSX workbook, streaming (large books do not sit in memory). */
    public static void xlsx(BookHeader header, Iterable<BookRow> rows, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes the book as a landscape A4 PDF with an embedded Unicode font. */
    public static void pdf(BookHeader header, Iterable<BookRow> rows, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }
}
