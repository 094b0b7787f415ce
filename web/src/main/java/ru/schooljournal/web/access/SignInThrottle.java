package ru.schooljournal.web.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords from one network address (SPEC §3, ASVS 2.2.1): after {@link #limit} failed sign-ins within
 * {@link #WINDOW}, that address may not try again until the oldest of them is older than the window — whatever
 * the accounts tried, so guessing across many logins is slowed as guessing one is (an account itself locks
 * after 5). A school's computers often share one address, so the limit is generous and a setting
 * ({@code JOURNAL_SIGNIN_FAILURES_PER_ADDRESS}, default 30 in 15 minutes).
 */
@ApplicationScoped
public class SignInThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int ADDRESSES_KEPT = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int limit;

    public SignInThrottle() {
        this(Clock.systemUTC(), limitFromEnvironment());
    }

    SignInThrottle(Clock clock, int limit) {
        this.clock = clock;
        this.limit = limit;
    }

    /** Minutes until this address may try again, or 0 when it may now. */
    public long minutesToWait(String address) {
        Deque<Instant> times = failures.get(address);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant now = clock.instant();
            forgetOld(times, now);
            if (times.size() < limit) {
                return 0;
            }
            Duration left = Duration.between(now, times.peekFirst().plus(WINDOW));
            return Math.max(1, (left.toSeconds() + 59) / 60);
        }
    }

    public void failed(String address) {
        if (failures.size() > ADDRESSES_KEPT) {
            failures.clear(); // a flood from very many addresses: forget rather than grow without end
        }
        Deque<Instant> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            Instant now = clock.instant();
            forgetOld(times, now);
            times.addLast(now);
        }
    }

    private static void forgetOld(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static int limitFromEnvironment() {
        try {
            return Math.max(5, Integer.parseInt(System.getenv().getOrDefault("JOURNAL_SIGNIN_FAILURES_PER_ADDRESS", "30").trim()));
        } catch (NumberFormatException e) {
            return 30;
        }
    }
}
