package org.casebridge.application.cooperation;

/** What a caller wants to do with a cooperation request. */
public enum CooperationAction {
    /** Read the request, its extract and its thread (focal points and supervisors of both countries; drafts: the requesting side). */
    READ,
    /** Send a draft, record a legal basis for sharing, withdraw, close, follow up, discard a draft (the requesting country's focal points). */
    REQUEST,
    /** Acknowledge, answer, refuse, link an own case (the requested country's focal points). */
    RESPOND,
    /** Write on the thread and attach files (the focal points of both countries, once sent). */
    WRITE
}
