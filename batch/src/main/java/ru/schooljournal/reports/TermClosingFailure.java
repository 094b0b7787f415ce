package ru.schooljournal.reports;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * When a step of term closing fails, the run says why in Russian — for the jobs page, never a stack trace —
 * and the server's log has the trace once, with the moment to find it by.
 */
@Dependent
@Named("termClosingFailure")
public class TermClosingFailure extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(TermClosingFailure.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        Exception e = step.getException();
        if (e == null) {
            return;
        }
        String at = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").format(ZonedDateTime.now());
        LOG.log(Level.WARNING, "Term closing " + job.getExecutionId() + " failed in step " + step.getStepName() + " at " + at, e);
        String what = "close".equals(step.getStepName()) ? "закрытие классов" : "запись итоговых ведомостей";
        String reason = "Остановлено с ошибкой (" + what + "): " + (database(e)
                ? "база данных отказала в записи" : "внутренняя ошибка")
                + ". Закрытые классы остались закрытыми; запустите задание снова («Повторить»): оно продолжит с места остановки.";
        job.setExitStatus(reason);
        step.setExitStatus(reason);
    }

    private static boolean database(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException || c.getClass().getName().contains("Persistence")) {
                return true;
            }
        }
        return false;
    }
}
