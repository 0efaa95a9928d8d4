package org.casebridge.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import org.casebridge.domain.model.agency.CountryCode;

/**
 * Hands out numbers per country and year from a counter row (case numbers, cooperation request
 * references), in a transaction of its own: a number once taken is never handed out again, even if
 * the record that took it is rolled back (a gap is harmless; a reused number is not).
 */
@Stateless
public class YearCounters {

    /** The counters, each a table of (country_code, year_number, last_value) rows. */
    public enum Counter {
        CASE_NUMBER("case_number_counter"),
        COOPERATION_REFERENCE("cooperation_reference_counter");

        private final String table;

        Counter(String table) {
            this.table = table;
        }
    }

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long next(Counter counter, CountryCode country, int year) {
        int updated = em.createNativeQuery("update " + counter.table + " set last_value = last_value + 1"
                + " where country_code = ?1 and year_number = ?2")
                .setParameter(1, country.value()).setParameter(2, year).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into " + counter.table + " (country_code, year_number, last_value) values (?1, ?2, 1)")
                    .setParameter(1, country.value()).setParameter(2, year).executeUpdate();
        }
        Number value = (Number) em.createNativeQuery("select last_value from " + counter.table
                + " where country_code = ?1 and year_number = ?2")
                .setParameter(1, country.value()).setParameter(2, year).getSingleResult();
        return value.longValue();
    }

    /** Retries once when another transaction created the year's counter row at the same moment. */
    public static long nextWithRetry(YearCounters counters, Counter counter, CountryCode country, int year) {
        try {
            return counters.next(counter, country, year);
        } catch (PersistenceException | jakarta.ejb.EJBException raced) {
            return counters.next(counter, country, year);
        }
    }
}
