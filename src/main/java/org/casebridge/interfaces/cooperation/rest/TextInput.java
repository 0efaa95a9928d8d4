package org.casebridge.interfaces.cooperation.rest;

/** A reason (refusal, withdrawal, discarding a draft), an answer, a follow-up question or a message: {@code text}. */
public record TextInput(String text) {
}
