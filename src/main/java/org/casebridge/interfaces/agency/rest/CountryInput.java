package org.casebridge.interfaces.agency.rest;

/** A country to add ({@code code} required) or change; {@code closureApproval}: closing its cases needs a supervisor. */
public record CountryInput(String code, String name, Boolean participating, Boolean closureApproval) {
}
