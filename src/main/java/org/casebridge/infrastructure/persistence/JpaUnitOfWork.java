package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.domain.model.shared.UnitOfWork;

/** {@link UnitOfWork} on the transaction's persistence context. */
@ApplicationScoped
public class JpaUnitOfWork implements UnitOfWork {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
    }
}
