package org.casebridge.application.casefile;

import java.io.Serializable;

/**
 * What one caller may do with one case, decided once per call by {@link CaseAccess}: the service
 * checks the action it performs, and screens and API clients use the rest to offer only what will
 * be allowed (every action is checked again when it is asked for).
 */
public record CaseRights(boolean read, boolean work, boolean manageTeam, boolean decideClosure) implements Serializable {

    public static final CaseRights NONE = new CaseRights(false, false, false, false);

    public boolean allows(CaseAction action) {
        return switch (action) {
            case READ -> read;
            case WORK -> work;
            case MANAGE_TEAM -> manageTeam;
            case DECIDE_CLOSURE -> decideClosure;
        };
    }
}
