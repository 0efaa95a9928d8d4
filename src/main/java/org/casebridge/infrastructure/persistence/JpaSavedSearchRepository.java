package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casebridge.domain.model.dashboard.SavedSearch;
import org.casebridge.domain.model.dashboard.SavedSearchRepository;

@ApplicationScoped
public class JpaSavedSearchRepository implements SavedSearchRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public Optional<SavedSearch> find(long id) {
        return Optional.ofNullable(em.find(SavedSearch.class, id));
    }

    @Override
    public List<SavedSearch> ofUser(long userId) {
        return em.createNamedQuery(SavedSearch.OF_USER, SavedSearch.class).setParameter("user", userId)
                .setMaxResults(SavedSearch.PER_USER_MAX).getResultList();
    }

    @Override
    public long countOfUser(long userId) {
        return em.createNamedQuery(SavedSearch.COUNT_OF_USER, Long.class).setParameter("user", userId).getSingleResult();
    }

    @Override
    public boolean nameTaken(long userId, String name) {
        return em.createNamedQuery(SavedSearch.NAMED, Long.class).setParameter("user", userId)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getSingleResult() > 0;
    }

    @Override
    public SavedSearch add(SavedSearch search) {
        em.persist(search);
        return search;
    }

    @Override
    public void remove(SavedSearch search) {
        em.remove(search);
    }
}
