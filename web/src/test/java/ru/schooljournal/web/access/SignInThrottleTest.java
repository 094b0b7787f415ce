package ru.schooljournal.web.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** SPEC §3: wrong passwords from one address are slowed down, whatever accounts they try. */
class SignInThrottleTest {

    private Instant now = Instant.parse("2026-12-02T08:00:00Z");

    private final SignInThrottle throttle = new SignInThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }, 5);

    @Test
    void anAddressWithTooManyWrongPasswordsWaitsUntilTheOldestIsAQuarterOfAnHourOld() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.7");
            now = now.plusSeconds(60);
        }
        assertEquals(0, throttle.minutesToWait("10.0.0.7"), "four wrong passwords: it may try again");
        throttle.failed("10.0.0.7");
        assertEquals(11, throttle.minutesToWait("10.0.0.7"), "the fifth: wait until the first is 15 minutes old");
        assertEquals(0, throttle.minutesToWait("10.0.0.8"), "another computer is not held up");
        now = now.plus(Duration.ofMinutes(11));
        assertEquals(0, throttle.minutesToWait("10.0.0.7"), "the first has aged out");
    }
}
