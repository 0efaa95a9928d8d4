package org.casebridge.interfaces.casefile.rest;

import java.util.List;

/** A (suspected) perpetrator: roles in the process, relationship to the victim, organisation. */
public record PerpetratorInput(String name, List<String> roles, String relationship, String organisation) {
}
