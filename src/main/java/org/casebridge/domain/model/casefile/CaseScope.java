package org.casebridge.domain.model.casefile;

/**
 * Which cases a user may see, as data the repository turns into a WHERE clause (so lists and
 * counts never load what the user may not see): every case of a country (supervisor), and/or the
 * cases owned by an agency or worked on by a user (caseworker).
 */
public record CaseScope(Long countryId, Long agencyId, Long userId) {

    public boolean isEmpty() {
        return countryId == null && agencyId == null && userId == null;
    }
}
