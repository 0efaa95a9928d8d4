package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;

@ApplicationScoped
public class JpaAgencyRepository implements AgencyRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public List<Agency> allAgencies() {
        return em.createNamedQuery(Agency.FIND_ALL, Agency.class).getResultList();
    }

    @Override
    public Optional<Agency> agency(long id) {
        return Optional.ofNullable(em.find(Agency.class, id));
    }

    @Override
    public Optional<Agency> agencyByCode(AgencyCode code) {
        return em.createNamedQuery(Agency.FIND_BY_CODE, Agency.class).setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    @Override
    public Agency add(Agency agency) {
        em.persist(agency);
        return agency;
    }

    @Override
    public List<Country> allCountries() {
        return em.createNamedQuery(Country.FIND_ALL, Country.class).getResultList();
    }

    @Override
    public Optional<Country> country(long id) {
        return Optional.ofNullable(em.find(Country.class, id));
    }

    @Override
    public Optional<Country> countryByCode(CountryCode code) {
        return em.createNamedQuery(Country.FIND_BY_CODE, Country.class).setParameter("code", code.value())
                .getResultStream().findFirst();
    }

    @Override
    public Country add(Country country) {
        em.persist(country);
        return country;
    }
}
