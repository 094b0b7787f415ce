package ru.schooljournal.web.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * The UI speaks Russian whatever language the browser prefers (SPEC: all data and UI in Russian); a user
 * who switches to English gets English. The browser's Accept-Language is not consulted.
 */
public class JournalViewHandler extends ViewHandlerWrapper {

    public JournalViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(UiLocale.class).get().getLocale();
    }
}
