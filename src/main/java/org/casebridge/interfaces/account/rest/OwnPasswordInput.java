package org.casebridge.interfaces.account.rest;

/** The caller's current password and the new one they choose. */
public record OwnPasswordInput(String currentPassword, String password) {
}
