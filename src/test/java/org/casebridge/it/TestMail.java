package org.casebridge.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

/**
 * The SMTP server of the black-box tests: GreenMail in the test JVM, on a port chosen once, which the
 * shared test server is configured to send through. It can be stopped and started again on the same port
 * (the mail server being down).
 */
public final class TestMail {

    private static int port;
    private static GreenMail mail;

    private TestMail() {
    }

    /** The port the test server sends to; the SMTP server is started with it. */
    static synchronized int port() {
        if (port == 0) {
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            start();
        }
        return port;
    }

    /** Options for the test server: mail through this SMTP server, a sweep every 2 s, retries 1 s apart. */
    static List<String> serverOptions(String baseUrl) {
        return List.of("-Dcasebridge.mail.host=127.0.0.1", "-Dcasebridge.mail.port=" + port(), "-Dcasebridge.mail.tls=none",
                "-Dcasebridge.mail.from=casebridge@test.invalid", "-Dcasebridge.base-url=" + baseUrl,
                "-Dcasebridge.notification.sweep-seconds=2", "-Dcasebridge.mail.retry-seconds=1");
    }

    public static synchronized void start() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
        }
    }

    /** The mail server goes down: connections are refused until {@link #start}. */
    public static synchronized void stop() {
        if (mail != null) {
            mail.stop();
            mail = null;
        }
    }

    /** The messages received for {@code address} so far. */
    public static synchronized List<MimeMessage> to(String address) {
        port();
        return List.of(mail.getReceivedMessages()).stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits until {@code address} has received {@code count} messages, at most {@code max}; returns them. */
    public static List<MimeMessage> await(String address, int count, Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        List<MimeMessage> got = to(address);
        while (got.size() < count && System.nanoTime() < deadline) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            got = to(address);
        }
        return got;
    }
}
