package ru.schooljournal.web.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.RosterImport;

/** The class-list spreadsheet: the template reads back as its example row; Excel dates read as dd.MM.yyyy. */
class RosterSpreadsheetTest {

    @Test
    void theTemplateReadsBackAsItsExampleRow() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RosterSpreadsheet.template(out);
        List<RosterImport.Row> rows = RosterSpreadsheet.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(1, rows.size());
        RosterImport.Row r = rows.get(0);
        assertEquals(2, r.line(), "the spreadsheet's own row number, as the preview shows it");
        assertEquals("5А", r.className());
        assertEquals("Иванова Анна Сергеевна", r.parent1());
        assertEquals("отец", r.relation2());
    }

    @Test
    void anExcelDateReadsAsDayMonthYearAndBlankRowsAreSkipped() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("Класс");
            sheet.createRow(2).createCell(0).setCellValue(" ");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue("5Б");
            row.createCell(1).setCellValue("Петров");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            var cell = row.createCell(5);
            cell.setCellValue(LocalDate.of(2014, 9, 1));
            cell.setCellStyle(date);
            book.write(out);
        }
        List<RosterImport.Row> rows = RosterSpreadsheet.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(1, rows.size());
        assertEquals("01.09.2014", rows.get(0).birthDate());
        assertEquals(4, rows.get(0).line());
    }

    @Test
    void somethingThatIsNotASpreadsheetIsRefusedInWords() {
        RuleViolation refused = assertThrows(RuleViolation.class,
                () -> RosterSpreadsheet.read(new ByteArrayInputStream("not a workbook".getBytes())));
        assertEquals("import.unreadable", refused.messageKey());
    }
}
