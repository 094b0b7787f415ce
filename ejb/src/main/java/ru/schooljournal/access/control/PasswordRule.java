package ru.schooljournal.access.control;

import java.util.Optional;

/**
 * The strong-password rule (SPEC §3, seed 002 §25): at least 8 characters, with letters and digits,
 * not the login itself, and not one of the passwords everyone tries first ({@code common-passwords.txt},
 * ASVS 2.1.7). Returns the key of the message to show when a password breaks it.
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
        if (COMMON.contains(password.toLowerCase())) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    private static final java.util.Set<String> COMMON = load();

    private static java.util.Set<String> load() {
        try (var in = PasswordRule.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(String::toLowerCase)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
