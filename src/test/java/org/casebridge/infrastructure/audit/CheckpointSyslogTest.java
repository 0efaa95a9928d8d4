package org.casebridge.infrastructure.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.junit.jupiter.api.Test;

/** Checkpoints reach the system log: one RFC 5424 message over UDP, received here on loopback. */
class CheckpointSyslogTest {

    private static final AuditCheckpoint CHECKPOINT = new AuditCheckpoint(42, "ab".repeat(32),
            Instant.parse("2026-12-03T08:00:00.123456Z"), "c2lnbmF0dXJl");

    @Test
    void aSignedCheckpointArrivesAsOneRfc5424MessageWithThePublishedJson() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(5000);
            CheckpointSyslog syslog = syslog("127.0.0.1:" + receiver.getLocalPort());
            syslog.publish(CHECKPOINT, "cHVibGlj");
            DatagramPacket packet = new DatagramPacket(new byte[4096], 4096);
            receiver.receive(packet);
            String line = new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
            assertTrue(line.matches("<110>1 \\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?Z \\S+ casebridge \\d+"
                    + " checkpoint - \\{.*\\}"), line);
            assertTrue(line.endsWith("- " + CheckpointDirectory.json(CHECKPOINT, "cHVibGlj").strip()), line);
            assertTrue(line.contains("\"sequence\":42,\"headHash\":\"" + "ab".repeat(32) + "\""), line);
        }
    }

    @Test
    void withoutATargetNothingIsSentAndABadTargetIsOnlyAWarning() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(300);
            syslog(null).publish(CHECKPOINT, "cHVibGlj");
            syslog("no-port-here").publish(CHECKPOINT, "cHVibGlj");
            assertThrows(SocketTimeoutException.class, () -> receiver.receive(new DatagramPacket(new byte[64], 64)));
        }
        assertEquals(514, CheckpointSyslog.address("[::1]:514").getPort());
    }

    private static CheckpointSyslog syslog(String target) {
        CheckpointSyslog syslog = new CheckpointSyslog();
        syslog.target = Optional.ofNullable(target);
        return syslog;
    }
}
