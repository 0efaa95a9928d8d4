package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.util.List;

/** A page of cases, the total of the list, and the token that continues after it (null on the last page). */
public record CasePage(List<CaseRow> items, long total, String next) implements Serializable {
}
