package org.casebridge.domain.model.casefile;

/** The orders a case list can be sorted in; each is backed by an index and ends with the id as tie-breaker. */
public enum CaseSort {
    IDENTIFIED,
    NUMBER,
    RISK,
    CHANGED
}
