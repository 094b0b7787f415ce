package ru.schooljournal.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A business rule refused what the user asked for. Carries the key of a resource-bundle message (and its
 * arguments) that the UI shows in the user's language; nothing of the request is written.
 */
@ApplicationException(rollback = true)
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Object[] args;

    public RuleViolation(String messageKey, Object... args) {
        super(messageKey + Arrays.toString(args));
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
