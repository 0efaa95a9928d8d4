package org.casebridge.interfaces.casefile.rest;

/** A supervisor's comment on a closure request (required when rejecting). */
public record CommentInput(String comment) {
}
