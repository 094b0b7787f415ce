package ru.schooljournal.access.control;

import java.util.Optional;

/**
 * The strong-password rule (SPEC §3, seed 002 §25): at least 8 characters, with letters and digits,
 * and not the login itself. Returns the key of the message to show when a password breaks it.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 8;

    private PasswordRule() {
    }

    public static Optional<String> violation(String login, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("password.needsLettersAndDigits");
        }
        if (login != null && password.toLowerCase().contains(login.toLowerCase())) {
            return Optional.of("password.containsLogin");
        }
        return Optional.empty();
    }
}
