package org.casebridge.interfaces.cooperation.rest;

/** The requested country's own case to link a request to. */
public record LinkInput(Long caseId) {
}
