package org.casebridge.interfaces.casefile.rest;

/** A support plan: its HTCDS type, objectives and planned end. */
public record SupportPlanInput(String type, String objectives, String plannedEnd) {
}
