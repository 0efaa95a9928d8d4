package org.casebridge.application.cooperation.view;

import java.io.Serializable;
import java.util.List;

/** A page of requests, the total of the list, and the token that continues after it (null on the last page). */
public record RequestPage(List<RequestRow> items, long total, String next) implements Serializable {
}
