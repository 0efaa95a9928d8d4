package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.domain.model.victim.VictimRepository;

@ApplicationScoped
public class JpaVictimRepository implements VictimRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public Optional<Victim> find(long id) {
        return Optional.ofNullable(em.find(Victim.class, id));
    }

    @Override
    public Victim add(Victim victim) {
        em.persist(victim);
        return victim;
    }

    @Override
    public Optional<Victim> findByConsent(long consentId) {
        return em.createQuery("select c.victim from Consent c where c.id = :id", Victim.class).setParameter("id", consentId)
                .getResultStream().findFirst();
    }
}
