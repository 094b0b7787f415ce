package ru.schooljournal.web.roster;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.roster.boundary.MovementBook;
import ru.schooljournal.roster.boundary.MovementBook.Choice;
import ru.schooljournal.roster.boundary.MovementBook.Line;
import ru.schooljournal.web.platform.Texts;

/** «Движение учащихся»: the secretary records an order — a transfer, a leaving, an enrolment — and reads the book. */
@Named
@ViewScoped
public class MovementPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MovementBook book;

    @Inject
    Texts texts;

    private String kind = "TRANSFER";
    private Long fromClassId;
    private Long studentId;
    private Long toClassId;
    private LocalDate date;
    private String orderNumber;
    private String note;
    private List<Choice> classes = List.of();
    private List<Choice> students = List.of();
    private List<Line> lines = List.of();

    public void load() {
        classes = book.classes();
        lines = book.lines();
        onKind();
    }

    public void onKind() {
        studentId = null;
        students = "ENROL".equals(kind) ? book.withoutClass()
                : fromClassId == null ? List.of() : book.studentsOf(fromClassId);
    }

    public void record() {
        try {
            if (studentId == null) {
                throw new RuleViolation("movement.noStudent");
            }
            switch (kind) {
                case "TRANSFER" -> book.transfer(studentId, required(toClassId), date, orderNumber, note);
                case "LEAVE" -> book.leave(studentId, date, orderNumber, note);
                case "ENROL" -> book.enrol(studentId, required(toClassId), date, orderNumber, note);
                default -> book.decideYearEnd(studentId, ru.schooljournal.roster.entity.MovementOrder.Kind.valueOf(kind), date,
                        orderNumber, note);
            }
            texts.info("movement.recorded", orderNumber);
            orderNumber = null;
            note = null;
            lines = book.lines();
            onKind();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    private static long required(Long classId) {
        if (classId == null) {
            throw new RuleViolation("movement.noClass");
        }
        return classId;
    }

    /** Transfers and enrolments name the class the student goes to; the other orders do not. */
    public boolean isToClass() {
        return "TRANSFER".equals(kind) || "ENROL".equals(kind);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getFromClassId() {
        return fromClassId;
    }

    public void setFromClassId(Long fromClassId) {
        this.fromClassId = fromClassId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public void setStudentId(Long studentId) {
        this.studentId = studentId;
    }

    public Long getToClassId() {
        return toClassId;
    }

    public void setToClassId(Long toClassId) {
        this.toClassId = toClassId;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<Choice> getClasses() {
        return classes;
    }

    public List<Choice> getStudents() {
        return students;
    }

    public List<Line> getLines() {
        return lines;
    }
}
