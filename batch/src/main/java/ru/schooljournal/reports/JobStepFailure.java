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
 * When a step of a job of ours fails (term closing, report generation), the run says why in Russian — for the
 * jobs page, never a stack trace — and the server's log has the trace once, with the moment to find it by.
 */
@Dependent
@Named("jobStepFailure")
public class JobStepFailure extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(JobStepFailure.class.getName());

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
        LOG.log(Level.WARNING, "Job " + job.getJobName() + " " + job.getExecutionId() + " failed in step " + step.getStepName() + " at " + at, e);
        String what = switch (step.getStepName()) {
            case "close" -> "закрытие классов";
            case "sheets" -> "запись итоговых ведомостей";
            default -> "построение отчёта";
        };
        String cause = denied(e) ? "у того, кто запустил задание, больше нет прав на это"
                : database(e) ? "база данных отказала в записи" : "внутренняя ошибка";
        String reason = "Остановлено с ошибкой (" + what + "): " + cause + ". "
                + ("term-closing".equals(job.getJobName())
                ? "Закрытые классы остались закрытыми; запустите задание снова («Повторить»): оно продолжит с места остановки."
                : "Запустите задание снова («Повторить»).");
        job.setExitStatus(reason);
        step.setExitStatus(reason);
    }

    private static boolean denied(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ru.schooljournal.access.control.AccessDenied || c instanceof jakarta.ejb.EJBAccessException) {
                return true;
            }
        }
        return false;
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
