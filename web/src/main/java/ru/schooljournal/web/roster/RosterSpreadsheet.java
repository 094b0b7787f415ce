package ru.schooljournal.web.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.schooljournal.roster.boundary.RosterImport;
import ru.schooljournal.web.platform.SpreadsheetRows;

/**
 * The class-list spreadsheet (.xlsx): its columns, the empty template to fill in, and reading a filled one
 * into rows as typed — the {@link RosterImport} EJB judges them. Dates typed as Excel dates read as dd.MM.yyyy.
 */
public final class RosterSpreadsheet {

    static final String[] COLUMNS = {"Класс", "Фамилия", "Имя", "Отчество", "Пол (М/Ж)", "Дата рождения",
        "Родитель 1: ФИО", "Родитель 1: кем приходится", "Родитель 1: телефон",
        "Родитель 2: ФИО", "Родитель 2: кем приходится", "Родитель 2: телефон"};

    private static final int MAX_ROWS = 3000;

    private RosterSpreadsheet() {
    }

    /** The students' rows, read as a stream (see {@link SpreadsheetRows}); at most 3,000. */
    public static List<RosterImport.Row> read(InputStream in) {
        List<RosterImport.Row> rows = new ArrayList<>();
        for (SpreadsheetRows.Line l : SpreadsheetRows.read(in, COLUMNS.length, MAX_ROWS)) {
            String[] v = l.cells();
            rows.add(new RosterImport.Row(l.number(), v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]));
        }
        return rows;
    }

    public static void template(OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Ученики");
            Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                head.createCell(c).setCellValue(COLUMNS[c]);
                sheet.setColumnWidth(c, (c == 6 || c == 9 ? 32 : 16) * 256);
            }
            String[] example = {"5А", "Иванова", "Мария", "Петровна", "Ж", "14.03.2015", "Иванова Анна Сергеевна", "мать",
                "+7 900 123-45-67", "Иванов Пётр Олегович", "отец", ""};
            Row row = sheet.createRow(1);
            for (int c = 0; c < example.length; c++) {
                row.createCell(c).setCellValue(example[c]);
            }
            book.write(out);
        }
    }
}
