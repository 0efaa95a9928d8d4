package org.casebridge.interfaces.casefile.rest;

/** A caseworker, by user id, to assign a case to or add to its team. */
public record UserIdInput(Long userId) {
}
