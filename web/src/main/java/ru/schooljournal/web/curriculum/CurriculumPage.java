package ru.schooljournal.web.curriculum;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import ru.schooljournal.curriculum.boundary.Curriculum;
import ru.schooljournal.curriculum.boundary.Curriculum.Choice;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.ClassRoster;
import ru.schooljournal.web.platform.Texts;

/** A class's curriculum for the deputy: subjects, hours a week, teachers; and the class teacher. */
@Named
@ViewScoped
public class CurriculumPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A line of the page, editable in place. */
    public static final class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Curriculum.Line line;
        private Long teacherId;
        private BigDecimal hours;

        Line(Curriculum.Line line) {
            this.line = line;
            this.teacherId = line.teacherId();
            this.hours = line.hoursPerWeek();
        }

        public Curriculum.Line getLine() {
            return line;
        }

        public Long getTeacherId() {
            return teacherId;
        }

        public void setTeacherId(Long teacherId) {
            this.teacherId = teacherId;
        }

        public BigDecimal getHours() {
            return hours;
        }

        public void setHours(BigDecimal hours) {
            this.hours = hours;
        }
    }

    @EJB
    Curriculum curriculum;

    @EJB
    ClassRoster roster;

    @Inject
    Texts texts;

    @jakarta.ejb.EJB
    ru.schooljournal.curriculum.boundary.Subgroups subgroups;

    private Long classId;
    private String className;
    private Long classTeacherId;
    private List<Line> lines = List.of();
    private List<Choice> subjects = List.of();
    private List<Choice> teachers = List.of();
    private Long newSubjectId;
    private Long newTeacherId;
    private BigDecimal newHours = BigDecimal.ONE;

    public void load() {
        if (classId == null) {
            throw new RuleViolation("schedule.noClass");
        }
        var r = roster.of(classId);
        className = r.className();
        classTeacherId = r.classTeacherId();
        lines = curriculum.ofClass(classId).stream().map(Line::new).toList();
        subjects = curriculum.subjects();
        teachers = curriculum.teachers();
    }

    public void save(Line line) {
        run(() -> {
            curriculum.updateLine(line.line.classSubjectId(), line.teacherId, line.hours);
            return 0L;
        }, "curriculum.saved");
    }

    public void add() {
        if (newSubjectId == null) {
            texts.error("curriculum.noSubject");
            return;
        }
        run(() -> curriculum.setLine(classId, newSubjectId, newTeacherId, newHours), "curriculum.saved");
    }

    public void remove(Line line) {
        run(() -> {
            curriculum.removeLine(line.line.classSubjectId());
            return 0L;
        }, "curriculum.removed");
    }

    /** Divides an undivided subject into two groups (their teachers are then set line by line). */
    public void divide(Line line) {
        run(() -> {
            subgroups.divide(line.line.classSubjectId(), 2);
            return 0L;
        }, "subgroups.divided");
    }

    public void saveClassTeacher() {
        run(() -> {
            curriculum.setClassTeacher(classId, classTeacherId);
            return 0L;
        }, "curriculum.classTeacherSaved");
    }

    private void run(java.util.function.Supplier<Long> change, String done) {
        try {
            change.get();
            texts.info(done);
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public BigDecimal getTotalHours() {
        return lines.stream().filter(l -> l.line.groupNo() == null || l.line.groupNo() == 1)
                .map(l -> l.line.hoursPerWeek()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getClassName() {
        return className;
    }

    public Long getClassTeacherId() {
        return classTeacherId;
    }

    public void setClassTeacherId(Long classTeacherId) {
        this.classTeacherId = classTeacherId;
    }

    public List<Line> getLines() {
        return lines;
    }

    public List<Choice> getSubjects() {
        return subjects;
    }

    public List<Choice> getTeachers() {
        return teachers;
    }

    public Long getNewSubjectId() {
        return newSubjectId;
    }

    public void setNewSubjectId(Long newSubjectId) {
        this.newSubjectId = newSubjectId;
    }

    public Long getNewTeacherId() {
        return newTeacherId;
    }

    public void setNewTeacherId(Long newTeacherId) {
        this.newTeacherId = newTeacherId;
    }

    public BigDecimal getNewHours() {
        return newHours;
    }

    public void setNewHours(BigDecimal newHours) {
        this.newHours = newHours;
    }
}
