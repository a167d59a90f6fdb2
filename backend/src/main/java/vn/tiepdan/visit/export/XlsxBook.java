package vn.tiepdan.visit.export;

import static vn.tiepdan.visit.export.BookExport.COLUMNS;
import static vn.tiepdan.visit.export.BookExport.HEADS;
import static vn.tiepdan.visit.export.BookExport.XLSX_FIRST_DATA_ROW;
import static vn.tiepdan.visit.export.BookExport.XLSX_HEAD_ROW;
import static vn.tiepdan.visit.export.BookExport.XLSX_NUMBERS_ROW;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The XLSX layout of the book: SXSSF keeps only a window of rows in memory, the rest goes to a temporary file. */
final class XlsxBook {
    /** Column widths in characters, tuned for landscape A4 fit to width. */
    private static final int[] WIDTHS = {6, 11, 28, 15, 38, 14, 18, 10, 10, 20, 18, 14};
    private static final String FONT = "Times New Roman";

    private XlsxBook() {
    }

    static void write(BookHeader header, Iterable<BookRow> rows, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            Styles st = new Styles(wb);
            SXSSFSheet sheet = wb.createSheet(BookExport.SHEET_NAME);
            for (int c = 0; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            heading(sheet, header, st);
            tableHead(sheet, st);
            int r = XLSX_FIRST_DATA_ROW;
            for (BookRow row : rows) {
                line(sheet.createRow(r++), row, st);
            }
            Row footer = sheet.createRow(r + 1);
            text(footer, 0, BookExport.footerLine(header), st.italic);
            sheet.addMergedRegion(new CellRangeAddress(r + 1, r + 1, 0, COLUMNS - 1));

            sheet.createFreezePane(0, XLSX_FIRST_DATA_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(XLSX_HEAD_ROW, XLSX_NUMBERS_ROW, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            sheet.setHorizontallyCenter(true);
            sheet.setMargin(Sheet.LeftMargin, 0.4);
            sheet.setMargin(Sheet.RightMargin, 0.4);
            sheet.getFooter().setCenter("Trang &P/&N");
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void heading(SXSSFSheet sheet, BookHeader header, Styles st) {
        Row r0 = sheet.createRow(0);
        text(r0, 0, BookExport.unitLine(header), st.boldCenter);
        text(r0, 6, BookExport.NATION, st.boldCenter);
        merge(sheet, 0, 0, 3);
        merge(sheet, 0, 6, COLUMNS - 1);
        Row r1 = sheet.createRow(1);
        text(r1, 6, BookExport.MOTTO, st.boldCenter);
        merge(sheet, 1, 6, COLUMNS - 1);
        Row r3 = sheet.createRow(3);
        r3.setHeightInPoints(24);
        text(r3, 0, BookExport.TITLE, st.title);
        merge(sheet, 3, 0, COLUMNS - 1);
        text(sheet.createRow(4), 0, BookExport.yearLine(header), st.boldCenter);
        merge(sheet, 4, 0, COLUMNS - 1);
        if (header.period() != null && !header.period().isBlank()) {
            // no empty merged line: some readers (exceljs) fail on a merged range whose first cell is blank
            text(sheet.createRow(5), 0, header.period(), st.center);
            merge(sheet, 5, 0, COLUMNS - 1);
        }
    }

    private static void tableHead(SXSSFSheet sheet, Styles st) {
        Row top = sheet.createRow(XLSX_HEAD_ROW);
        Row sub = sheet.createRow(XLSX_HEAD_ROW + 1);
        Row numbers = sheet.createRow(XLSX_NUMBERS_ROW);
        top.setHeightInPoints(30);
        sub.setHeightInPoints(66);
        for (int c = 0; c < COLUMNS; c++) {
            boolean handling = c >= 7 && c <= 9;
            text(top, c, handling ? (c == 7 ? BookExport.HANDLING : null) : HEADS.get(c), st.head);
            text(sub, c, handling ? HEADS.get(c) : null, st.head);
            text(numbers, c, "(" + (c + 1) + ")", st.number);
            if (!handling) {
                sheet.addMergedRegion(new CellRangeAddress(XLSX_HEAD_ROW, XLSX_HEAD_ROW + 1, c, c));
            }
        }
        sheet.addMergedRegion(new CellRangeAddress(XLSX_HEAD_ROW, XLSX_HEAD_ROW, 7, 9));
    }

    private static void line(Row row, BookRow b, Styles st) {
        Cell seq = row.createCell(0);
        seq.setCellValue(b.seq());
        seq.setCellStyle(st.centerCell);
        Cell date = row.createCell(1);
        if (b.receivedDate() != null) {
            date.setCellValue(b.receivedDate());
        }
        date.setCellStyle(st.dateCell);
        text(row, 2, b.nameAndAddress(), st.cell);
        text(row, 3, b.idNumber(), st.centerCell);
        text(row, 4, b.content(), st.cell);
        text(row, 5, b.classificationAndHeadcount(), st.centerCell);
        text(row, 6, b.previouslyHandled(), st.cell);
        text(row, 7, b.thuLy() ? BookExport.CHECK : null, st.centerCell);
        text(row, 8, b.traLaiHuongDan() ? BookExport.CHECK : null, st.centerCell);
        text(row, 9, b.chuyenDon(), st.cell);
        text(row, 10, b.resultTracking(), st.cell);
        text(row, 11, b.notes(), st.cell);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void merge(SXSSFSheet sheet, int row, int from, int to) {
        sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
    }

    /** The few styles of the book (a workbook holds at most 64 000 styles: never create one per cell). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle boldCenter;
        final CellStyle center;
        final CellStyle italic;
        final CellStyle head;
        final CellStyle number;
        final CellStyle cell;
        final CellStyle centerCell;
        final CellStyle dateCell;

        Styles(SXSSFWorkbook wb) {
            Font plain = font(wb, false, false, 11);
            Font bold = font(wb, true, false, 11);
            Font big = font(wb, true, false, 14);
            Font it = font(wb, false, true, 10);
            Font small = font(wb, false, false, 10);
            Font smallBold = font(wb, true, false, 10);
            title = style(wb, big, HorizontalAlignment.CENTER, false, false);
            boldCenter = style(wb, bold, HorizontalAlignment.CENTER, false, false);
            center = style(wb, plain, HorizontalAlignment.CENTER, false, false);
            italic = style(wb, it, HorizontalAlignment.LEFT, false, false);
            head = style(wb, smallBold, HorizontalAlignment.CENTER, true, true);
            number = style(wb, it, HorizontalAlignment.CENTER, true, true);
            cell = style(wb, small, HorizontalAlignment.LEFT, true, true);
            centerCell = style(wb, small, HorizontalAlignment.CENTER, true, true);
            dateCell = style(wb, small, HorizontalAlignment.CENTER, true, true);
            dateCell.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        }

        private static Font font(SXSSFWorkbook wb, boolean bold, boolean italic, int points) {
            Font f = wb.createFont();
            f.setFontName(FONT);
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        private static CellStyle style(SXSSFWorkbook wb, Font font, HorizontalAlignment align, boolean wrap,
                boolean border) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(border ? VerticalAlignment.TOP : VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
                if (align == HorizontalAlignment.CENTER) {
                    s.setVerticalAlignment(VerticalAlignment.CENTER);
                }
            }
            return s;
        }
    }
}
