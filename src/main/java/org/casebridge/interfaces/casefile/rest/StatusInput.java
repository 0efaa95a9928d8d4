package org.casebridge.interfaces.casefile.rest;

/** Moves an open case between ACTIVE and FOLLOW_UP. */
public record StatusInput(String status) {
}
