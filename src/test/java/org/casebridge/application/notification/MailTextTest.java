package org.casebridge.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.casebridge.domain.model.notification.NotificationKind;
import org.junit.jupiter.api.Test;

class MailTextTest {

    private final MailText text = new MailText();

    {
        text.baseUrl = "https://casebridge.example/";
    }

    @Test
    void aMailIsWrittenInTheRecipientsLanguage() {
        assertEquals("Tiene una nueva derivación en CaseBridge", text.subject(NotificationKind.REFERRAL_RECEIVED, Locale.of("es")));
        assertEquals("Ou gen yon nouvo referans nan CaseBridge", text.subject(NotificationKind.REFERRAL_RECEIVED, Locale.of("ht")));
        String dutch = text.body(NotificationKind.REFERRAL_RECEIVED, Locale.of("nl"));
        assertTrue(dutch.startsWith("U hebt een nieuwe doorverwijzing in CaseBridge.") && dutch.contains("Log in bij CaseBridge")
                && dutch.contains("https://casebridge.example/notifications/list.xhtml"), dutch);
    }

    @Test
    void aLanguageWithoutMailTextsGetsEnglishNotTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertEquals("You have a new referral in CaseBridge", text.subject(NotificationKind.REFERRAL_RECEIVED, Locale.of("en")));
            assertEquals("You have a new referral in CaseBridge", text.subject(NotificationKind.REFERRAL_RECEIVED, Locale.of("pt")));
        } finally {
            Locale.setDefault(before);
        }
    }
}
