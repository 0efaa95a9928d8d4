package org.casebridge.interfaces.casefile.rest;

/** The case's free-text account of what happened; required; an empty text clears it. */
public record NarrativeInput(String text) {
}
