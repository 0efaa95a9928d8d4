package org.casebridge.application.casefile.view;

import java.io.Serializable;

/** Something added to a case, and the case as it is now (so that a screen shows it without reading it again). */
public record Added<T>(T item, CaseSheet caseSheet) implements Serializable {
}
