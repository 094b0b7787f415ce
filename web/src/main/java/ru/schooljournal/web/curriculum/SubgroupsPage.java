package ru.schooljournal.web.curriculum;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;
import ru.schooljournal.curriculum.boundary.Subgroups;
import ru.schooljournal.curriculum.boundary.Subgroups.Divided;
import ru.schooljournal.curriculum.boundary.Subgroups.PeriodEnd;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.ClassRoster;
import ru.schooljournal.web.platform.Texts;

/**
 * «Подгруппы класса»: the divided subjects with who is in which group; forming the groups (the class
 * teacher or the deputy) and moving a student at a period's end by an order (the administrator).
 */
@Named
@ViewScoped
public class SubgroupsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    Subgroups subgroups;

    @EJB
    ClassRoster roster;

    @EJB
    AccessPolicy policy;

    @Inject
    Texts texts;

    private Long classId;
    private String className;
    private List<Divided> divided = List.of();
    private List<PeriodEnd> periodEnds = List.of();
    private boolean mayForm;
    private boolean mayMove;
    /** Per subject: the students ticked to be put into a group, and the group. */
    private final Map<Long, Forming> forming = new HashMap<>();
    private Long moveStudent;
    private Long moveTo;
    private Long movePeriod;
    private String orderNumber;
    private LocalDate orderDate;

    public void load() {
        if (classId == null) {
            throw new RuleViolation("movement.noClass");
        }
        className = roster.of(classId).className();
        divided = subgroups.ofClass(classId);
        periodEnds = subgroups.periodEnds(classId);
        mayForm = policy.may(Operation.CLASSES_EDIT, Target.schoolClass(classId))
                || policy.may(Operation.SUBGROUPS_OWN_CLASS, Target.schoolClass(classId));
        mayMove = policy.may(Operation.SUBGROUPS_MOVE, Target.schoolClass(classId));
        for (Divided d : divided) {
            Forming f = forming.computeIfAbsent(d.subjectId(), k -> new Forming());
            f.ticked = new String[0];
            if (f.into == null) {
                f.into = d.groups().get(0).classSubjectId();
            }
        }
    }

    public void form(Divided d) {
        Forming f = forming.get(d.subjectId());
        List<Long> students = f == null ? List.of() : java.util.Arrays.stream(f.ticked).map(Long::valueOf).toList();
        if (students.isEmpty()) {
            texts.error("subgroups.noneTicked");
            return;
        }
        try {
            subgroups.form(f.into, students);
            texts.info("subgroups.formed", students.size());
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public void move() {
        if (moveStudent == null || moveTo == null || movePeriod == null) {
            texts.error("subgroups.moveIncomplete");
            return;
        }
        try {
            subgroups.move(moveStudent, moveTo, movePeriod, orderNumber, orderDate);
            texts.info("subgroups.moved");
            orderNumber = null;
            load();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    /** An item of a choice list. */
    public record Choice(long id, String label) implements Serializable {
    }

    /** The students who are in a group now, for the move. */
    public List<Choice> getMembers() {
        Map<Long, String> byId = new java.util.TreeMap<>();
        divided.forEach(d -> d.groups().forEach(g -> g.members().forEach(m -> byId.put(m.studentId(), m.name()))));
        return byId.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    /** Every group of the class's divided subjects, for the move. */
    public List<Choice> getGroups() {
        List<Choice> groups = new ArrayList<>();
        divided.forEach(d -> d.groups().forEach(g -> groups.add(new Choice(g.classSubjectId(),
                d.subject() + " — " + g.number() + " гр." + (g.teacher().isEmpty() ? "" : " (" + g.teacher() + ")")))));
        return groups;
    }

    /** What is being chosen for one divided subject: the students ticked and the group they go into. */
    public static final class Forming implements Serializable {
        private static final long serialVersionUID = 1L;
        private String[] ticked = new String[0];
        private Long into;

        public String[] getTicked() {
            return ticked;
        }

        public void setTicked(String[] ticked) {
            this.ticked = ticked == null ? new String[0] : ticked;
        }

        public Long getInto() {
            return into;
        }

        public void setInto(Long into) {
            this.into = into;
        }
    }

    public Map<Long, Forming> getForming() {
        return forming;
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

    public List<Divided> getDivided() {
        return divided;
    }

    public List<PeriodEnd> getPeriodEnds() {
        return periodEnds;
    }

    public boolean isMayForm() {
        return mayForm;
    }

    public boolean isMayMove() {
        return mayMove;
    }

    public Long getMoveStudent() {
        return moveStudent;
    }

    public void setMoveStudent(Long moveStudent) {
        this.moveStudent = moveStudent;
    }

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public Long getMovePeriod() {
        return movePeriod;
    }

    public void setMovePeriod(Long movePeriod) {
        this.movePeriod = movePeriod;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }
}
