package org.casebridge.application.cooperation;

import java.io.Serializable;

/**
 * What one caller may do with one cooperation request, decided once per call by
 * {@link CooperationAccess}. {@code requestedSide}: the caller sees it as the requested country (the
 * extract, never the case; the own linked case, never to the requester). Screens and API clients use
 * the rest to offer what will be allowed.
 */
public record CooperationRights(boolean read, boolean requestedSide, boolean request, boolean respond, boolean write)
        implements Serializable {

    public static final CooperationRights NONE = new CooperationRights(false, false, false, false, false);

    public boolean allows(CooperationAction action) {
        return switch (action) {
            case READ -> read;
            case REQUEST -> request;
            case RESPOND -> respond;
            case WRITE -> write;
        };
    }
}
