package org.casebridge.interfaces.casefile.rest;

/** The case's free-text account of what happened; blank clears it. */
public record NarrativeInput(String text) {
}
