package org.casebridge.interfaces.account.rest;

/** A code of the authenticator app (six digits). */
public record OneTimeCodeInput(String code) {
}
