package ru.schooljournal.access.control;

import jakarta.ejb.ApplicationException;

/**
 * The business layer refused an operation to this user. The message is a key of the resource bundle
 * ({@code access.denied.*}); the UI shows it in Russian and the refusal is logged.
 */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public AccessDenied(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
