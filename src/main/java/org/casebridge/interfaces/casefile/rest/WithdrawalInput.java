package org.casebridge.interfaces.casefile.rest;

/** The day a consent was withdrawn (today when left out). */
public record WithdrawalInput(String on) {
}
