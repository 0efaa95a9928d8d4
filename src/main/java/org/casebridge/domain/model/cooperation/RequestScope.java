package org.casebridge.domain.model.cooperation;

/**
 * Which requests a user may list, as data for the WHERE clause: those their country sent (drafts
 * included) and those sent to their country (never drafts). Either may be null; a user of no country
 * lists nothing.
 */
public record RequestScope(String requestingCountry, String requestedCountry) {

    public boolean isEmpty() {
        return requestingCountry == null && requestedCountry == null;
    }
}
