package ru.schooljournal.web.roster;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** {@code GET /school/roster-template.xlsx}: the empty class-list spreadsheet with one example row. */
@WebServlet("/school/roster-template.xlsx")
public class RosterTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"roster-template.xlsx\"");
        RosterSpreadsheet.template(response.getOutputStream());
    }
}
