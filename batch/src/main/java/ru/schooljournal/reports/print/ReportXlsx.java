package ru.schooljournal.reports.print;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report as an Excel workbook: a sheet per table, the title lines (report, school, period, when built) on
 * top, the header row frozen under them, widths that fit, counts, averages and percentages as numeric cells
 * with a number format (a percentage as a fraction shown «0,0 %»), totals as the values we computed, and
 * every text as a text cell — a name or topic starting with «=», «+», «-» or «@» is never a formula. Written
 * with SXSSF, which keeps only a window of rows in memory, so a whole school's report streams.
 */
public final class ReportXlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportXlsx() {
    }

    public static void write(List<ReportTable> tables, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Font bold = book.createFont();
            bold.setBold(true);
            Font big = book.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            CellStyle titleStyle = book.createCellStyle();
            titleStyle.setFont(big);
            CellStyle head = book.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(head);
            Map<ReportTable.Kind, CellStyle> plain = styles(book, false, null);
            Map<ReportTable.Kind, CellStyle> totals = styles(book, true, bold);
            for (ReportTable table : tables) {
                Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                int r = 0;
                for (String line : table.title()) {
                    Cell c = sheet.createRow(r).createCell(0);
                    c.setCellValue(line);
                    if (r == 0) {
                        c.setCellStyle(titleStyle);
                    }
                    r++;
                }
                r++;
                Row header = sheet.createRow(r);
                List<ReportTable.Column> columns = table.columns();
                for (int i = 0; i < columns.size(); i++) {
                    Cell c = header.createCell(i);
                    c.setCellValue(columns.get(i).header());
                    c.setCellStyle(head);
                    sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
                }
                header.setHeightInPoints(headerLines(columns) * 13f + 4);
                sheet.createFreezePane(0, r + 1);
                printSetup(sheet, table, r);
                r++;
                for (ReportTable.Row row : table.rows()) {
                    Row line = sheet.createRow(r++);
                    int tall = 1;
                    for (int i = 0; i < columns.size(); i++) {
                        if (columns.get(i).kind() == ReportTable.Kind.TEXT && row.values().get(i) != null) {
                            tall = Math.max(tall, lines(row.values().get(i).toString(), columns.get(i).width()));
                        }
                    }
                    if (tall > 1) {
                        line.setHeightInPoints(Math.min(tall, 40) * 12.75f + 2); // wrapped text shown whole
                    }
                    Map<ReportTable.Kind, CellStyle> style = row.total() ? totals : plain;
                    for (int i = 0; i < columns.size(); i++) {
                        ReportTable.Kind kind = columns.get(i).kind();
                        Object v = row.values().get(i);
                        Cell c = line.createCell(i);
                        c.setCellStyle(style.get(kind));
                        if (v == null) {
                            c.setBlank();
                        } else if (v instanceof Number n && kind != ReportTable.Kind.TEXT) {
                            double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
                            c.setCellValue(kind == ReportTable.Kind.PERCENT ? d / 100 : d);
                        } else {
                            c.setCellValue(v.toString()); // a string cell: never read as a formula
                        }
                    }
                }
            }
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }

    /** The header's lines when its texts wrap in their columns (a spreadsheet does not grow a row by itself). */
    private static int headerLines(List<ReportTable.Column> columns) {
        int lines = 1;
        for (ReportTable.Column c : columns) {
            lines = Math.max(lines, lines(c.header(), c.width()));
        }
        return Math.min(lines, 8);
    }

    /** The lines a text takes wrapped at word boundaries in a column of {@code width} characters. */
    static int lines(String text, int width) {
        int room = Math.max(4, Math.min(255, width) - 1);
        int count = 0;
        for (String paragraph : text.split("\n", -1)) {
            int line = 0;
            count++;
            for (String word : paragraph.split(" ")) {
                int w = word.length();
                if (line > 0 && line + 1 + w > room) {
                    count++;
                    line = 0;
                }
                while (w > room) { // a word longer than the column breaks inside it
                    count++;
                    w -= room;
                }
                line += (line > 0 ? 1 : 0) + w;
            }
        }
        return count;
    }

    /**
     * Printed from the spreadsheet as from our PDF: A4, the table's orientation, as wide as one page (as many
     * pages down as it takes), the header row repeated on each page.
     */
    private static void printSetup(Sheet sheet, ReportTable table, int headerRow) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(table.isLandscape());
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }

    private static Map<ReportTable.Kind, CellStyle> styles(SXSSFWorkbook book, boolean total, Font bold) {
        Map<ReportTable.Kind, CellStyle> styles = new EnumMap<>(ReportTable.Kind.class);
        for (ReportTable.Kind kind : ReportTable.Kind.values()) {
            CellStyle s = book.createCellStyle();
            border(s);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            if (total) {
                s.setFont(bold);
            }
            switch (kind) {
                case TEXT -> {
                    s.setWrapText(true);
                    s.setDataFormat(book.createDataFormat().getFormat("@"));
                }
                case COUNT -> s.setDataFormat(book.createDataFormat().getFormat("0"));
                case DECIMAL -> s.setDataFormat(book.createDataFormat().getFormat("0.00"));
                case PERCENT -> s.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            }
            styles.put(kind, s);
        }
        return styles;
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
