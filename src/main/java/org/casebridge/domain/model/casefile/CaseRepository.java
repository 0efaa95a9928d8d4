package org.casebridge.domain.model.casefile;

import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.agency.CountryCode;

/** Cases and the people linked to them. */
public interface CaseRepository {

    Optional<CaseFile> find(long id);

    /**
     * The case, its row locked until the transaction ends: changes to one case then queue behind each
     * other instead of failing on the version that the first one moved (two caseworkers adding a note at
     * once both succeed; an edit against a stale version is still refused, after the wait).
     */
    Optional<CaseFile> findForChange(long id);

    /** One page of the cases in {@code scope} matching {@code query}, continuing after {@code after} when given. */
    List<CaseFile> search(CaseScope scope, CaseQuery query, CaseCursor after, int first, int size);

    long count(CaseScope scope, CaseQuery query);

    /** The next case number of a country for a year; numbers are never reused, even after a rollback elsewhere. */
    CaseNumber nextNumber(CountryCode country, int year);

    CaseFile add(CaseFile caseFile);

    Perpetrator add(Perpetrator perpetrator);

    /** How many cases (voided ones included) an agency owns. */
    long countOwnedBy(long agencyId);

    /** The case an entry belongs to: {@code entity} is "case_event", "support_plan" or "perpetrator". */
    Optional<CaseFile> caseOfEntry(String entity, long entryId);

    /** The cases a victim is linked to. */
    List<CaseFile> casesOfVictim(long victimId);
}
