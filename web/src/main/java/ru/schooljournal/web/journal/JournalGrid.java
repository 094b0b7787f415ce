package ru.schooljournal.web.journal;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primefaces.extensions.util.JavascriptVarBuilder;
import ru.schooljournal.journal.boundary.JournalSheet;
import ru.schooljournal.journal.boundary.JournalSheet.FinalColumn;
import ru.schooljournal.journal.boundary.JournalSheet.LessonColumn;
import ru.schooljournal.journal.boundary.JournalSheet.StudentRow;

/**
 * What the journal grid shows (SPEC §5), built once in Java from the EJB's {@link JournalSheet}: the columns (the
 * lessons, the averages and the forecast, the final marks), a row per student with the text of every cell as the
 * teacher's browser shows it and each lesson cell's version as read then, and the cells' looks. The page's sheet is
 * drawn from it in one pass ({@link JournalSheetRenderer}) — no expression evaluated per cell —, and a column's look
 * (a cancelled or future lesson, a closed edit window, the summary) is sent once per column, not once per cell.
 */
public final class JournalGrid implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM");
    private static final Pattern MARK_IN_CELL = Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");

    /**
     * A column of the grid: a lesson, an average or a final mark. A class with getters rather than a record: the
     * page's column tags read it through EL, which resolves bean properties from a cache.
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

        /** The look of every cell of the column (cancelled, future, locked, average, forecast, final), or null. */
        public String getStyleClass() {
            return styleClass;
        }

        boolean isLesson() {
            return kind.equals("lesson");
        }
    }

    /**
     * A row of the grid: a student and the values of their cells by column key, as the teacher's browser shows
     * them, with each lesson cell's version as read then (a save names it, so that a cell someone else changed
     * meanwhile is never overwritten), and the cells' own looks (a low mark, an absence).
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

        /** The cells' texts by column key (the sheet writes a typed value here before the page saves it). */
        public Map<String, String> getValues() {
            return values;
        }

        String value(String key) {
            return values.getOrDefault(key, "");
        }

        /** A cell's own look (low, absent, too-few), without its column's. */
        String style(String key) {
            return styles.get(key);
        }

        long version(String key) {
            return versions.getOrDefault(key, 0L);
        }

        void saved(Column column, String text, long version) {
            values.put(column.key, text);
            if (column.isLesson()) {
                versions.put(column.key, version);
            }
        }
    }

    private final JournalSheet sheet;
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();

    /** {@code texts} gives the summary columns' headers from the bundle. */
    JournalGrid(JournalSheet sheet, Function<String, String> texts) {
        this.sheet = sheet;
        // A column the reader may write in stays open even when a rule refuses it today (a future lesson, a
        // closed edit window): typing there tells them why, in words, instead of a silent locked cell.
        for (LessonColumn l : sheet.lessons()) {
            columns.add(new Column("L" + l.id(), header(l), l.mine() || sheet.rights().reasons(), "lesson",
                    l.cancelled() ? "cancelled" : l.future() ? "future" : l.mine() && !l.editable() ? "locked" : null));
        }
        if (sheet.grade() > 1) {
            columns.add(new Column("avg", texts.apply("journal.col.average"), false, "info", "average"));
            columns.add(new Column("wavg", texts.apply("journal.col.weighted"), false, "info", "average"));
            columns.add(new Column("forecast", texts.apply("journal.col.forecast"), false, "info", "forecast"));
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

    public List<Column> getColumns() {
        return columns;
    }

    public List<Row> getRows() {
        return rows;
    }

    Column column(int index) {
        return index < 0 || index >= columns.size() ? null : columns.get(index);
    }

    /** The columns' keys in the grid's order (L12 for a lesson, F… for a final mark), for the page's script. */
    public String getColumnKeys() {
        return String.join(",", columns.stream().map(Column::getKey).toList());
    }

    /** The columns' looks in the grid's order, comma-separated (empty for none), drawn by the page's script. */
    public String getColumnStyles() {
        return String.join(",", columns.stream().map(c -> c.styleClass == null ? "" : c.styleClass).toList());
    }

    /** The index of the lesson's column, -1 for none. */
    int columnOf(Long lessonId) {
        String key = lessonId == null ? null : "L" + lessonId;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key.equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private void fill(Row row, StudentRow s) {
        row.values.clear();
        row.styles.clear();
        row.versions.clear();
        s.cells().forEach((lessonId, text) -> {
            row.values.put("L" + lessonId, text);
            row.versions.put("L" + lessonId, s.versions().getOrDefault(lessonId, 0L));
            String style = cellStyle(text, sheet.markMin(), sheet.markMax());
            if (style != null) {
                row.styles.put("L" + lessonId, style);
            }
        });
        row.values.put("avg", s.average() == null ? "" : s.average().toPlainString());
        row.values.put("wavg", s.weightedAverage() == null ? "" : s.weightedAverage().toPlainString());
        row.values.put("forecast", s.forecast() == null ? "" : s.forecast().toString());
        if (s.tooFewMarks()) {
            row.styles.put("forecast", "too-few");
        }
        for (FinalColumn f : sheet.finals()) {
            row.values.put("F" + f.key(), s.finals().getOrDefault(f.key(), ""));
        }
    }

    /**
     * The changed students' figures (averages, forecast) read again, and the look of the cells just saved. Nothing
     * else of the row: a cell the teacher's browser still shows as it was keeps its value and version here, so
     * that typing into it later cannot overwrite what someone else wrote meanwhile unseen.
     */
    void refresh(List<StudentRow> fresh, Map<Long, Set<String>> savedCells) {
        Map<Long, StudentRow> byStudent = new HashMap<>();
        fresh.forEach(s -> byStudent.put(s.studentId(), s));
        for (Row row : rows) {
            StudentRow s = byStudent.get(row.studentId);
            if (s == null) {
                continue;
            }
            Row now = new Row(row.studentId, row.name);
            fill(now, s);
            Set<String> saved = savedCells.getOrDefault(row.studentId, Set.of());
            for (Column c : columns) {
                if (c.kind.equals("info")) {
                    row.values.put(c.key, now.value(c.key));
                    put(row.styles, c.key, now.style(c.key));
                } else if (saved.contains(c.key)) {
                    put(row.styles, c.key, c.isLesson() ? cellStyle(row.value(c.key), sheet.markMin(), sheet.markMax())
                            : now.style(c.key));
                }
            }
        }
    }

    private static void put(Map<String, String> styles, String key, String style) {
        if (style == null) {
            styles.remove(key);
        } else {
            styles.put(key, style);
        }
    }

    // ---- drawn by the sheet ------------------------------------------------------------------------------------

    /**
     * The sheet's data in the form its script reads ({@code data}, {@code styles}, {@code rowKeys}, the row
     * headers): one pass over the rows, only the cells with a look of their own in {@code styles}.
     */
    Drawn draw() {
        JavascriptVarBuilder data = new JavascriptVarBuilder(null, false);
        JavascriptVarBuilder styles = new JavascriptVarBuilder(null, true);
        JavascriptVarBuilder keys = new JavascriptVarBuilder(null, false);
        JavascriptVarBuilder headers = new JavascriptVarBuilder(null, false);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            keys.appendArrayValue("r_" + row.studentId, true);
            headers.appendArrayValue(row.getHeader(), true);
            JavascriptVarBuilder cells = new JavascriptVarBuilder(null, false);
            for (int c = 0; c < columns.size(); c++) {
                String key = columns.get(c).key;
                cells.appendArrayValue(row.values.get(key), true);
                String style = row.styles.get(key);
                if (style != null) {
                    styles.appendRowColProperty(r, c, style, true);
                }
            }
            data.appendArrayValue(cells.closeVar().toString(), false);
        }
        return new Drawn(data.closeVar().toString(), styles.closeVar().toString(), keys.closeVar().toString(),
                headers.closeVar().toString());
    }

    /** The sheet's data as script literals. */
    record Drawn(String data, String styles, String rowKeys, String rowHeaders) {
    }

    // ---- looks ---------------------------------------------------------------------------------------------------

    /** A lesson's header: the date and the work type's letter; the topic on hover (the grid draws headers as HTML). */
    private static String header(LessonColumn l) {
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
        Matcher mark = MARK_IN_CELL.matcher(text);
        while (mark.find()) {
            int value = Integer.parseInt(mark.group(1));
            if (value >= markMin && value <= low) {
                return "low";
            }
        }
        return null;
    }

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
}
