package ru.schooljournal.reports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.logging.Logger;
import ru.schooljournal.reports.boundary.TermClosing;

/** Locks each class's period, in the chunk's transaction (so a class's lock and the checkpoint commit together). */
@Dependent
@Named("termClosingWriter")
public class TermClosingWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(TermClosingWriter.class.getName());

    @Inject
    @BatchProperty
    String periodId;

    @Inject
    @BatchProperty
    String accountId;

    @Inject
    JobContext job;

    @EJB
    TermClosing closing;

    @Override
    public void writeItems(List<Object> items) {
        for (Object item : items) {
            long classId = (Long) item;
            boolean closed = closing.closeClass(Long.parseLong(periodId), classId, Long.parseLong(accountId),
                    job.getExecutionId());
            LOG.info(() -> "Term closing " + job.getExecutionId() + ": class " + classId
                    + (closed ? " closed" : " was closed already"));
        }
    }
}
