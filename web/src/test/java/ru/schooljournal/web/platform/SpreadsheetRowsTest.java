package ru.schooljournal.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import ru.schooljournal.platform.RuleViolation;

/**
 * Uploads are read as a stream, within limits (SPEC §4 import; issue: a 1 MB file that unpacks to 28 MB of XML
 * took the whole-workbook reader to 956 of 1,024 MB of heap): the row limit stops the reading, a sheet that
 * unpacks beyond the cap is refused in words before it is read.
 */
class SpreadsheetRowsTest {

    private static byte[] sheet(int rows, int cols) throws Exception {
        try (SXSSFWorkbook book = new SXSSFWorkbook(100)) {
            Sheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Заголовок");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cols; c++) {
                    row.createCell(c).setCellValue("Строка " + r + " поле " + c);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            book.dispose();
            return out.toByteArray();
        }
    }

    @Test
    void rowsAfterTheHeaderComeAsTheirTextsWithTheirNumbers() throws Exception {
        List<SpreadsheetRows.Line> lines = SpreadsheetRows.read(new ByteArrayInputStream(sheet(3, 2)), 3, 10);
        assertEquals(3, lines.size());
        assertEquals(2, lines.get(0).number());
        assertEquals("Строка 1 поле 1", lines.get(0).cells()[1]);
        assertEquals("", lines.get(0).cells()[2], "a column the file lacks reads as empty");
    }

    @Test
    void theRowLimitStopsTheReading() throws Exception {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> SpreadsheetRows.read(new ByteArrayInputStream(sheet(50, 2)), 2, 20));
        assertEquals("import.tooManyRows", refused.messageKey());
    }

    @Test
    void aSheetThatUnpacksBeyondTheCapIsRefusedInWords() throws Exception {
        byte[] small = sheet(2_000, 12); // a few hundred KB packed, several MB of XML unpacked
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> SpreadsheetRows.read(new ByteArrayInputStream(small), 12, 100_000, 1024 * 1024));
        assertEquals("import.tooLarge", refused.messageKey(), "packed " + small.length + " bytes");
    }
}
