package ru.schooljournal.platform;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Reading native SQL's rows: a statement with positional parameters (?1, ?2…) to its rows, and a column's value as
 * the date, moment or time it is, whichever type the driver hands over.
 */
public final class NativeRows {

    private NativeRows() {
    }

    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(EntityManager em, String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.getResultList();
    }

    public static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    public static Instant instant(Object o) {
        return o == null ? null : o instanceof java.sql.Timestamp t ? t.toInstant()
                : o instanceof java.time.OffsetDateTime d ? d.toInstant() : (Instant) o;
    }

    public static LocalTime time(Object o) {
        return o == null ? null : o instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) o;
    }
}
