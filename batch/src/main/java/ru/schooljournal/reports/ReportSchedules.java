package ru.schooljournal.reports;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.platform.RuleViolation;
import ru.schooljournal.reports.ReportCatalog.Filter;
import ru.schooljournal.reports.boundary.ProgressSummary;

/**
 * Reports on a schedule (SPEC §9): «анализ ведения журналов every Monday at 07:00». A schedule holds the report,
 * a class or the whole school, a weekday (or every day) and a time in the school's zone; its filter is relative
 * to the run — journal keeping the week before, attendance the month before, the progress summary the latest
 * period over. Every five minutes the due schedules are run as the report-generation job for their owner, with
 * the owner's rights of that moment; a schedule is claimed by moving its {@code last_run_at}, so of several
 * nodes one runs it.
 */
@Stateless
@PermitAll // who may is the access matrix's (the report EJBs)
public class ReportSchedules {

    private static final Logger LOG = Logger.getLogger(ReportSchedules.class.getName());

    public record Entry(long id, String report, Long classId, Integer weekday, LocalTime at, Instant lastRun)
            implements Serializable {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    ReportJobs jobs;

    @EJB
    ProgressSummary progressSummary;

    public long add(String report, Long classId, Integer weekday, LocalTime at) {
        Caller me = currentCaller.get();
        if (at == null || weekday != null && (weekday < 1 || weekday > 7)) {
            throw new RuleViolation("reports.schedule.badWhen");
        }
        jobs.check(report, new Filter(null, classId, null, null, null));
        return ((Number) em.createNativeQuery("""
                        insert into report_schedule (school_id, account_id, report, class_id, weekday, at_time)
                        values (?1, ?2, ?3, cast(?4 as bigint), cast(?5 as smallint), cast(?6 as time)) returning id""")
                .setParameter(1, me.schoolId()).setParameter(2, me.accountId()).setParameter(3, report)
                .setParameter(4, classId == null ? null : classId.toString()).setParameter(5, weekday == null ? null : weekday.toString())
                .setParameter(6, at.toString()).getSingleResult()).longValue();
    }

    public List<Entry> mine() {
        Caller me = currentCaller.get();
        List<Entry> entries = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                        select id, report, class_id, weekday, at_time, last_run_at from report_schedule
                        where account_id = ?1 order by id""").setParameter(1, me.accountId()).getResultList()) {
            Object[] row = (Object[]) r;
            entries.add(new Entry(((Number) row[0]).longValue(), (String) row[1],
                    row[2] == null ? null : ((Number) row[2]).longValue(),
                    row[3] == null ? null : ((Number) row[3]).intValue(),
                    row[4] instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) row[4],
                    ru.schooljournal.reports.boundary.MyReports.instantOf(row[5])));
        }
        return entries;
    }

    public void remove(long id) {
        Caller me = currentCaller.get();
        if (em.createNativeQuery("delete from report_schedule where id = ?1 and account_id = ?2")
                .setParameter(1, id).setParameter(2, me.accountId()).executeUpdate() == 0) {
            throw new AccessDenied("access.denied.matrix", me.login() + " report schedule " + id);
        }
    }

    /** The timer: every five minutes. */
    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void everyFiveMinutes() {
        try {
            runDue(Instant.now());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled reports not started", e);
        }
    }

    /** Starts every schedule due at {@code now} and not run since; returns the job executions started. */
    public List<Long> runDue(Instant now) {
        List<Long> started = new ArrayList<>();
        for (Object r : em.createNativeQuery("""
                        select rs.id, rs.school_id, rs.account_id, rs.report, rs.class_id, rs.weekday, rs.at_time,
                               s.time_zone, rs.last_run_at
                        from report_schedule rs join school s on s.id = rs.school_id
                        join account a on a.id = rs.account_id where a.active""").getResultList()) {
            Object[] row = (Object[]) r;
            ZoneId zone = ZoneId.of((String) row[7]);
            ZonedDateTime here = now.atZone(zone);
            LocalTime at = row[6] instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) row[6];
            Integer weekday = row[5] == null ? null : ((Number) row[5]).intValue();
            LocalDate day = here.toLocalDate();
            if (weekday != null && day.getDayOfWeek().getValue() != weekday || here.toLocalTime().isBefore(at)) {
                continue;
            }
            Instant due = day.atTime(at).atZone(zone).toInstant();
            long id = ((Number) row[0]).longValue();
            int claimed = em.createNativeQuery("""
                            update report_schedule set last_run_at = ?2
                            where id = ?1 and (last_run_at is null or last_run_at < ?3)""")
                    .setParameter(1, id).setParameter(2, java.sql.Timestamp.from(now))
                    .setParameter(3, java.sql.Timestamp.from(due)).executeUpdate();
            if (claimed == 0) {
                continue; // run already today (or by another node)
            }
            String report = (String) row[3];
            Long classId = row[4] == null ? null : ((Number) row[4]).longValue();
            started.add(ReportJobs.start(((Number) row[1]).longValue(), ((Number) row[2]).longValue(), report,
                    filterFor(report, classId, day, ((Number) row[1]).longValue())));
            LOG.info(() -> "Scheduled report " + id + " (" + report + ") started");
        }
        return started;
    }

    /** The filter of a scheduled run on {@code day}: the week before, the month before, the latest period over. */
    private Filter filterFor(String report, Long classId, LocalDate day, long schoolId) {
        return switch (report) {
            case "journal-keeping" -> {
                LocalDate monday = day.with(DayOfWeek.MONDAY).minusWeeks(1);
                yield new Filter(null, classId, monday, monday.plusDays(6), null);
            }
            case "attendance", "teaching-hours", "movement", "activity" -> {
                LocalDate first = day.minusMonths(1).withDayOfMonth(1);
                yield new Filter(null, classId, first, first.withDayOfMonth(first.lengthOfMonth()), null);
            }
            case "progress", "class-teacher", "final-marks" -> {
                List<?> period = em.createNativeQuery("""
                                select p.id from study_period p join academic_year y on y.id = p.year_id
                                where y.school_id = ?1 and y.current and p.ends_on < ?2
                                order by p.ends_on desc, case p.kind when 'QUARTER' then 0 else 1 end limit 1""")
                        .setParameter(1, schoolId).setParameter(2, day).getResultList();
                yield new Filter(period.isEmpty() ? null : ((Number) period.get(0)).longValue(), classId, null, null, null);
            }
            default -> new Filter(null, classId, null, null, null);
        };
    }
}
