package ru.schooljournal.web.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import ru.schooljournal.platform.RuleViolation;

/**
 * The rows of an uploaded .xlsx's first sheet, read as a stream (POI's event reader), never as a whole workbook
 * in memory: a small file that unpacks into a huge sheet stops at the entry-size cap or at the row limit, and a
 * server's heap is not the attacker's to fill (a 1 MB file that unpacked to 28 MB of XML took the whole-workbook
 * reader to 956 of 1,024 MB). Each row comes as {@code width} texts, as Excel shows them; dates as dd.MM.yyyy.
 * The upload is first put in a temporary file, so that the archive is read entry by entry, not into memory.
 */
public final class SpreadsheetRows {

    /** A row with its number in the spreadsheet (1 = the first) and its cells' texts. */
    public record Line(int number, String[] cells) {
    }

    /** Largest upload taken (the container's own limit, web.xml, is a little above, so that this one speaks). */
    public static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

    /** Largest part of an .xlsx unpacked (the sheet's XML, the shared strings): ample for a school's 3,000 rows. */
    public static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;

    private SpreadsheetRows() {
    }

    /**
     * The non-blank rows after the header row. Refusals: {@code import.unreadable} (not an .xlsx),
     * {@code import.tooLarge} (a part unpacks beyond the cap), {@code import.tooManyRows} (over {@code maxRows}).
     */
    public static List<Line> read(InputStream in, int width, int maxRows) {
        return read(in, width, maxRows, MAX_ENTRY_BYTES);
    }

    static List<Line> read(InputStream in, int width, int maxRows, long maxEntryBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("journal-upload", ".xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            long before = ZipSecureFile.getMaxEntrySize();
            ZipSecureFile.setMaxEntrySize(maxEntryBytes);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                return rows(pkg, width, maxRows);
            } finally {
                ZipSecureFile.setMaxEntrySize(before);
            }
        } catch (RuleViolation refused) {
            throw refused;
        } catch (TooMany e) {
            throw new RuleViolation("import.tooManyRows", maxRows);
        } catch (NotOfficeXmlFileException e) {
            throw new RuleViolation("import.unreadable");
        } catch (Exception e) {
            if (tooLarge(e)) {
                throw new RuleViolation("import.tooLarge", maxEntryBytes / (1024 * 1024));
            }
            throw new RuleViolation("import.unreadable");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is removed with the server's temporary directory
                }
            }
        }
    }

    private static List<Line> rows(OPCPackage pkg, int width, int maxRows) throws Exception {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return List.of();
        }
        Collector collector = new Collector(width, maxRows);
        try (InputStream sheet = sheets.next()) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, collector,
                    new DayMonthYear(), false));
            parser.parse(new InputSource(sheet));
        }
        return collector.lines;
    }

    private static boolean tooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("MaxEntrySize") || m.contains("max entry size")
                    || m.contains("exceeds the max") || m.contains("inflate ratio")) {
                return true;
            }
        }
        return false;
    }

    /** Stops reading the sheet at the row limit. */
    private static final class TooMany extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMany() {
            super(null, null, false, false);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<Line> lines = new ArrayList<>();
        private final int width;
        private final int maxRows;
        private String[] cells;
        private int row;

        Collector(int width, int maxRows) {
            this.width = width;
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            row = rowNum;
            cells = new String[width];
            Arrays.fill(cells, "");
        }

        @Override
        public void endRow(int rowNum) {
            if (rowNum == 0 || Arrays.stream(cells).allMatch(String::isBlank)) {
                return; // the header row, or an empty one
            }
            if (lines.size() == maxRows) {
                throw new TooMany();
            }
            lines.add(new Line(rowNum + 1, cells));
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int col = reference == null ? -1 : new CellReference(reference).getCol();
            if (col >= 0 && col < width && formattedValue != null) {
                cells[col] = formattedValue.strip();
            }
        }
    }

    /** Dates as a Russian school writes them, whatever the cell's format: dd.MM.yyyy. */
    private static final class DayMonthYear extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate()
                        .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
