package org.casebridge.interfaces.account.rest;

/** A new password set by an administrator. */
public record PasswordInput(String password) {
}
