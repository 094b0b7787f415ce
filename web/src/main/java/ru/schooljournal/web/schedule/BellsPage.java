package ru.schooljournal.web.schedule;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.schedule.boundary.BellSchedule;
import ru.schooljournal.web.platform.Texts;

/** «Звонки»: the bell schedule, one line per lesson number, times typed as 08:30. */
@Named
@ViewScoped
public class BellsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One lesson's times as typed. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int number;
        private String starts;
        private String ends;

        Row(int number, String starts, String ends) {
            this.number = number;
            this.starts = starts;
            this.ends = ends;
        }

        public int getNumber() {
            return number;
        }

        public String getStarts() {
            return starts;
        }

        public void setStarts(String starts) {
            this.starts = starts;
        }

        public String getEnds() {
            return ends;
        }

        public void setEnds(String ends) {
            this.ends = ends;
        }
    }

    @EJB
    BellSchedule bells;

    @Inject
    Texts texts;

    private List<Row> rows = List.of();
    private int newNumber;
    private String newStarts;
    private String newEnds;

    public void load() {
        rows = new ArrayList<>();
        bells.lines().forEach(l -> rows.add(new Row(l.number(), l.startsAt().toString(), l.endsAt().toString())));
        newNumber = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).number + 1;
    }

    public void save(Row row) {
        set(row.number, row.starts, row.ends);
    }

    public void add() {
        if (set(newNumber, newStarts, newEnds)) {
            newStarts = null;
            newEnds = null;
        }
    }

    public void remove(int number) {
        try {
            bells.remove(number);
            texts.info("bells.removed", number);
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    private boolean set(int number, String starts, String ends) {
        try {
            bells.set(number, time(starts), time(ends));
            texts.info("bells.saved", number);
            load();
            return true;
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
            return false;
        }
    }

    /** «8:30», «08:30» or «8.30»; empty is «not given». */
    static LocalTime time(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip().replace('.', ':');
        try {
            return LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("bells.timeFormat", typed.strip());
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getNewNumber() {
        return newNumber;
    }

    public void setNewNumber(int newNumber) {
        this.newNumber = newNumber;
    }

    public String getNewStarts() {
        return newStarts;
    }

    public void setNewStarts(String newStarts) {
        this.newStarts = newStarts;
    }

    public String getNewEnds() {
        return newEnds;
    }

    public void setNewEnds(String newEnds) {
        this.newEnds = newEnds;
    }
}
