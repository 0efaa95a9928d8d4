package org.casebridge.interfaces.referral.rest;

import java.util.List;

/** What the partner reports when a referral is completed: the outcome, the services delivered and the date (YYYY-MM-DD). */
public record CompletionInput(String outcome, List<String> servicesDelivered, String completedOn) {
}
