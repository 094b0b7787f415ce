package ru.schooljournal.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The audit log's surname search (SPEC §3, the administrator's audit page) matches what was typed, literally. */
class AuditSearchTest {

    @Test
    void aPercentOrAnUnderscoreInTheSurnameIsALetterNotAWildcard() {
        assertEquals("иванов%", AuditLog.likePrefix("иванов"));
        assertEquals("\\%%", AuditLog.likePrefix("%"), "«%» alone finds no one, not everyone");
        assertEquals("ив\\_нов%", AuditLog.likePrefix("ив_нов"));
        assertEquals("a\\\\b%", AuditLog.likePrefix("a\\b"));
    }
}
