package org.casebridge.interfaces.agency.rest;

/** A country to add ({@code code} required) or rename. */
public record CountryInput(String code, String name, Boolean participating) {
}
