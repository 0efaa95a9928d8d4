package org.casebridge.domain.model.document;

/** What a document is to the case, as the caseworker says when attaching it (not the file's format). */
public enum DocumentKind {
    CONSENT_FORM,
    IDENTITY_DOCUMENT,
    PHOTO,
    REPORT,
    OTHER
}
