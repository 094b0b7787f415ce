package ru.schooljournal.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.schooljournal.roster.boundary.Logins.Slip;
import ru.schooljournal.access.entity.Role;

/** The sheet of credential slips is a PDF that reads back in Russian, with each login and password on it. */
class CredentialSlipsTest {

    @Test
    void slipsCarryTheLoginAndTheTemporaryPasswordInCyrillic() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CredentialSlips.write("МБОУ СОШ № 1", "https://journal.example/", List.of(
                new Slip("Иванова Мария Петровна", Role.STUDENT, null, "ivanova.m", "Xk7pQ2mN9a"),
                new Slip("Иванов Пётр Сергеевич", Role.PARENT, "Иванова М. П.", "ivanov.p", "Zt4wR8bH3c"),
                new Slip("Сидоров Олег Ильич", Role.STUDENT, null, "sidorov.o", "Ab2cD3eF4g")), out);
        byte[] pdf = out.toByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " "); // lines wrap in the cells
        assertTrue(text.contains("Иванова Мария Петровна"), text);
        assertTrue(text.contains("ivanov.p") && text.contains("Zt4wR8bH3c"), text);
        assertTrue(text.contains("родитель (законный представитель): Иванова М. П."), text);
        assertTrue(text.contains("При первом входе задайте свой пароль"), text);
    }
}
