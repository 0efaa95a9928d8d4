package org.casebridge.domain.model.cooperation;

/** The two deadlines of a sent request. */
public enum Deadline {
    /** The requested country acknowledges receipt by the acknowledge-by time. */
    ACKNOWLEDGEMENT,
    /** The requested country answers by the answer-by time. */
    ANSWER
}
