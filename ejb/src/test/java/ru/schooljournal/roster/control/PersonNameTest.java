package ru.schooljournal.roster.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** SPEC §2 (the roster's people): one rule for every name that comes in — Russian letters, hyphen, space, apostrophe. */
class PersonNameTest {

    @Test
    void russianNamesWithAHyphenASpaceOrAnApostropheAreNames() {
        for (String name : new String[]{"Иванов", "Ёлкина", "Салтыков-Щедрин", "Д'Арк", "Мария Луиза", " Пётр "}) {
            assertTrue(PersonName.valid(name), name);
        }
        assertTrue(PersonName.validOrAbsent(null), "a patronymic may be missing");
        assertTrue(PersonName.validOrAbsent(" "));
    }

    @Test
    void markupDigitsLatinLettersAndStrayPunctuationAreNotNames() {
        for (String name : new String[]{"Тест<img src=x onerror=\"alert(1)\">", "Smith", "Иван2", "-Иван", "Иван-",
                "Иван--", "=СУММ(A1)", "", "   ", "Иван;", "А".repeat(101)}) {
            assertFalse(PersonName.valid(name), name);
        }
        assertFalse(PersonName.validOrAbsent("<b>"));
    }

    @Test
    void staffAreNamedWithInitialsAndStudentsWithTheirFirstName() {
        assertEquals("Журавлёв А. К.", PersonName.initials("Журавлёв", "Артём", "Константинович"));
        assertEquals("Смит Д.", PersonName.initials("Смит", "Джон", null), "no patronymic, no second initial");
        assertEquals("Афанасьев Максим А.", PersonName.withFirstName("Афанасьев", "Максим", "Андреевич"));
        assertEquals("Афанасьев Максим", PersonName.withFirstName("Афанасьев", "Максим", " "));
    }
}
