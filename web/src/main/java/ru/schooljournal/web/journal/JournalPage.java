package ru.schooljournal.web.journal;

import jakarta.ejb.EJB;
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
import ru.schooljournal.journal.boundary.JournalSheet.LessonColumn;
import ru.schooljournal.journal.entity.FinalMark;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.web.platform.JournalExceptionHandler;
import ru.schooljournal.web.journal.JournalGrid.Column;
import ru.schooljournal.web.journal.JournalGrid.Row;
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
    private JournalGrid grid;

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
        grid = new JournalGrid(sheet, texts::get);
    }

    /**
     * Every change typed or pasted into the grid: each cell saved on its own, in its own transaction. The answer
     * goes back cell by cell (see {@link GridAnswer}): a refusal is told at the cell it concerns, not as a banner
     * above the grid.
     */
    public void onChange(SheetEvent event) {
        Sheet sheetComponent = (Sheet) event.getSource();
        record Answered(Row row, int col, String rowKey, String sent, String reason) {
        }
        List<Answered> answered = new ArrayList<>();
        Map<Long, String> touched = new HashMap<>();
        Map<Long, Set<String>> savedCells = new HashMap<>();
        for (SheetUpdate u : sheetComponent.getUpdates()) {
            Row row = (Row) u.getRowData();
            Column column = grid.column(u.getColIndex());
            if (row == null || column == null) {
                continue;
            }
            String seen = u.getOldValue() == null ? "" : u.getOldValue().toString();
            String typed = u.getNewValue() == null ? "" : u.getNewValue().toString();
            String key = String.valueOf(u.getRowKey());
            String rowKey = key.startsWith("r_") ? key : "r_" + key; // the sheet's own row key form
            touched.put(row.getStudentId(), rowKey);
            String reason = null;
            try {
                CellSaved saved = save(row, column, seen, typed);
                row.saved(column, saved.text(), saved.version());
                savedCells.computeIfAbsent(row.getStudentId(), k -> new HashSet<>()).add(column.getKey());
                if (saved.changedMeanwhile()) {
                    reason = texts.get("journal.cell.changedMeanwhile", row.getName(), saved.text().isEmpty() ? "—" : saved.text());
                }
            } catch (RuntimeException e) {
                // Refused or failed: nothing was written; the cell shows what is stored, and why in words.
                row.getValues().put(column.getKey(), seen);
                reason = reason(e);
            }
            answered.add(new Answered(row, u.getColIndex(), rowKey, typed, reason));
        }
        sheetComponent.commitUpdates();
        if (!savedCells.isEmpty()) {
            grid.refresh(journal.rows(cs, sheet.period().id(), savedCells.keySet()).students(), savedCells);
        }
        GridAnswer answer = new GridAnswer();
        for (Answered a : answered) {
            String colKey = grid.column(a.col()).getKey();
            String stored = a.row().value(colKey);
            if (a.reason() == null) {
                answer.saved(a.rowKey(), a.col(), a.sent(), stored, a.row().style(colKey));
            } else {
                answer.refused(a.rowKey(), a.col(), a.sent(), stored, a.row().style(colKey), a.reason());
            }
        }
        for (Row row : grid.getRows()) {
            String rowKey = touched.get(row.getStudentId());
            for (int c = 0; rowKey != null && c < grid.getColumns().size(); c++) {
                Column column = grid.column(c);
                if (column.getKind().equals("info")) {
                    answer.figure(rowKey, c, row.value(column.getKey()), row.style(column.getKey()));
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
            return journal.saveCell(lessonId, row.getStudentId(), row.version(column.getKey()), seen, typed);
        }
        if (column.getKind().equals("final")) {
            String key = column.getKey().substring(1);
            String[] parts = key.split(":");
            FinalMark.Kind kind = FinalMark.Kind.valueOf(parts[0]);
            Long periodId = parts.length > 1 ? Long.valueOf(parts[1]) : null;
            return finalMarks.set(cs, row.getStudentId(), kind, periodId, seen, typed);
        }
        throw new RuleViolation("journal.cell.readOnly");
    }

    // ---- the selected lesson ----------------------------------------------------------------------------------

    public void onLessonPicked() {
        selectLesson(selectedLessonId);
    }

    /** A click on a lesson's header picks that lesson. */
    public void onColumnSelect(SheetEvent event) {
        Sheet sheetComponent = (Sheet) event.getSource();
        Integer col = sheetComponent.getSelectedColumn();
        Column column = col == null ? null : grid.column(col);
        if (column != null && column.getKind().equals("lesson")) {
            selectLesson(Long.valueOf(column.getKey().substring(1)));
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
        Sheet sheetComponent = (Sheet) FacesContext.getCurrentInstance().getViewRoot().findComponent("journalForm:sheet");
        String selection = sheetComponent == null ? null : sheetComponent.getSelection();
        if (selection == null || !selection.matches("\\[+\\d+,\\d+.*")) {
            texts.error("journal.history.pickCell");
            return;
        }
        String[] parts = selection.replaceAll("[\\[\\]]", "").split(",");
        int r = Integer.parseInt(parts[0].trim());
        int c = Integer.parseInt(parts[1].trim());
        Column column = grid.column(c);
        if (r < 0 || r >= grid.getRows().size() || column == null) {
            texts.error("journal.history.pickCell");
            return;
        }
        if (!column.getKind().equals("lesson")) {
            return;
        }
        long lessonId = Long.parseLong(column.getKey().substring(1));
        Row row = grid.getRows().get(r);
        history = journal.cellHistory(lessonId, row.getStudentId());
        historyTitle = texts.get("journal.history.cell", row.getName(), lessonTitle(lessonById(lessonId)));
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
    public int getFocusColumn() {
        return grid == null ? -1 : grid.columnOf(selectedLessonId);
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

    // ---- getters and setters ---------------------------------------------------------------------------------

    public JournalSheet getSheet() {
        return sheet;
    }

    /** The grid's model: its columns, rows and looks. */
    public JournalGrid getGrid() {
        return grid;
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
