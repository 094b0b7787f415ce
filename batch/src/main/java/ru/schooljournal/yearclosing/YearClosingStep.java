package ru.schooljournal.yearclosing;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import ru.schooljournal.yearclosing.boundary.YearClosing;

/** The year-closing job's one step: the whole closing in one transaction; its summary is the exit status. */
@Dependent
@Named("yearClosingStep")
public class YearClosingStep extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String schoolId;

    @Inject
    @BatchProperty
    String accountId;

    @Inject
    @BatchProperty
    String nextStart;

    @Inject
    @BatchProperty
    String nextEnd;

    @Inject
    @BatchProperty
    String orderNumber;

    @Inject
    @BatchProperty
    String orderDate;

    @Inject
    JobContext job;

    @EJB
    YearClosing closing;

    @Override
    public String process() {
        String summary = closing.close(Long.parseLong(schoolId), Long.parseLong(accountId), LocalDate.parse(nextStart),
                LocalDate.parse(nextEnd), orderNumber, LocalDate.parse(orderDate));
        job.setExitStatus(summary);
        return summary;
    }
}
