package org.casebridge.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.casebridge.domain.model.casefile.CaseNumber;
import org.casebridge.domain.model.agency.CountryCode;

/**
 * Hands out case numbers per country and year from a counter row, in a transaction of its own: a
 * number once taken is never handed out again, even if the case that took it is rolled back (a gap
 * is harmless; a reused number is not).
 */
@Stateless
public class CaseNumbers {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CaseNumber next(CountryCode country, int year) {
        int updated = em.createNativeQuery("update case_number_counter set last_value = last_value + 1"
                + " where country_code = ?1 and year_number = ?2")
                .setParameter(1, country.value()).setParameter(2, year).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into case_number_counter (country_code, year_number, last_value) values (?1, ?2, 1)")
                    .setParameter(1, country.value()).setParameter(2, year).executeUpdate();
        }
        Number value = (Number) em.createNativeQuery("select last_value from case_number_counter"
                + " where country_code = ?1 and year_number = ?2")
                .setParameter(1, country.value()).setParameter(2, year).getSingleResult();
        return CaseNumber.of(country, year, value.longValue());
    }

    /** Retries once when another transaction created the year's counter row at the same moment. */
    public static CaseNumber nextWithRetry(CaseNumbers numbers, CountryCode country, int year) {
        try {
            return numbers.next(country, year);
        } catch (PersistenceException | jakarta.ejb.EJBException raced) {
            return numbers.next(country, year);
        }
    }
}
