package org.casebridge.application.dashboard.view;

import java.time.Instant;
import java.util.List;

/**
 * The caller's home page: one section per role they hold (absent for roles they do not), all counted at
 * {@code at} within what the caller may see. An analyst's home points to the statistics page only.
 */
public record Dashboard(String username, List<String> roles, Instant at, CaseworkerHome caseworker,
        SupervisorHome supervisor, PartnerHome partner, AdminHome admin, boolean analyst) implements java.io.Serializable {
}
