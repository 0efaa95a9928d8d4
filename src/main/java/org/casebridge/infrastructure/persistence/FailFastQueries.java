package org.casebridge.infrastructure.persistence;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Turns off EclipseLink's retry of a read whose connection failed (persistence.xml,
 * {@code eclipselink.session.customizer}). By default EclipseLink runs such a read again up to three times, 1 s
 * apart, outside its own notion of a transaction. Under a drained pool (every connection busy; found by a 250-client
 * load with the notes table locked) some of those retried reads came back <em>empty instead of failing</em>: an
 * account read with no roles and no agency, a case found missing (404) though it existed, a case without its
 * country; requests then answered 500 (NullPointerException) or a false 404, and a read that finds nothing where
 * there is something must never reach a decision. With no retry the first failure goes to the caller and the request
 * is answered 503 with Retry-After (ExceptionMappers, DatabaseUnavailable) within the pool's wait, instead of up to
 * 4 waits and 10 s: the same load gave 503s only, no 500 and no false 404. A failed connection is retried by the
 * client, who is told when.
 */
public class FailFastQueries implements SessionCustomizer {

    /**
     * EclipseLink retries while its attempt count (starting at 0) is at most this, so 0 would still retry once: -1 is
     * no retry at all.
     */
    static final int NO_RETRY = -1;

    @Override
    public void customize(Session session) {
        if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
            login.setQueryRetryAttemptCount(NO_RETRY);
        }
    }
}
