package org.casebridge.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends every signed checkpoint to the system log as one RFC 5424 syslog message over UDP to
 * {@code casebridge.audit.checkpoint-syslog} ({@code host:port}, e.g. {@code 127.0.0.1:514}), facility
 * "log audit" (13), severity informational: {@code <110>1 TIME HOST casebridge PID checkpoint - JSON},
 * the JSON being the published checkpoint file's. The system log (and whatever it forwards to) is
 * outside the database's reach. Unset: nothing is sent. A send that fails is one warning line.
 */
@ApplicationScoped
public class CheckpointSyslog {

    static final String TARGET = "casebridge.audit.checkpoint-syslog";
    /** Facility 13 (log audit) times 8, plus severity 6 (informational). */
    static final int PRIORITY = 13 * 8 + 6;
    private static final Logger LOG = Logger.getLogger(CheckpointSyslog.class.getName());

    @Inject
    @ConfigProperty(name = TARGET)
    Optional<String> target;

    /** Sends the checkpoint's line, if a target is configured. */
    public void publish(AuditCheckpoint c, String publicKey) {
        Optional<String> to = target.map(String::trim).filter(t -> !t.isEmpty());
        if (to.isEmpty()) {
            return;
        }
        try (DatagramSocket socket = new DatagramSocket()) {
            byte[] line = message(c, publicKey, Instant.now()).getBytes(StandardCharsets.UTF_8);
            socket.send(new DatagramPacket(line, line.length, address(to.get())));
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "Audit checkpoint {0} NOT sent to " + TARGET + ": {1}",
                    new Object[] {c.getSequence(), e.getClass().getSimpleName()});
        }
    }

    /** The RFC 5424 message for one checkpoint. */
    static String message(AuditCheckpoint c, String publicKey, Instant at) {
        return "<" + PRIORITY + ">1 " + DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MICROS)) + " "
                + hostName() + " casebridge " + ProcessHandle.current().pid() + " checkpoint - "
                + CheckpointDirectory.json(c, publicKey).strip();
    }

    /** {@code host:port}, or {@code [v6]:port}. */
    static InetSocketAddress address(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("give host:port");
        }
        String host = hostPort.substring(0, colon).replace("[", "").replace("]", "");
        return new InetSocketAddress(host, Integer.parseInt(hostPort.substring(colon + 1)));
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.isEmpty() || !name.chars().allMatch(ch -> ch > 32 && ch < 127) ? "-" : name;
        } catch (UnknownHostException e) {
            return "-";
        }
    }
}
