package ru.schooljournal.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The UI language: Russian for everyone (SPEC: the UI speaks Russian), whatever the browser asks for,
 * unless the user switches to English.
 */
@Named
@SessionScoped
public class UiLocale implements Serializable {

    public static final Locale DEFAULT = Locale.forLanguageTag("ru");
    private static final long serialVersionUID = 1L;

    private Locale locale = DEFAULT;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    /** Switches the language and shows the same page again in it. */
    public String switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : DEFAULT;
        return FacesContext.getCurrentInstance().getViewRoot().getViewId()
                + "?faces-redirect=true&includeViewParams=true";
    }
}
