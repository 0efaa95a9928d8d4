package org.casebridge.interfaces.casefile.rest;

/** A trafficking event: RECRUITMENT, TRANSIT or EXPLOITATION, with a country (ISO code) or a place, and a date. */
public record EventInput(String type, String countryCode, String place, String date) {
}
