package ru.schooljournal.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** SPEC §3 (seed 002 §25), the strong-password rule: length, letters and digits, not the login, not a common one. */
class PasswordRuleTest {

    @Test
    void aStrongPasswordIsLongHasLettersAndDigitsAndIsNotTheLogin() {
        assertEquals(Optional.of("password.tooShort"), PasswordRule.violation("ivanov", "ab12"));
        assertEquals(Optional.of("password.needsLettersAndDigits"), PasswordRule.violation("ivanov", "абвгдежзик"));
        assertEquals(Optional.of("password.containsLogin"), PasswordRule.violation("ivanov", "Ivanov2026"));
        assertEquals(Optional.empty(), PasswordRule.violation("ivanov", "Берёза-под-окном-7"));
    }

    @Test
    void thePasswordsEveryoneTriesFirstAreRefusedInAnyCase() {
        assertEquals(Optional.of("password.common"), PasswordRule.violation("ivanov", "Qwerty123"));
        assertEquals(Optional.of("password.common"), PasswordRule.violation("ivanov", "ЙЦУКЕН123"));
        assertEquals(Optional.of("password.common"), PasswordRule.violation("ivanov", "school2026"));
    }
}
