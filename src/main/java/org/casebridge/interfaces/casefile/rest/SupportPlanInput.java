package org.casebridge.interfaces.casefile.rest;

/** A support plan: its HTCDS type, objectives, planned end and, once it has ended, its actual end (YYYY-MM-DD). */
public record SupportPlanInput(String type, String objectives, String plannedEnd, String actualEnd) {
}
