package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.primefaces.model.file.UploadedFile;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.RosterImport;
import ru.schooljournal.roster.boundary.RosterImport.Checked;
import ru.schooljournal.web.platform.Texts;

/**
 * «Импорт учеников»: upload the class-list spreadsheet, read the preview with every row's errors, fix the
 * file and upload again until there are none, then import — all rows or none.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RosterImport rosterImport;

    @Inject
    Texts texts;

    private transient UploadedFile file;
    private List<RosterImport.Row> rows = List.of();
    private List<Checked> preview = List.of();
    private LocalDate enrolledOn = LocalDate.now();

    public void upload() {
        if (file == null || file.getSize() == 0) {
            texts.error("import.noFile");
            return;
        }
        if (file.getSize() > ru.schooljournal.web.platform.SpreadsheetRows.MAX_UPLOAD_BYTES) {
            texts.error("import.fileTooLarge");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            rosterImport.requireRight(); // the right first, then the file
            rows = RosterSpreadsheet.read(in);
            preview = rosterImport.check(rows);
            if (rows.isEmpty()) {
                texts.error("import.empty");
            }
        } catch (RuleViolation refused) {
            rows = List.of();
            preview = List.of();
            texts.error(refused.messageKey(), refused.args());
        } catch (IOException e) {
            texts.error("import.unreadable");
        }
    }

    public void apply() {
        try {
            int n = rosterImport.apply(rows, enrolledOn);
            texts.info("import.done", n);
            rows = List.of();
            preview = List.of();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    /** A row's problems in words. */
    public String problems(Checked c) {
        return c.problems().stream().map(p -> texts.get(p.messageKey(), p.args().toArray()))
                .collect(Collectors.joining("; "));
    }

    public long getErrorCount() {
        return preview.stream().filter(c -> !c.ok()).count();
    }

    public boolean isReady() {
        return !preview.isEmpty() && getErrorCount() == 0;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<Checked> getPreview() {
        return preview;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public void setEnrolledOn(LocalDate enrolledOn) {
        this.enrolledOn = enrolledOn;
    }
}
