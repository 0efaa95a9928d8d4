package org.casebridge.interfaces.agency.rest;

/**
 * A country to add ({@code code} required) or change; {@code closureApproval}: closing its cases needs a supervisor;
 * {@code language} (en, es, fr, ht, nl) and {@code timeZone} (IANA): what its new accounts start with (absent: unchanged).
 */
public record CountryInput(String code, String name, Boolean participating, Boolean closureApproval, String language,
        String timeZone) {
}
