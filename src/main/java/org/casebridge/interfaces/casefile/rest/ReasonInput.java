package org.casebridge.interfaces.casefile.rest;

/** Why a closed case is reopened. */
public record ReasonInput(String reason) {
}
