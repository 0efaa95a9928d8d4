package org.casebridge.interfaces.account.rest;

/** The caller's choice: {@code language} one of en, es, fr, ht, nl; {@code timeZone} an IANA id such as America/Jamaica. Both required. */
public record PreferencesInput(String language, String timeZone) {
}
