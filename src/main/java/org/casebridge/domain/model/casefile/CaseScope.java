package org.casebridge.domain.model.casefile;

/**
 * Which cases a user may see, as data the repository turns into a WHERE clause (so lists and
 * counts never load what the user may not see): every case of a country (supervisor), and/or the
 * cases of the caseworker's country owned by their agency or worked on by them (caseworker). The
 * caseworker's country is part of the rule (a team only has caseworkers of the case's country, and
 * an agency owning cases keeps its country) and lets the database use the country indexes.
 */
public record CaseScope(Long countryId, Long caseworkerCountryId, Long agencyId, Long userId) {

    public boolean isEmpty() {
        return countryId == null && agencyId == null && userId == null;
    }
}
