package org.casebridge.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Writes a service's pending changes now, so a concurrent change surfaces as a clear conflict inside the call. */
public final class Changes {

    private Changes() {
    }

    /** Flushes; another transaction's change to the same record becomes {@link ConcurrentChangeException}. */
    public static void flush(EntityManager em) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
    }
}
