package ru.schooljournal.journal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import ru.schooljournal.school.entity.School;
import ru.schooljournal.school.entity.SchoolOwned;

/**
 * A kind of work a mark is given for (SPEC §5: oral answer, test, control work…), with its weight in the
 * weighted average and the one letter a teacher types after a mark in the grid (5к). Work that is handed
 * in (written work) may be marked even when the student was absent from the lesson.
 */
@Entity
@Table(name = "work_type")
public class WorkType extends SchoolOwned {

    /** What every new school starts with; the school edits names, letters and weights. */
    public record Default(String name, String key, int weight, boolean handedIn) {
    }

    public static final List<Default> DEFAULTS = List.of(
            new Default("Ответ на уроке", "о", 1, false),
            new Default("Самостоятельная работа", "с", 2, true),
            new Default("Контрольная работа", "к", 3, true),
            new Default("Проверочная работа", "п", 2, true),
            new Default("Лабораторная работа", "л", 2, true),
            new Default("Практическая работа", "р", 2, true),
            new Default("Диктант", "д", 2, true),
            new Default("Сочинение", "ч", 2, true),
            new Default("Тест", "т", 1, true),
            new Default("Домашняя работа", "з", 1, true));

    private String name;
    private String key;
    private BigDecimal weight;
    @Column(name = "handed_in")
    private boolean handedIn;

    protected WorkType() {
    }

    public WorkType(School school, Default d) {
        super(school);
        this.name = d.name();
        this.key = d.key();
        this.weight = BigDecimal.valueOf(d.weight());
        this.handedIn = d.handedIn();
    }

    public String getName() {
        return name;
    }

    public String getKey() {
        return key;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public boolean isHandedIn() {
        return handedIn;
    }
}
