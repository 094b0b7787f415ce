package ru.schooljournal.web.access;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ru.schooljournal.roster.boundary.Logins.Slip;
import ru.schooljournal.access.entity.Role;
import ru.schooljournal.reports.print.PdfFonts;

/**
 * The printable sheet of credential slips (SPEC §3): two slips across an A4 page, each to be cut out and
 * handed to a student or a parent — the school, the address of the journal, whose slip it is, the login
 * and the temporary password, and that it must be changed at the first sign-in. DejaVu Sans is embedded,
 * so Cyrillic prints whatever fonts the server has.
 */
public final class CredentialSlips {


    private CredentialSlips() {
    }

    /**
     * Answers the current Faces request with the sheet as a PDF download named {@code fileName}; the address
     * printed on the slips is the journal's public one ({@code JOURNAL_PUBLIC_URL}).
     */
    public static void answer(String fileName, String school, List<Slip> slips) throws IOException {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ec.getRequest();
        String address = ru.schooljournal.web.platform.PublicAddress.of(request);
        ec.responseReset();
        ec.setResponseContentType("application/pdf");
        ec.setResponseHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        write(school, address, slips, ec.getResponseOutputStream());
        fc.responseComplete();
    }

    public static void write(String school, String address, List<Slip> slips, OutputStream out) {
        Document document = new Document(PageSize.A4, 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Логины: " + school);
            document.open();
            Font plain = new Font(PdfFonts.regular(), 10);
            Font bold = new Font(PdfFonts.bold(), 11);
            Font mono = new Font(PdfFonts.bold(), 13);
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            for (Slip s : slips) {
                PdfPCell cell = new PdfPCell();
                cell.setPadding(10);
                cell.setMinimumHeight(150);
                cell.addElement(new Paragraph(school, plain));
                cell.addElement(new Paragraph("Электронный журнал: " + address, plain));
                cell.addElement(new Paragraph(s.name(), bold));
                cell.addElement(new Paragraph(s.role() == Role.PARENT ? "родитель (законный представитель): " + s.about()
                        : s.role() == Role.STUDENT ? "ученик" : s.about() == null ? "сотрудник" : s.about(), plain));
                cell.addElement(new Paragraph("Логин: " + s.login(), mono));
                cell.addElement(new Paragraph("Временный пароль: " + s.password(), mono));
                cell.addElement(new Paragraph("При первом входе задайте свой пароль. Никому не сообщайте пароль.", plain));
                table.addCell(cell);
            }
            if (slips.size() % 2 == 1) {
                PdfPCell empty = new PdfPCell();
                empty.setBorder(0);
                table.addCell(empty);
            }
            table.setHorizontalAlignment(Element.ALIGN_CENTER);
            document.add(table);
        } catch (DocumentException e) {
            throw new IllegalStateException("credential slips not written", e);
        } finally {
            document.close();
        }
    }
}
