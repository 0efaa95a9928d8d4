package org.casebridge.interfaces.account.rest;

import java.util.List;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.shared.Languages;

/**
 * The caller's language ({@code en}, {@code es}, {@code fr}, {@code ht} or {@code nl}) and IANA time zone,
 * with the languages there are to choose from.
 */
public record PreferencesDto(String language, String timeZone, List<String> languages) {

    public static PreferencesDto of(UserAccount a) {
        return new PreferencesDto(a.getLanguage(), a.getTimeZone(), Languages.SUPPORTED);
    }
}
