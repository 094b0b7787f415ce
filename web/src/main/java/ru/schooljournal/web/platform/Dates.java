package ru.schooljournal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** Dates and times as the UI writes them, in the user's language: «понедельник, 23 ноября». */
@Named
@RequestScoped
public class Dates {

    @Inject
    UiLocale locale;

    public String dayTitle(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE, d MMMM", locale.getLocale()).format(date);
    }

    public String shortDate(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

    /** A moment in Moscow time (the demo's zone; per-school zones come with the school settings). */
    public String instant(java.time.Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .withZone(java.time.ZoneId.of("Europe/Moscow")).format(instant);
    }

    public String time(LocalTime time) {
        return time == null ? "" : DateTimeFormatter.ofPattern("H:mm").format(time);
    }
}
