package ru.schooljournal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The error page's reference for the administrator: the moment of the failure, to find it in the log. */
@Named
@RequestScoped
public class ErrorPage {

    public String getIncident() {
        return DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss z").format(ZonedDateTime.now());
    }
}
