package org.casebridge.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ExceptionMappersWhereTest {

    @Test
    void theLogLineNamesTheFirstFrameAndTheCaseBridgeFramesBehindItButNoMessage() {
        RuntimeException e = new IllegalStateException("Maria Lopez, born 2001-04-05");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 233),
            new StackTraceElement("org.casebridge.application.Caller$Actor", "of", "Caller.java", 75),
            new StackTraceElement("com.sun.ejb.containers.BaseContainer", "invoke", "BaseContainer.java", 10),
            new StackTraceElement("org.casebridge.application.audit.AuditTrail$Proxy$_$$_WeldClientProxy", "write", null, -1),
            new StackTraceElement("org.casebridge.application.audit.AuditTrail", "write", "AuditTrail.java", 92)});
        String where = ExceptionMappers.where(e);
        assertEquals("java.util.Objects.requireNonNull(Objects.java:233) < application.Caller$Actor.of:75"
                + " < application.audit.AuditTrail.write:92", where);
        assertFalse(where.contains("Maria"));
    }

    @Test
    void atMostTrailCaseBridgeFramesAndAnUnknownPlaceWithoutFrames() {
        RuntimeException e = new RuntimeException();
        StackTraceElement[] frames = new StackTraceElement[20];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = new StackTraceElement("org.casebridge.X", "m" + i, "X.java", i);
        }
        e.setStackTrace(frames);
        assertEquals(ExceptionMappers.TRAIL, ExceptionMappers.where(e).split(" < ").length - 1);
        e.setStackTrace(new StackTraceElement[0]);
        assertEquals("an unknown place", ExceptionMappers.where(e));
    }
}
