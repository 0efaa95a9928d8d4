package org.casebridge.interfaces.account.rest;

/** A new personal API token: a name, how many days it is valid (1 to 90) and whether it may only read. */
public record TokenInput(String name, Integer days, Boolean readOnly) {
}
