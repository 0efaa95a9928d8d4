package org.casebridge.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NotificationTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aNewNotificationIsUnreadAndPointsToItsRecord() {
        Notification n = new Notification(7, "JM", NotificationKind.REFERRAL_RECEIVED, 42, T0);
        assertFalse(n.isRead());
        assertEquals("referral", n.getRecordType());
        assertEquals(42, n.getRecordId());
        assertTrue(n.isAddressedTo(7));
        assertFalse(n.isAddressedTo(8));
    }

    @Test
    void markingReadKeepsTheFirstTime() {
        Notification n = new Notification(7, "JM", NotificationKind.REFERRAL_ACCEPTED, 42, T0);
        assertTrue(n.markRead(T0.plusSeconds(60)));
        assertFalse(n.markRead(T0.plusSeconds(120)), "reading again changes nothing");
        assertEquals(T0.plusSeconds(60), n.getReadAt());
    }

    @Test
    void aNotificationHoldsNoTextOnlyIdsKindAndTimes() {
        Set<String> fields = Arrays.stream(Notification.class.getDeclaredFields()).map(Field::getName).collect(Collectors.toSet());
        assertEquals(Set.of("id", "recipientId", "country", "kind", "recordType", "recordId", "createdAt", "readAt", "version"),
                fields, "a new field could carry personal data: think twice");
        Set<String> mail = Arrays.stream(OutgoingMail.class.getDeclaredFields()).map(Field::getName)
                .filter(f -> !f.equals("ERROR_MAX")).collect(Collectors.toSet());
        assertFalse(mail.contains("address") || mail.contains("to") || mail.contains("body") || mail.contains("subject"),
                "the outbox keeps no address or text: " + mail);
    }

    @Test
    void theKindIsRequired() {
        assertThrows(NullPointerException.class, () -> new Notification(7, "JM", null, 42, T0));
    }

    @Test
    void aFailedMailIsRetriedWithADoublingPauseAndGivenUpAfterTheLastAttempt() throws Exception {
        Notification n = new Notification(7, "JM", NotificationKind.REFERRAL_RECEIVED, 42, T0);
        setId(n, 1L);
        OutgoingMail m = new OutgoingMail(n, T0);
        assertEquals(MailStatus.PENDING, m.getStatus());
        assertEquals(T0, m.getNextAttemptAt(), "due at once");
        attempt(m, 1);
        m.failed("MailConnectException/ConnectException", T0, Duration.ofSeconds(60), 3);
        assertEquals(MailStatus.PENDING, m.getStatus());
        assertEquals(T0.plusSeconds(60), m.getNextAttemptAt());
        assertEquals("MailConnectException/ConnectException", m.getLastError());
        attempt(m, 2);
        m.failed("MailConnectException", T0, Duration.ofSeconds(60), 3);
        assertEquals(T0.plusSeconds(120), m.getNextAttemptAt(), "doubled");
        attempt(m, 3);
        m.failed("MailConnectException", T0, Duration.ofSeconds(60), 3);
        assertEquals(MailStatus.FAILED, m.getStatus(), "given up after the last attempt");
    }

    @Test
    void theBackoffIsCappedAtAnHour() {
        assertEquals(Duration.ofSeconds(60), OutgoingMail.backoff(1, Duration.ofSeconds(60)));
        assertEquals(Duration.ofSeconds(240), OutgoingMail.backoff(3, Duration.ofSeconds(60)));
        assertEquals(Duration.ofHours(1), OutgoingMail.backoff(10, Duration.ofSeconds(60)));
        assertEquals(Duration.ofHours(1), OutgoingMail.backoff(500, Duration.ofSeconds(60)));
    }

    @Test
    void aSentMailKeepsNoErrorAndAnOverlongErrorIsCut() throws Exception {
        Notification n = new Notification(7, "JM", NotificationKind.REFERRAL_RECEIVED, 42, T0);
        setId(n, 1L);
        OutgoingMail m = new OutgoingMail(n, T0);
        attempt(m, 1);
        m.failed("x".repeat(500), T0, Duration.ofSeconds(1), 5);
        assertEquals(OutgoingMail.ERROR_MAX, m.getLastError().length());
        m.sent(T0);
        assertEquals(MailStatus.SENT, m.getStatus());
        assertNull(m.getLastError());
    }

    @Test
    void aMailForSomeoneWhoNoLongerWantsItIsDroppedNotSent() throws Exception {
        Notification n = new Notification(7, "JM", NotificationKind.REFERRAL_RECEIVED, 42, T0);
        setId(n, 1L);
        OutgoingMail m = new OutgoingMail(n, T0);
        m.dropped("no address or e-mails off", T0);
        assertEquals(MailStatus.DROPPED, m.getStatus());
        assertNull(m.getSentAt());
    }

    @Test
    void aMailIsQueuedOnlyForAStoredNotification() {
        Notification n = new Notification(7, "JM", NotificationKind.REFERRAL_RECEIVED, 42, T0);
        assertThrows(NullPointerException.class, () -> new OutgoingMail(n, T0));
    }

    private static void attempt(OutgoingMail m, int attempts) throws Exception {
        Field f = OutgoingMail.class.getDeclaredField("attempts");
        f.setAccessible(true);
        f.setInt(m, attempts);
    }

    private static void setId(Notification n, long id) throws Exception {
        Field f = Notification.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(n, id);
    }
}
