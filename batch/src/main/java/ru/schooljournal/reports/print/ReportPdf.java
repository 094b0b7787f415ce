package ru.schooljournal.reports.print;

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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

/**
 * A report as a PDF for printing: A4, landscape where a table's columns need it, DejaVu Sans embedded (Cyrillic
 * prints whatever fonts the printer's computer has), the report and the school at the top of every page, page
 * numbers at the bottom, each table's header row repeated on every page, and no row split across pages.
 */
public final class ReportPdf {

    private static final Color HEADER = new Color(230, 230, 230);

    private ReportPdf() {
    }

    public static void write(List<ReportTable> tables, OutputStream out) {
        BaseFont regular = PdfFonts.regular();
        BaseFont boldFont = PdfFonts.bold();
        Font plain = new Font(regular, 8);
        Font bold = new Font(boldFont, 8);
        Font title = new Font(boldFont, 12);
        Font small = new Font(regular, 7);
        Document document = new Document(pageOf(tables.isEmpty() ? null : tables.get(0)), 28, 28, 36, 32);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String[] running = {tables.isEmpty() ? "" : running(tables.get(0))};
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    Rectangle page = d.getPageSize();
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_LEFT, new Phrase(running[0], small),
                            d.left(), page.getTop() - 20, 0);
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_RIGHT,
                            new Phrase("Страница " + w.getPageNumber(), small), d.right(), 16, 0);
                }
            });
            if (!tables.isEmpty()) {
                document.addTitle(tables.get(0).title().isEmpty() ? tables.get(0).name() : tables.get(0).title().get(0));
            }
            document.open();
            boolean first = true;
            for (ReportTable t : tables) {
                if (!first && !t.isSamePage()) {
                    document.setPageSize(pageOf(t));
                    document.newPage();
                    running[0] = running(t); // after the page before has ended: its header stays its own
                }
                first = false;
                if (t.isSamePage()) {
                    document.add(new Paragraph(t.name(), bold));
                } else {
                    for (int i = 0; i < t.title().size(); i++) {
                        document.add(new Paragraph(t.title().get(i), i == 0 ? title : plain));
                    }
                }
                Paragraph gap = new Paragraph(" ", plain);
                document.add(gap);
                List<ReportTable.Column> columns = t.columns();
                PdfPTable table = new PdfPTable(columns.size());
                table.setWidthPercentage(100);
                float[] widths = new float[columns.size()];
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = columns.get(i).kind() == ReportTable.Kind.TEXT ? columns.get(i).width() : 5.5f;
                }
                table.setWidths(widths);
                table.setHeaderRows(1);
                table.setSplitRows(false);
                // Numeric columns are narrow: their headers stand upright, as on a school's paper forms, so that
                // no word breaks in the middle; the row is as tall as the longest of them.
                float upright = 0;
                for (ReportTable.Column c : columns) {
                    if (c.kind() != ReportTable.Kind.TEXT) {
                        upright = Math.max(upright, bold.getBaseFont().getWidthPoint(c.header(), bold.getSize()));
                    }
                }
                upright = Math.min(upright, 150);
                for (ReportTable.Column c : columns) {
                    PdfPCell cell = new PdfPCell(new Phrase(c.header(), bold));
                    cell.setBackgroundColor(HEADER);
                    cell.setPadding(3);
                    if (c.kind() != ReportTable.Kind.TEXT) {
                        cell.setRotation(90);
                        cell.setMinimumHeight(upright / 1.6f + 8);
                        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                    }
                    table.addCell(cell);
                }
                for (ReportTable.Row row : t.rows()) {
                    for (int i = 0; i < columns.size(); i++) {
                        ReportTable.Kind kind = columns.get(i).kind();
                        PdfPCell cell = new PdfPCell(new Phrase(ReportTable.shown(row.values().get(i), kind),
                                row.total() ? bold : plain));
                        cell.setPadding(3);
                        if (kind != ReportTable.Kind.TEXT) {
                            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                        }
                        table.addCell(cell);
                    }
                }
                if (t.rows().isEmpty()) {
                    PdfPCell none = new PdfPCell(new Phrase("Нет данных", plain));
                    none.setColspan(columns.size());
                    table.addCell(none);
                }
                document.add(table);
            }
            if (tables.isEmpty()) {
                document.add(new Paragraph("Нет данных", plain));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("report not written", e);
        } finally {
            document.close();
        }
    }

    /** The running header of a table's pages: its first title lines. */
    private static String running(ReportTable t) {
        return t.title().isEmpty() ? "" : String.join(" · ", t.title().subList(0, Math.min(3, t.title().size())));
    }

    private static Rectangle pageOf(ReportTable t) {
        return t != null && t.isLandscape() ? PageSize.A4.rotate() : PageSize.A4;
    }
}
