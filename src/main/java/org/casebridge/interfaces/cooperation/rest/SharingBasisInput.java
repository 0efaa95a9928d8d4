package org.casebridge.interfaces.cooperation.rest;

/** The legal basis for sharing the victim's data without consent. */
public record SharingBasisInput(String sharingBasis) {
}
