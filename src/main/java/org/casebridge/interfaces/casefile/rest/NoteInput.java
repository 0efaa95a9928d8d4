package org.casebridge.interfaces.casefile.rest;

/** A note on a case; the author and time are the caller and now. */
public record NoteInput(String text) {
}
