package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.schooljournal.roster.boundary.HealthList;
import ru.schooljournal.roster.boundary.HealthList.ClassHealth;
import ru.schooljournal.roster.boundary.HealthList.Line;

/**
 * {@code GET /school/health-list.xlsx?class=ID}: the class list for the nurse as an Excel workbook — ФИО,
 * date of birth, health group, PE group. Who may have it is decided by {@link HealthList}; a refusal is 403.
 */
@WebServlet("/school/health-list.xlsx")
public class HealthListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> PE_GROUPS = Map.of("MAIN", "основная", "PREPARATORY", "подготовительная",
            "SPECIAL", "специальная", "EXEMPT", "освобождён");

    @EJB
    HealthList healthList;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long classId;
        try {
            classId = Long.parseLong(request.getParameter("class"));
        } catch (NumberFormatException e) {
            response.sendError(400, "Неверная ссылка: в адресе ожидался номер класса.");
            return;
        }
        ClassHealth list;
        try {
            list = healthList.ofClass(classId);
        } catch (RuntimeException e) {
            if (ru.schooljournal.web.platform.JournalExceptionHandler.isRefusal(e)) {
                response.sendError(403, "Список класса с медицинскими сведениями вам недоступен.");
                return;
            }
            throw e;
        }
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(list.className());
            Row head = sheet.createRow(0);
            String[] titles = {"№", "ФИО", "Дата рождения", "Группа здоровья", "Группа по физкультуре"};
            for (int i = 0; i < titles.length; i++) {
                head.createCell(i).setCellValue(titles[i]);
            }
            DateTimeFormatter day = DateTimeFormatter.ofPattern("dd.MM.yyyy");
            int n = 1;
            for (Line l : list.lines()) {
                Row row = sheet.createRow(n);
                row.createCell(0).setCellValue(n);
                row.createCell(1).setCellValue(l.fullName());
                row.createCell(2).setCellValue(l.birthDate() == null ? "" : day.format(l.birthDate()));
                row.createCell(3).setCellValue(l.healthGroup() == null ? "" : l.healthGroup());
                row.createCell(4).setCellValue(l.peGroup() == null ? "" : PE_GROUPS.getOrDefault(l.peGroup(), l.peGroup()));
                n++;
            }
            int[] widths = {5, 40, 15, 17, 22}; // in characters (autoSizeColumn needs fonts a server may lack)
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            String file = "Список " + list.className() + " для медработника.xlsx";
            ru.schooljournal.web.platform.Downloads.attachment(response, file,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            book.write(response.getOutputStream());
        }
    }
}
