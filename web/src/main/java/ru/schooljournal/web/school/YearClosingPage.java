package ru.schooljournal.web.school;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.yearclosing.boundary.YearClosing;
import ru.schooljournal.yearclosing.boundary.YearClosing.ClassPlan;
import ru.schooljournal.web.platform.Texts;
import ru.schooljournal.yearclosing.YearClosingJob;

/** «Закрытие учебного года»: what will happen class by class, the next year's dates and the promotion order. */
@Named
@ViewScoped
public class YearClosingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    YearClosing closing;

    @EJB
    YearClosingJob job;

    @Inject
    Texts texts;

    private List<ClassPlan> plan = List.of();
    private LocalDate nextStart;
    private LocalDate nextEnd;
    private String orderNumber;
    private LocalDate orderDate = LocalDate.now();
    private Long execution;
    private YearClosingJob.Status status;

    public void load() {
        plan = closing.preview();
        int y = LocalDate.now().getMonthValue() >= 6 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
        if (nextStart == null) {
            nextStart = LocalDate.of(y + 1, 9, 1);
            nextEnd = LocalDate.of(y + 2, 5, 31);
        }
        refresh();
    }

    public void start() {
        try {
            execution = job.start(nextStart, nextEnd, orderNumber, orderDate);
            texts.info("yearClosing.started", execution);
            refresh();
        } catch (RuleViolation refused) {
            texts.error(refused.messageKey(), refused.args());
        }
    }

    public void refresh() {
        status = execution == null ? null : job.status(execution);
    }

    public List<ClassPlan> getPlan() {
        return plan;
    }

    public YearClosingJob.Status getStatus() {
        return status;
    }

    public LocalDate getNextStart() {
        return nextStart;
    }

    public void setNextStart(LocalDate nextStart) {
        this.nextStart = nextStart;
    }

    public LocalDate getNextEnd() {
        return nextEnd;
    }

    public void setNextEnd(LocalDate nextEnd) {
        this.nextEnd = nextEnd;
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
