package ru.schooljournal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.schooljournal.access.boundary.Profile;
import ru.schooljournal.web.access.SessionUser;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Dates and times as the UI writes them, in the user's language: «понедельник, 23 ноября». */
@Named
@RequestScoped
public class Dates {

    @Inject
    UiLocale locale;

    @Inject
    SessionUser sessionUser;

    /**
     * A date from a page's address ({@code ?date=2026-12-02}): an unreadable one, or one outside the years a
     * school's journal can hold (a crafted {@code -999999999-01-01} would reach the database), is {@code fallback}.
     */
    public static LocalDate fromAddress(String value, LocalDate fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            return date.getYear() < 1900 || date.getYear() > 2200 ? fallback : date;
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    public String dayTitle(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE, d MMMM", locale.getLocale()).format(date);
    }

    /** «12 сент.»: a mark's or an absence's day in the diary. */
    public String dayMonth(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM", locale.getLocale()).format(date);
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

    /** A moment on the clock of the user's school (the school's time-zone setting). */
    public String instant(java.time.Instant instant) {
        if (instant == null) {
            return "";
        }
        Profile.Me me = sessionUser.getMe();
        java.time.ZoneId zone = me == null || me.timeZone() == null ? java.time.ZoneId.systemDefault()
                : java.time.ZoneId.of(me.timeZone());
        return DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(zone).format(instant);
    }

    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("H:mm").format(time);
    }
}
