package org.casebridge.application.dashboard.view;

/** Cases identified in one month ({@code 2026-03}), with the case list of that month behind it. */
public record MonthCount(String month, Figure cases) implements java.io.Serializable {
}
