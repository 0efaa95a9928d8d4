package org.casebridge.interfaces.casefile.rest;

/** Asks to close a case as CLOSED or CLOSED_REFERRED, with the reason. */
public record ClosureInput(String status, String reason) {
}
