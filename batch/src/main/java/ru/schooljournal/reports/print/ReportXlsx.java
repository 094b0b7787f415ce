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
import org.apache.poi.ss.usermodel.Sheet;
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
                sheet.createFreezePane(0, r + 1);
                r++;
                for (ReportTable.Row row : table.rows()) {
                    Row line = sheet.createRow(r++);
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
