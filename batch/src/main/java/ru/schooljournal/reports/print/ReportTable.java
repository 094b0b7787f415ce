package ru.schooljournal.reports.print;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of a report as it is printed and exported — a sheet of the .xlsx, a table of the PDF: its name,
 * the title lines above it (the report, the school, the period, when it was built), the columns with their
 * kind, and the rows; a total row is marked as such. Values are what the EJBs computed: a {@link Number} for
 * counts, averages and percentages, a {@link String} for everything else.
 */
public final class ReportTable {

    /** What a column holds, and so how it is written: text, a count, a decimal (0.00), a percentage (0.0 %). */
    public enum Kind {
        TEXT, COUNT, DECIMAL, PERCENT
    }

    public record Column(String header, Kind kind, int width) {
    }

    public record Row(List<Object> values, boolean total) {
    }

    private final String name;
    private final List<String> title;
    private final List<Column> columns = new ArrayList<>();
    private final List<Row> rows = new ArrayList<>();
    private boolean landscape;
    private boolean samePage;

    public ReportTable(String name, List<String> title) {
        this.name = name;
        this.title = List.copyOf(title);
    }

    public ReportTable text(String header, int width) {
        columns.add(new Column(header, Kind.TEXT, width));
        return this;
    }

    public ReportTable count(String header) {
        columns.add(new Column(header, Kind.COUNT, Math.max(6, Math.min(12, header.length() + 2))));
        return this;
    }

    public ReportTable decimal(String header) {
        columns.add(new Column(header, Kind.DECIMAL, Math.max(7, Math.min(12, header.length() + 2))));
        return this;
    }

    public ReportTable percent(String header) {
        columns.add(new Column(header, Kind.PERCENT, Math.max(8, Math.min(13, header.length() + 2))));
        return this;
    }

    public ReportTable landscape() {
        landscape = true;
        return this;
    }

    /** The PDF prints this table below the one before on the same page (no title lines repeated), not on a new one. */
    public ReportTable samePage() {
        samePage = true;
        return this;
    }

    public boolean isSamePage() {
        return samePage;
    }

    public ReportTable row(Object... values) {
        return add(false, values);
    }

    public ReportTable total(Object... values) {
        return add(true, values);
    }

    private ReportTable add(boolean total, Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        List<Object> list = new ArrayList<>(values.length);
        for (Object v : values) {
            list.add(v instanceof Integer i ? Long.valueOf(i) : v);
        }
        rows.add(new Row(list, total));
        return this;
    }

    /** The same table without the column headed {@code header} (a figure the school does not show). */
    public ReportTable without(String header) {
        int at = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                at = i;
            }
        }
        if (at < 0) {
            return this;
        }
        ReportTable t = new ReportTable(name, title);
        t.landscape = landscape;
        t.samePage = samePage;
        for (int i = 0; i < columns.size(); i++) {
            if (i != at) {
                t.columns.add(columns.get(i));
            }
        }
        for (Row r : rows) {
            List<Object> values = new ArrayList<>(r.values());
            values.remove(at);
            t.rows.add(new Row(values, r.total()));
        }
        return t;
    }

    public String name() {
        return name;
    }

    public List<String> title() {
        return title;
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean isLandscape() {
        return landscape;
    }

    /** A value as the page shows it: a percentage with one decimal, a decimal as computed, «—» for none. */
    public static String shown(Object value, Kind kind) {
        if (value == null) {
            return kind == Kind.TEXT ? "" : "—";
        }
        if (value instanceof BigDecimal d) {
            return (kind == Kind.PERCENT ? d.setScale(1, java.math.RoundingMode.HALF_UP) : d).toPlainString()
                    .replace('.', ',');
        }
        return value.toString();
    }
}
