package ru.schooljournal.web.journal;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.extensions.component.sheet.Sheet;
import org.primefaces.extensions.event.SheetEvent;
import org.primefaces.extensions.model.sheet.SheetUpdate;
import ru.schooljournal.journal.boundary.FinalMarks;
import ru.schooljournal.journal.boundary.Journal;
import ru.schooljournal.journal.boundary.Journal.CellSaved;
import ru.schooljournal.journal.boundary.Journal.ChangeLine;
import ru.schooljournal.journal.boundary.JournalSheet;
import ru.schooljournal.journal.boundary.JournalSheet.FinalColumn;
import ru.schooljournal.journal.boundary.JournalSheet.LessonColumn;
import ru.schooljournal.journal.boundary.JournalSheet.StudentRow;
import ru.schooljournal.journal.entity.FinalMark;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.web.platform.JournalExceptionHandler;
import ru.schooljournal.web.platform.Texts;

/**
 * The journal grid (SPEC §5): a pe:sheet of students × lessons, then the averages, the forecast and the
 * final marks. Every typed or pasted cell goes to the {@link Journal} EJB at once, one transaction per cell;
 * a refused cell gets its stored value back with the reason shown, and a cell someone else changed
 * meanwhile shows their value. Below the grid: the selected lesson's topic, work and homework.
 */
