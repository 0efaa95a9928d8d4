package org.casebridge.interfaces.casefile.web;

import java.io.Serializable;
import java.util.List;

/**
 * A save that met a newer version: who saved that version and when, and each field they changed with
 * its new value; {@code alsoYours} marks a field the user changed too, to another value (their own
 * value wins when they reapply, so they should look at it).
 */
public record EditConflict(String changedBy, String changedAt, List<Change> changes) implements Serializable {

    public record Change(String field, String value, boolean alsoYours) implements Serializable {
    }
}
