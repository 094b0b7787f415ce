package ru.schooljournal.web.journal;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import ru.schooljournal.curriculum.boundary.ThematicPlan;
import ru.schooljournal.curriculum.boundary.ThematicPlan.Plan;
import ru.schooljournal.curriculum.boundary.ThematicPlan.Topic;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.web.platform.SpreadsheetRows;
import ru.schooljournal.web.platform.Texts;

/**
 * «КТП»: a class subject's thematic plan — entered in a grid (№, topic, content code), pasted one topic a
 * line (a content code after « | »), or read from an .xlsx with the columns №, Тема, Код — and how its
 * length compares with the curriculum and the calendar.
 */
@Named
@ViewScoped
public class PlanPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ThematicPlan plans;

    @Inject
    Texts texts;

    private Long cs;
    private Plan plan;
    private String text;
    private transient UploadedFile file;
    private List<Line> lines = new ArrayList<>();

    /** One row of the grid. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String topic;
        private String code;

        Line(String topic, String code) {
            this.topic = topic;
            this.code = code;
        }

        public String getTopic() {
            return topic;
        }

        public void setTopic(String topic) {
            this.topic = topic;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }
    }

    public void load() {
        if (cs == null) {
            throw new RuleViolation("journal.notFound");
        }
        plan = plans.of(cs);
        StringBuilder b = new StringBuilder();
        for (Topic t : plan.topics()) {
            b.append(t.topic()).append(t.contentCode() == null ? "" : " | " + t.contentCode()).append('\n');
        }
        text = b.toString();
        lines = new ArrayList<>();
        plan.topics().forEach(t -> lines.add(new Line(t.topic(), t.contentCode())));
        addLines();
    }

    /** Ten more empty rows at the end of the grid. */
    public void addLines() {
        for (int i = 0; i < 10; i++) {
            lines.add(new Line(null, null));
        }
    }

    /** Saves the grid: the empty rows at its end are left out; an empty row between topics is refused. */
    public void saveGrid() {
        int last = lines.size() - 1;
        while (last >= 0 && blank(lines.get(last).topic) && blank(lines.get(last).code)) {
            last--;
        }
        List<Topic> topics = new ArrayList<>();
        for (int i = 0; i <= last; i++) {
            Line l = lines.get(i);
            topics.add(new Topic(i + 1, l.topic == null ? "" : l.topic.strip(), blank(l.code) ? null : l.code.strip()));
        }
        replace(topics);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<Line> getLines() {
        return lines;
    }

    public void save() {
        List<Topic> topics = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\s*\\|\\s*", 2);
            topics.add(new Topic(topics.size() + 1, parts[0].strip().replaceFirst("^\\d+[.)]\\s*", ""),
                    parts.length > 1 ? parts[1] : null));
        }
        replace(topics);
    }

    /** More lines than a year's lessons of any subject (6 hours a week × 35 weeks is 210). */
    private static final int MAX_TOPICS = 1000;

    public void upload() {
        if (file == null || file.getSize() == 0) {
            texts.error("import.noFile");
            return;
        }
        if (file.getSize() > ru.schooljournal.web.platform.SpreadsheetRows.MAX_UPLOAD_BYTES) {
            texts.error("import.fileTooLarge");
            return;
        }
        List<Topic> topics = new ArrayList<>();
        try (InputStream in = file.getInputStream()) {
            // Read as a stream, the row limit and the unpacked size capped (SpreadsheetRows).
            for (SpreadsheetRows.Line line : SpreadsheetRows.read(in, 3, MAX_TOPICS)) {
                String topic = line.cells()[1];
                if (topic.isBlank()) {
                    continue;
                }
                String code = line.cells()[2];
                topics.add(new Topic(topics.size() + 1, topic, code.isEmpty() ? null : code));
            }
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
            return;
        } catch (IOException e) {
            texts.error("import.unreadable");
            return;
        }
        replace(topics);
    }

    private void replace(List<Topic> topics) {
        try {
            plans.replace(cs, topics);
            texts.info("plan.saved", topics.size());
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public Long getCs() {
        return cs;
    }

    public void setCs(Long cs) {
        this.cs = cs;
    }

    public Plan getPlan() {
        return plan;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
