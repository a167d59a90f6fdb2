package vn.tiepdan.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tiepdan.report.FormRow;

/**
 * The official layout of a form as XLSX (Apache POI): national header, form number, title, period, the merged header
 * tree, the MS row, the data rows and the signature block; landscape, A3 when the form is wide, fit to width.
 */
public final class FormXlsxExport {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Row index of the first header row. */
    public static final int HEAD_ROW = 6;
    private static final String FONT = "Times New Roman";

    private FormXlsxExport() {
    }

    /** Writes one sheet per form. */
    public static void write(List<FormSheet> sheets, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            for (FormSheet s : sheets) {
                sheet(wb, st, s);
            }
            wb.write(out);
        }
    }

    private static void sheet(XSSFWorkbook wb, Styles st, FormSheet s) {
        String name = s.formNo().replace('/', '-');
        Sheet sheet = wb.createSheet(wb.getSheet(name) == null ? name : name + "-" + wb.getNumberOfSheets());
        int n = s.columns().size() + 1;
        sheet.setColumnWidth(0, 34 * 256);
        for (int c = 1; c < n; c++) {
            sheet.setColumnWidth(c, 9 * 256);
        }
        int leftEnd = Math.max(1, Math.min(n - 1, n / 3));
        int rightStart = Math.min(n - 1, Math.max(leftEnd + 1, n / 2));
        Row r0 = sheet.createRow(0);
        text(r0, 0, FormSheet.PROVINCE_LINE, st.boldCenter);
        text(r0, rightStart, FormSheet.NATION, st.boldCenter);
        merge(sheet, 0, 0, leftEnd);
        merge(sheet, 0, rightStart, n - 1);
        Row r1 = sheet.createRow(1);
        text(r1, 0, s.unitName(), st.boldCenter);
        text(r1, rightStart, FormSheet.MOTTO, st.boldCenter);
        merge(sheet, 1, 0, leftEnd);
        merge(sheet, 1, rightStart, n - 1);
        Row r2 = sheet.createRow(2);
        if (s.docLine() != null) {
            text(r2, 0, s.docLine(), st.center);
            merge(sheet, 2, 0, leftEnd);
        }
        text(r2, rightStart, s.formLine(), st.boldRight);
        merge(sheet, 2, rightStart, n - 1);
        Row r3 = sheet.createRow(3);
        r3.setHeightInPoints(22);
        text(r3, 0, s.title(), st.title);
        merge(sheet, 3, 0, n - 1);
        text(sheet.createRow(4), 0, s.periodLine(), st.center);
        merge(sheet, 4, 0, n - 1);

        int depth = s.depth();
        Row[] head = new Row[depth];
        for (int l = 0; l < depth; l++) {
            head[l] = sheet.createRow(HEAD_ROW + l);
            head[l].setHeightInPoints(l == depth - 1 ? 60 : 30);
            for (int c = 0; c < n; c++) {
                head[l].createCell(c).setCellStyle(st.head);
            }
        }
        head[0].getCell(0).setCellValue(FormSheet.UNIT_HEAD);
        if (depth > 1) {
            sheet.addMergedRegion(new CellRangeAddress(HEAD_ROW, HEAD_ROW + depth - 1, 0, 0));
        }
        for (FormSheet.HeadCell h : s.headCells()) {
            int col = h.first() + 1;
            head[h.level()].getCell(col).setCellValue(h.label());
            if (h.colspan() > 1 || h.rowspan() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(HEAD_ROW + h.level(), HEAD_ROW + h.level()
                        + h.rowspan() - 1, col, col + h.colspan() - 1));
            }
        }
        int r = HEAD_ROW + depth;
        Row ms = sheet.createRow(r++);
        text(ms, 0, FormSheet.MS, st.number);
        for (int c = 0; c < s.columns().size(); c++) {
            text(ms, c + 1, FormSheet.ms(s.columns().get(c)), st.number);
        }
        for (FormRow row : s.rows()) {
            Row x = sheet.createRow(r++);
            boolean total = "TOTAL".equals(row.kind());
            text(x, 0, row.label(), total ? st.boldCell : st.cell);
            for (int c = 0; c < s.columns().size(); c++) {
                Cell cell = x.createCell(c + 1);
                java.math.BigDecimal v = c < row.values().size() ? row.values().get(c) : java.math.BigDecimal.ZERO;
                cell.setCellValue(v.doubleValue());
                cell.setCellStyle(total ? st.boldNumberCell : st.numberCell);
            }
        }
        r++;
        Row s1 = sheet.createRow(r++);
        text(s1, rightStart, s.placeDate(), st.italicCenter);
        merge(sheet, s1.getRowNum(), rightStart, n - 1);
        Row s2 = sheet.createRow(r++);
        text(s2, 0, FormSheet.MAKER, st.boldCenter);
        merge(sheet, s2.getRowNum(), 0, leftEnd);
        text(s2, rightStart, FormSheet.HEAD, st.boldCenter);
        merge(sheet, s2.getRowNum(), rightStart, n - 1);
        Row s3 = sheet.createRow(r++);
        text(s3, 0, FormSheet.MAKER_NOTE, st.italicCenter);
        merge(sheet, s3.getRowNum(), 0, leftEnd);
        text(s3, rightStart, s.signerTitle() == null ? FormSheet.HEAD_NOTE : s.signerTitle(), st.italicCenter);
        merge(sheet, s3.getRowNum(), rightStart, n - 1);
        r += 3;
        if (s.signerName() != null && !s.signerName().isBlank()) {
            Row s4 = sheet.createRow(r);
            text(s4, rightStart, s.signerName(), st.boldCenter);
            merge(sheet, r, rightStart, n - 1);
        }

        sheet.createFreezePane(1, HEAD_ROW + depth + 1);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(n > 16 ? PrintSetup.A3_PAPERSIZE : PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void merge(Sheet sheet, int row, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
        }
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle boldCenter;
        final CellStyle boldRight;
        final CellStyle center;
        final CellStyle italicCenter;
        final CellStyle head;
        final CellStyle number;
        final CellStyle cell;
        final CellStyle boldCell;
        final CellStyle numberCell;
        final CellStyle boldNumberCell;

        Styles(XSSFWorkbook wb) {
            Font regular = font(wb, false, false, 11);
            Font bold = font(wb, true, false, 11);
            Font italic = font(wb, false, true, 11);
            Font big = font(wb, true, false, 13);
            Font small = font(wb, true, false, 9);
            Font smallItalic = font(wb, false, true, 9);
            title = style(wb, big, HorizontalAlignment.CENTER, false, true);
            boldCenter = style(wb, bold, HorizontalAlignment.CENTER, false, false);
            boldRight = style(wb, bold, HorizontalAlignment.RIGHT, false, false);
            center = style(wb, regular, HorizontalAlignment.CENTER, false, false);
            italicCenter = style(wb, italic, HorizontalAlignment.CENTER, false, false);
            head = style(wb, small, HorizontalAlignment.CENTER, true, true);
            number = style(wb, smallItalic, HorizontalAlignment.CENTER, true, true);
            cell = style(wb, regular, HorizontalAlignment.LEFT, true, true);
            boldCell = style(wb, bold, HorizontalAlignment.LEFT, true, true);
            numberCell = style(wb, regular, HorizontalAlignment.RIGHT, true, false);
            boldNumberCell = style(wb, bold, HorizontalAlignment.RIGHT, true, false);
            short fmt = wb.createDataFormat().getFormat("#,##0.##");
            numberCell.setDataFormat(fmt);
            boldNumberCell.setDataFormat(fmt);
        }

        private static Font font(XSSFWorkbook wb, boolean bold, boolean italic, int size) {
            Font f = wb.createFont();
            f.setFontName(FONT);
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) size);
            return f;
        }

        private static CellStyle style(XSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border,
                boolean wrap) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(wrap);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }
    }
}
