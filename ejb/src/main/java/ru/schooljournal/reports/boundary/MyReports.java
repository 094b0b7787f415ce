package ru.schooljournal.reports.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import ru.schooljournal.access.boundary.AccessPolicy;
import ru.schooljournal.access.control.AccessDenied;
import ru.schooljournal.access.control.Caller;
import ru.schooljournal.access.control.CurrentCaller;
import ru.schooljournal.access.control.Target;
import ru.schooljournal.access.entity.Operation;

/**
 * «Мои отчёты»: what jobs produced (SPEC §8–9), kept in PostgreSQL so that any node serves it, with its
 * parameters, size and the time it took; gone after the school's {@code report_days} (90 unless changed).
 * A reader sees the files they started, and with REPORTS_ALL_CLASSES every file of their school.
 */
@Stateless
@PermitAll // who may is the access matrix's (AccessPolicy)
public class MyReports {

    public record Entry(long id, String title, String parameters, String fileName, int sizeBytes, int buildMs,
                        Instant createdAt, String startedBy) implements Serializable {
    }

    public record File(String fileName, String contentType, byte[] content) {
    }

    @PersistenceContext(unitName = "journal")
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @EJB
    AccessPolicy policy;

    /** Stores a job's file; a file of that name from that job instance is stored once (a restart adds none). */
    public boolean store(long schoolId, long accountId, String title, String parameters, String fileName,
                         String contentType, byte[] content, int buildMs, Long jobInstance) {
        return em.createNativeQuery("""
                        insert into report_file (school_id, account_id, title, parameters, file_name, content_type, content,
                                                 size_bytes, build_ms, job_instance, expires_on)
                        select ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, current_date + s.report_days from school s where s.id = ?1
                        on conflict (job_instance, file_name) do nothing""")
                .setParameter(1, schoolId).setParameter(2, accountId).setParameter(3, title).setParameter(4, parameters)
                .setParameter(5, fileName).setParameter(6, contentType).setParameter(7, content)
                .setParameter(8, content.length).setParameter(9, buildMs).setParameter(10, jobInstance)
                .executeUpdate() > 0;
    }

    /** The caller's files, newest first (expired ones are removed on the way). */
    public List<Entry> mine() {
        Caller me = currentCaller.get();
        if (me.schoolId() == null) {
            throw new AccessDenied("access.denied.noSchool", me.login());
        }
        em.createNativeQuery("delete from report_file where school_id = ?1 and expires_on < current_date")
                .setParameter(1, me.schoolId()).executeUpdate();
        boolean all = policy.may(Operation.REPORTS_ALL_CLASSES, Target.school(me.schoolId()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select f.id, f.title, f.parameters, f.file_name, f.size_bytes, f.build_ms, f.created_at, a.login
                        from report_file f join account a on a.id = f.account_id
                        where f.school_id = ?1 and (?2 or f.account_id = ?3) order by f.created_at desc, f.id desc limit 200""")
                .setParameter(1, me.schoolId()).setParameter(2, all).setParameter(3, me.accountId()).getResultList();
        return rows.stream().map(r -> new Entry(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), instant(r[6]), (String) r[7])).toList();
    }

    /** One file, for its owner or a reader of every class's reports of its school. */
    public File file(long id) {
        Caller me = currentCaller.get();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select school_id, account_id, file_name, content_type, content from report_file
                        where id = ?1 and expires_on >= current_date""").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new ru.schooljournal.platform.RuleViolation("reports.file.gone");
        }
        Object[] r = rows.get(0);
        long school = ((Number) r[0]).longValue();
        boolean owner = ((Number) r[1]).longValue() == me.accountId();
        if (!(owner && me.schoolId() != null && me.schoolId() == school)
                && !policy.may(Operation.REPORTS_ALL_CLASSES, Target.school(school))) {
            throw new AccessDenied("access.denied.matrix", me.login() + " report file " + id);
        }
        return new File((String) r[2], (String) r[3], (byte[]) r[4]);
    }

    /** A timestamp column as an instant (null stays null). */
    public static Instant instantOf(Object o) {
        return o == null ? null : instant(o);
    }

    static Instant instant(Object o) {
        return o instanceof java.sql.Timestamp t ? t.toInstant()
                : o instanceof java.time.OffsetDateTime d ? d.toInstant() : (Instant) o;
    }
}
