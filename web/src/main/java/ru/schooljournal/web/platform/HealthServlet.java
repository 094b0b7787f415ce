package ru.schooljournal.web.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import ru.schooljournal.demo.DemoSchoolOnStartup;
import ru.schooljournal.platform.DatabaseMigration;

/**
 * {@code GET /api/health}: 200 and {"status":"UP",…} when the database answers, the schema is migrated
 * and (if asked for) the demo school is loaded; 503 otherwise (with the demo job's step while it loads).
 * For the run script, load balancers and monitoring.
 */
@WebServlet("/api/health")
public class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Resource(lookup = "jdbc/journal")
    DataSource dataSource;

    @EJB
    DatabaseMigration migration;

    @EJB
    DemoSchoolOnStartup demo;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database;
        try (Connection c = dataSource.getConnection()) {
            database = c.isValid(2);
        } catch (SQLException e) {
            database = false;
        }
        boolean demoReady = demo.ready();
        boolean up = database && migration.schemaVersion() != null && demoReady;
        String demoStatus = demo.jobStatus();
        String demoStep = demo.jobStep();
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().printf("{\"status\":\"%s\",\"database\":%s,\"schema\":\"%s\",\"demoData\":\"%s\"%s}%n",
                up ? "UP" : "DOWN", database, migration.schemaVersion(),
                demoStatus != null ? demoStatus : demoReady ? "READY" : "PENDING",
                demoStep != null ? ",\"demoStep\":\"" + demoStep + "\"" : "");
    }
}
