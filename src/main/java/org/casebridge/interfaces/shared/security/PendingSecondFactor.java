package org.casebridge.interfaces.shared.security;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A login waiting for its second factor: kept in the session only (never a cookie or a parameter), with
 * the account's epoch when the password was accepted, for five minutes; the container login is
 * completed only once the code is checked.
 */
public final class PendingSecondFactor {

    static final Duration VALID_FOR = Duration.ofMinutes(5);
    private static final String USER = "casebridge.pending.user";
    private static final String EPOCH = "casebridge.pending.epoch";
    private static final String SINCE = "casebridge.pending.since";

    record Pending(String username, int epoch) {
    }

    private PendingSecondFactor() {
    }

    static void start(HttpSession session, String username, int epoch, Instant now) {
        session.setAttribute(USER, username);
        session.setAttribute(EPOCH, epoch);
        session.setAttribute(SINCE, now.toEpochMilli());
    }

    /** Whether a login in {@code session} waits for its code. */
    public static boolean isPending(HttpSession session, Instant now) {
        return pending(session, now).isPresent();
    }

    static Optional<Pending> pending(HttpSession session, Instant now) {
        if (session == null || !(session.getAttribute(USER) instanceof String user)
                || !(session.getAttribute(EPOCH) instanceof Integer epoch)
                || !(session.getAttribute(SINCE) instanceof Long since)) {
            return Optional.empty();
        }
        if (now.isAfter(Instant.ofEpochMilli(since).plus(VALID_FOR))) {
            clear(session);
            return Optional.empty();
        }
        return Optional.of(new Pending(user, epoch));
    }

    /** Forgets the waiting login (done, given up, or started over). */
    public static void clear(HttpSession session) {
        if (session != null) {
            session.removeAttribute(USER);
            session.removeAttribute(EPOCH);
            session.removeAttribute(SINCE);
        }
    }
}
