package org.casebridge.application.dashboard.view;

import java.util.List;

/** A partner agency's inbox: referrals addressed to it by status, and those past their response-due time. */
public record PartnerHome(List<Figure> byStatus, Figure overdue) implements java.io.Serializable {
}
