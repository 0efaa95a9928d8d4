package org.casebridge.application.casefile;

/** What a caller wants to do with a case (or with a victim through one of the victim's cases). */
public enum CaseAction {
    /** Read the case, its people and entries, and its change history. */
    READ,
    /** Change the case's content: description, status, closure request, entries, victims, consent. */
    WORK,
    /** Change who works on the case: assignee and team. */
    MANAGE_TEAM,
    /** Approve or reject a closure, reopen a closed case. */
    DECIDE_CLOSURE
}
