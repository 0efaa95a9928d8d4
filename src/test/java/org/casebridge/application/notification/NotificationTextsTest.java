package org.casebridge.application.notification;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import java.util.ResourceBundle;
import org.casebridge.domain.model.notification.NotificationKind;
import org.junit.jupiter.api.Test;

/**
 * Every kind of notification can be shown and mailed: a kind without its text would fail only when
 * the first such notification is displayed or its e-mail is sent, long after the change that caused it.
 */
class NotificationTextsTest {

    private static final ResourceBundle SCREEN = ResourceBundle.getBundle("org.casebridge.interfaces.messages", Locale.ROOT);
    private static final ResourceBundle MAIL = ResourceBundle.getBundle("org.casebridge.application.notification.mail", Locale.ROOT);

    @Test
    void everyKindHasAScreenTextAndAMailSubject() {
        assertAll(Arrays.stream(NotificationKind.values()).map(kind -> () -> {
            assertTrue(SCREEN.containsKey("notification.kind." + kind.name()), "screen text of " + kind);
            assertTrue(MAIL.containsKey("subject." + kind.name()), "mail subject of " + kind);
        }));
    }

    @Test
    void mailSubjectsHoldNoPlaceholderForRecordData() {
        // A subject is built from the kind alone: a {0} would invite a name or a case number into it.
        assertAll(Arrays.stream(NotificationKind.values()).map(kind -> () ->
                assertFalse(MAIL.getString("subject." + kind.name()).contains("{"), "subject of " + kind)));
    }

    @Test
    void everyKindFitsItsColumn() {
        // notification.kind and mail_outbox.kind are varchar(40) (V9).
        assertAll(Arrays.stream(NotificationKind.values()).map(kind -> () ->
                assertTrue(kind.name().length() <= 40, kind.name())));
    }
}