@Named
@ViewScoped
public class JournalPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(JournalPage.class.getName());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");

    /**
     * A column of the grid: a lesson, an average or a final mark. A class with getters rather than a record:
     * the grid evaluates it for every cell, and EL resolves bean properties from a cache but record methods
     * by reflection each time.
     */
    public static final class Column implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String header;
        private final boolean editable;
        private final String kind;
        private final String styleClass;

        Column(String key, String header, boolean editable, String kind, String styleClass) {
            this.key = key;
            this.header = header;
            this.editable = editable;
            this.kind = kind;
            this.styleClass = styleClass;
        }

        public String getKey() {
            return key;
        }

        public String getHeader() {
            return header;
        }

        public boolean isEditable() {
            return editable;
        }

        public String getKind() {
            return kind;
        }

        public String getStyleClass() {
            return styleClass;
        }
    }

    /**
     * A row of the grid: a student and the values of their cells by column key, as the teacher's browser shows
     * them, with each lesson cell's version as read then (a save names it, so that a cell someone else changed
     * meanwhile is never overwritten).
     */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long studentId;
        private final String name;
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, String> styles = new HashMap<>();
        private final Map<String, Long> versions = new HashMap<>();

        Row(long studentId, String name) {
            this.studentId = studentId;
            this.name = name;
        }

        public long getStudentId() {
            return studentId;
        }

        public String getName() {
            return name;
        }

        /** The row's header: the grid draws headers as HTML, so the name goes in escaped, always as text. */
        public String getHeader() {
            return escape(name);
        }

        public Map<String, String> getValues() {
            return values;
        }

        public Map<String, String> getStyles() {
            return styles;
        }
    }

    @EJB
    Journal journal;

    @EJB
    FinalMarks finalMarks;

    @Inject
    Texts texts;

    private Long cs;
    private Long period;
    private Long lesson;

    private JournalSheet sheet;
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    private Long selectedLessonId;
    private String topic;
    private boolean topicFromPlan;
    private String workDone;
    private Long workTypeId;
    private boolean cancelled;
    private int version;
    private String homework;
    private Long homeworkLessonId;
    private List<ChangeLine> history = List.of();
    private String historyTitle;

    public void load() {
        if (cs == null) {
            throw new RuleViolation("journal.notFound");
        }
        sheet = journal.sheet(cs, period);
        build();
        LessonColumn pick = null;
        for (LessonColumn l : sheet.lessons()) {
            if (lesson != null && l.id() == lesson || lesson == null && !l.date().isAfter(sheet.today())) {
                pick = l;
            }
        }
        if (pick == null && !sheet.lessons().isEmpty()) {
            pick = sheet.lessons().get(0);
        }
        selectLesson(pick == null ? null : pick.id());
    }

    private void build() {
        columns.clear();
        rows.clear();
        // A column the reader may write in stays open even when a rule refuses it today (a future lesson, a
        // closed edit window): typing there tells them why, in words, instead of a silent locked cell.
        for (LessonColumn l : sheet.lessons()) {
            columns.add(new Column("L" + l.id(), header(l), l.mine() || sheet.rights().reasons(), "lesson",
                    l.cancelled() ? "cancelled" : l.future() ? "future" : l.mine() && !l.editable() ? "locked" : null));
        }
        if (sheet.grade() > 1) {
            columns.add(new Column("avg", texts.get("journal.col.average"), false, "info", "average"));
            columns.add(new Column("wavg", texts.get("journal.col.weighted"), false, "info", "average"));
            columns.add(new Column("forecast", texts.get("journal.col.forecast"), false, "info", "forecast"));
        }
        for (FinalColumn f : sheet.finals()) {
            columns.add(new Column("F" + f.key(), escape(f.title()), sheet.rights().finals() && !f.locked(), "final",
                    "final"));
        }
        for (StudentRow s : sheet.students()) {
            Row row = new Row(s.studentId(), s.name());
            fill(row, s);
            rows.add(row);
        }
    }

    private void fill(Row row, StudentRow s) {
        row.values.clear();
        row.styles.clear();
        row.versions.clear();
        s.cells().forEach((lessonId, text) -> {
            row.values.put("L" + lessonId, text);
            row.versions.put("L" + lessonId, s.versions().getOrDefault(lessonId, 0L));
            row.styles.put("L" + lessonId, cellStyle(text, sheet.markMin(), sheet.markMax()));
        });
        for (Column c : columns) {
            String own = row.styles.get(c.key);
            row.styles.put(c.key, c.styleClass == null ? own : own == null ? c.styleClass : c.styleClass + " " + own);
        }
        row.values.put("avg", s.average() == null ? "" : s.average().toPlainString());
        row.values.put("wavg", s.weightedAverage() == null ? "" : s.weightedAverage().toPlainString());
        row.values.put("forecast", s.forecast() == null ? "" : s.forecast().toString());
        if (s.tooFewMarks()) {
            row.styles.put("forecast", "forecast too-few");
        }
        for (FinalColumn f : sheet.finals()) {
            row.values.put("F" + f.key(), s.finals().getOrDefault(f.key(), ""));
        }
    }

    /**
     * Every change typed or pasted into the grid: each cell saved on its own, in its own transaction. The answer
     * goes back cell by cell (see {@link GridAnswer}): a refusal is told at the cell it concerns, not as a banner
     * above the grid.
     */
    public void onChange(SheetEvent event) {
        Sheet grid = (Sheet) event.getSource();
        record Answered(Row row, int col, String rowKey, String sent, String reason) {
        }
        List<Answered> answered = new ArrayList<>();
        Map<Long, String> touched = new HashMap<>();
        Map<Long, Set<String>> savedCells = new HashMap<>();
        for (SheetUpdate u : grid.getUpdates()) {
            Row row = (Row) u.getRowData();
            if (row == null || u.getColIndex() < 0 || u.getColIndex() >= columns.size()) {
                continue;
            }
            Column column = columns.get(u.getColIndex());
            String seen = u.getOldValue() == null ? "" : u.getOldValue().toString();
            String typed = u.getNewValue() == null ? "" : u.getNewValue().toString();
            String key = String.valueOf(u.getRowKey());
            String rowKey = key.startsWith("r_") ? key : "r_" + key; // the sheet's own row key form
            touched.put(row.studentId, rowKey);
            String reason = null;
            try {
                CellSaved saved = save(row, column, seen, typed);
                row.values.put(column.getKey(), saved.text());
                if (column.getKind().equals("lesson")) {
                    row.versions.put(column.getKey(), saved.version());
                }
                savedCells.computeIfAbsent(row.studentId, k -> new HashSet<>()).add(column.getKey());
                if (saved.changedMeanwhile()) {
                    reason = texts.get("journal.cell.changedMeanwhile", row.name, saved.text().isEmpty() ? "—" : saved.text());
                }
            } catch (RuntimeException e) {
                // Refused or failed: nothing was written; the cell shows what is stored, and why in words.
                row.values.put(column.getKey(), seen);
                reason = reason(e);
            }
            answered.add(new Answered(row, u.getColIndex(), rowKey, typed, reason));
        }
        grid.commitUpdates();
        refreshFigures(savedCells);
        GridAnswer answer = new GridAnswer();
        for (Answered a : answered) {
            String colKey = columns.get(a.col()).getKey();
            String stored = a.row().values.getOrDefault(colKey, "");
            if (a.reason() == null) {
                answer.saved(a.rowKey(), a.col(), a.sent(), stored, a.row().styles.get(colKey));
            } else {
                answer.refused(a.rowKey(), a.col(), a.sent(), stored, a.row().styles.get(colKey), a.reason());
            }
        }
        for (Row row : rows) {
            String rowKey = touched.get(row.studentId);
            for (int c = 0; rowKey != null && c < columns.size(); c++) {
                Column column = columns.get(c);
                if (column.getKind().equals("info")) {
                    answer.figure(rowKey, c, row.values.getOrDefault(column.getKey(), ""), row.styles.get(column.getKey()));
                }
            }
        }
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("journalCells", answer.toJson());
    }

    /** Why a cell was not written, in the user's words. */
    private String reason(RuntimeException e) {
        RuleViolation rule = JournalExceptionHandler.ruleViolation(e);
        String denied = JournalExceptionHandler.deniedKey(e);
        if (rule != null) {
            return texts.get(rule.messageKey(), rule.args());
        }
        if (denied != null) {
            return texts.get(denied);
        }
        LOG.log(Level.WARNING, "Cell not saved", e);
        return texts.get("journal.cell.notSaved");
    }

    private CellSaved save(Row row, Column column, String seen, String typed) {
        if (column.getKind().equals("lesson")) {
            long lessonId = Long.parseLong(column.getKey().substring(1));
            return journal.saveCell(lessonId, row.studentId, row.versions.getOrDefault(column.getKey(), 0L), seen, typed);
        }
        if (column.getKind().equals("final")) {
            String key = column.getKey().substring(1);
            String[] parts = key.split(":");
            FinalMark.Kind kind = FinalMark.Kind.valueOf(parts[0]);
            Long periodId = parts.length > 1 ? Long.valueOf(parts[1]) : null;
            return finalMarks.set(cs, row.studentId, kind, periodId, seen, typed);
        }
        throw new RuleViolation("journal.cell.readOnly");
    }

    /**
     * Reloads the changed students' figures (averages, forecast) and the look of the cells just saved. Nothing
     * else of the row: a cell the teacher's browser still shows as it was keeps its value and version here, so
     * that typing into it later cannot overwrite what someone else wrote meanwhile unseen.
     */
    private void refreshFigures(Map<Long, Set<String>> savedCells) {
        if (savedCells.isEmpty()) {
            return;
        }
        Map<Long, StudentRow> fresh = new HashMap<>();
        journal.rows(cs, sheet.period().id(), savedCells.keySet()).students().forEach(s -> fresh.put(s.studentId(), s));
        for (Row row : rows) {
            StudentRow s = fresh.get(row.studentId);
            if (s == null) {
                continue;
            }
            Row now = new Row(row.studentId, row.name);
            fill(now, s);
            for (Column c : columns) {
                if (c.getKind().equals("info")) {
                    row.values.put(c.key, now.values.get(c.key));
                    row.styles.put(c.key, now.styles.get(c.key));
                } else if (savedCells.get(row.studentId).contains(c.key)) {
                    row.styles.put(c.key, c.getKind().equals("lesson")
                            ? withColumnStyle(c, cellStyle(row.values.get(c.key), sheet.markMin(), sheet.markMax()))
                            : now.styles.get(c.key));
                }
            }
        }
    }

    private static String withColumnStyle(Column c, String own) {
        return c.styleClass == null ? own : own == null ? c.styleClass : c.styleClass + " " + own;
    }

    // ---- the selected lesson ----------------------------------------------------------------------------------

    public void onLessonPicked() {
        selectLesson(selectedLessonId);
    }

    /** A click on a lesson's header picks that lesson. */
    public void onColumnSelect(SheetEvent event) {
        Sheet grid = (Sheet) event.getSource();
        Integer col = grid.getSelectedColumn();
        if (col != null && col >= 0 && col < columns.size() && columns.get(col).getKind().equals("lesson")) {
            selectLesson(Long.valueOf(columns.get(col).getKey().substring(1)));
        }
    }

    private void selectLesson(Long id) {
        selectedLessonId = id;
        LessonColumn l = lessonById(id);
        if (l == null) {
            return;
        }
        topic = l.topic() == null ? l.planTopic() : l.topic();
        topicFromPlan = l.topic() == null && l.planTopic() != null;
        workDone = l.workDone();
        workTypeId = l.workTypeId();
        cancelled = l.cancelled();
        version = l.version();
        LessonColumn next = null;
        for (LessonColumn c : sheet.lessons()) {
            if (next == null && c.date().isAfter(l.date())) {
                next = c;
            }
        }
        homeworkLessonId = next == null ? null : next.id();
        homework = next == null ? null : next.homework();
        history = List.of();
    }

    public void saveLesson() {
        try {
            journal.saveLesson(selectedLessonId, version, topic, workDone, workTypeId, cancelled);
            if (homeworkLessonId != null && canSetHomework()) {
                journal.setHomework(homeworkLessonId, homework);
            }
            texts.info("journal.lesson.saved");
            reload();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    private void reload() {
        Long keep = selectedLessonId;
        sheet = journal.sheet(cs, sheet.period().id());
        build();
        selectLesson(keep);
    }

    public void showLessonHistory() {
        if (selectedLessonId != null) {
            history = journal.lessonHistory(selectedLessonId);
            historyTitle = texts.get("journal.history.lesson", lessonTitle(lessonById(selectedLessonId)));
        }
    }

    /** The history of the cell selected in the grid (the selection arrives with the sheet: [row, col, …]). */
    public void showCellHistory() {
        Sheet grid = (Sheet) FacesContext.getCurrentInstance().getViewRoot().findComponent("journalForm:sheet");
        String selection = grid == null ? null : grid.getSelection();
        if (selection == null || !selection.matches("\\[+\\d+,\\d+.*")) {
            texts.error("journal.history.pickCell");
            return;
        }
        String[] parts = selection.replaceAll("[\\[\\]]", "").split(",");
        int r = Integer.parseInt(parts[0].trim());
        int c = Integer.parseInt(parts[1].trim());
        if (r < 0 || r >= rows.size() || c < 0 || c >= columns.size()) {
            texts.error("journal.history.pickCell");
            return;
        }
        Column column = columns.get(c);
        if (!column.getKind().equals("lesson")) {
            return;
        }
        long lessonId = Long.parseLong(column.getKey().substring(1));
        history = journal.cellHistory(lessonId, rows.get(r).studentId);
        historyTitle = texts.get("journal.history.cell", rows.get(r).name, lessonTitle(lessonById(lessonId)));
    }

    // ---- for the page ---------------------------------------------------------------------------------------

    public boolean canSetHomework() {
        LessonColumn due = lessonById(homeworkLessonId);
        return due != null && sheet.grade() > 1 && due.date().isAfter(sheet.today())
                && (sheet.rights().marks() || lessonById(selectedLessonId) != null);
    }

    /** Why the homework field is closed, in words (instead of a silently disabled field); null when it is open. */
    public String getHomeworkClosedReason() {
        LessonColumn due = lessonById(homeworkLessonId);
        if (due == null || canSetHomework()) {
            return null;
        }
        if (sheet.grade() == 1) {
            return texts.get("journal.homework.firstGrade");
        }
        if (!due.date().isAfter(sheet.today())) {
            return texts.get("journal.homework.pastLesson", lessonTitle(due));
        }
        return texts.get("journal.homework.notYours");
    }

    public String lessonTitle(LessonColumn l) {
        return l == null ? "" : l.date().format(DAY) + ", " + texts.get("journal.lessonNumber", l.number());
    }

    /** The grid column of the lesson asked for (or today's), where the cursor starts; -1 for none. */
    /** The columns' keys in the grid's order (L12 for a lesson, F… for a final mark), for the page's script. */
    public String getColumnKeys() {
        return String.join(",", columns.stream().map(Column::getKey).toList());
    }

    public int getFocusColumn() {
        String key = selectedLessonId == null ? null : "L" + selectedLessonId;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).getKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public LessonColumn getSelectedLesson() {
        return lessonById(selectedLessonId);
    }

    public LessonColumn getHomeworkLesson() {
        return lessonById(homeworkLessonId);
    }

    private LessonColumn lessonById(Long id) {
        if (id == null || sheet == null) {
            return null;
        }
        return sheet.lessons().stream().filter(l -> l.id() == id).findFirst().orElse(null);
    }

    /** A lesson's header: the date and the work type's letter; the topic on hover (the grid draws headers as HTML). */
    private String header(LessonColumn l) {
        String topic = l.topic() == null ? "" : l.topic();
        return "<span class=\"lesson-head\" title=\"" + escape(topic) + "\">" + l.date().format(DAY) + "<br>"
                + (l.workTypeKey() == null ? "&#160;" : escape(l.workTypeKey())) + "</span>";
    }

    /**
     * A cell's colour: red for an absence, red and bold for a low mark — the lowest quarter of the school's scale
     * (1 and 2 of 1–5, 1 to 3 of 1–10).
     */
    static String cellStyle(String text, int markMin, int markMax) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (text.startsWith("Н") || text.startsWith("Б") || text.startsWith("УП") || text.startsWith("НП")
                || text.startsWith("ОСВ")) {
            return "absent";
        }
        int low = markMin + (markMax - markMin) / 4;
        java.util.regex.Matcher mark = MARK_IN_CELL.matcher(text);
        while (mark.find()) {
            int value = Integer.parseInt(mark.group(1));
            if (value >= markMin && value <= low) {
                return "low";
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern MARK_IN_CELL = java.util.regex.Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");


    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private void warn(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_WARN, texts.get(key, args), null));
    }

    // ---- getters and setters ---------------------------------------------------------------------------------

    public JournalSheet getSheet() {
        return sheet;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Long getCs() {
        return cs;
    }

    public void setCs(Long cs) {
        this.cs = cs;
    }

    public Long getPeriod() {
        return period;
    }

    public void setPeriod(Long period) {
        this.period = period;
    }

    public Long getLesson() {
        return lesson;
    }

    public void setLesson(Long lesson) {
        this.lesson = lesson;
    }

    public Long getSelectedLessonId() {
        return selectedLessonId;
    }

    public void setSelectedLessonId(Long selectedLessonId) {
        this.selectedLessonId = selectedLessonId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    /** The topic field holds the thematic plan's suggestion, not yet saved. */
    public boolean isTopicFromPlan() {
        return topicFromPlan;
    }

    public String getWorkDone() {
        return workDone;
    }

    public void setWorkDone(String workDone) {
        this.workDone = workDone;
    }

    public Long getWorkTypeId() {
        return workTypeId;
    }

    public void setWorkTypeId(Long workTypeId) {
        this.workTypeId = workTypeId;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    public String getHomework() {
        return homework;
    }

    public void setHomework(String homework) {
        this.homework = homework;
    }

    public List<ChangeLine> getHistory() {
        return history;
    }

    public String getHistoryTitle() {
        return historyTitle;
    }

    public LocalDate getToday() {
        return sheet == null ? null : sheet.today();
    }
}
