package ru.schooljournal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts from the resource bundle in the user's language, and Faces messages made from them. */
@RequestScoped
public class Texts {

    public static final String BUNDLE = "ru.schooljournal.web.messages";

    public String get(String key, Object... args) {
        FacesContext fc = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, fc.getViewRoot() != null
                ? fc.getViewRoot().getLocale() : UiLocale.DEFAULT);
        try {
            String text = bundle.getString(key);
            if (args.length == 0) {
                return text;
            }
            // An argument that names a text of the bundle (a field: «card.lastName») is shown as that text.
            Object[] shown = args.clone();
            for (int i = 0; i < shown.length; i++) {
                if (shown[i] instanceof String s && s.indexOf('.') > 0 && s.indexOf(' ') < 0 && bundle.containsKey(s)) {
                    shown[i] = bundle.getString(s);
                }
            }
            return new MessageFormat(text, bundle.getLocale()).format(shown);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, get(key, args), null));
    }

    public void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, get(key, args), null));
    }
}
