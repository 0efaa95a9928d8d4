package org.casebridge.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.notification.Mailer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends notification e-mails over SMTP with Jakarta Mail. Off (nothing is queued) unless
 * {@code casebridge.mail.host} is set. {@code casebridge.mail.tls}: {@code starttls} (the default; the
 * server must offer STARTTLS), {@code smtps} (TLS from the first byte, usually port 465) or {@code none}
 * (a relay on the same host or network only). A failure is reported by the class of the error alone,
 * never with the server's reply or the address.
 */
@ApplicationScoped
public class JakartaMailer implements Mailer {

    private static final Logger LOG = Logger.getLogger(JakartaMailer.class.getName());
    private static final String TIMEOUT_MS = "15000";

    @Inject
    @ConfigProperty(name = "casebridge.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "casebridge.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "casebridge.mail.tls", defaultValue = "starttls")
    String tls;

    @Inject
    @ConfigProperty(name = "casebridge.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "casebridge.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "casebridge.mail.from", defaultValue = "casebridge@localhost")
    String from;

    private Session session;
    private String protocol;

    @PostConstruct
    void configure() {
        if (!isEnabled()) {
            return;
        }
        String mode = tls.trim().toLowerCase(Locale.ROOT);
        protocol = mode.equals("smtps") ? "smtps" : "smtp";
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        p.put("mail.transport.protocol", protocol);
        p.put(prefix + "host", host.get().trim());
        p.put(prefix + "port", Integer.toString(port));
        p.put(prefix + "connectiontimeout", TIMEOUT_MS);
        p.put(prefix + "timeout", TIMEOUT_MS);
        p.put(prefix + "writetimeout", TIMEOUT_MS);
        switch (mode) {
            case "starttls" -> {
                p.put(prefix + "starttls.enable", "true");
                p.put(prefix + "starttls.required", "true");
                p.put(prefix + "ssl.checkserveridentity", "true");
            }
            case "smtps" -> p.put(prefix + "ssl.checkserveridentity", "true");
            case "none" -> LOG.info("Notification e-mail without TLS: use only with a relay on a trusted network");
            default -> throw new IllegalStateException("casebridge.mail.tls must be starttls, smtps or none");
        }
        Authenticator auth = null;
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            p.put(prefix + "auth", "true");
            String u = user.get();
            String pw = password.orElse("");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(u, pw);
                }
            };
        }
        session = Session.getInstance(p, auth);
        LOG.log(Level.INFO, "Notification e-mail on, through port {0} ({1})", new Object[] {Integer.toString(port), mode});
    }

    @Override
    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public void send(String to, String subject, String body) {
        if (session == null) {
            throw new MailFailure("MailNotConfigured");
        }
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(from, true));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            m.setSubject(subject, StandardCharsets.UTF_8.name());
            m.setText(body, StandardCharsets.UTF_8.name());
            m.setSentDate(Date.from(Instant.now()));
            Transport.send(m);
        } catch (MessagingException e) {
            throw new MailFailure(errorClass(e));
        } catch (RuntimeException e) {
            throw new MailFailure(e.getClass().getName());
        }
    }

    /** The error's class and, when there is one, its cause's: {@code MailConnectException/ConnectException}. */
    static String errorClass(Throwable e) {
        Throwable cause = e.getCause();
        return e.getClass().getSimpleName() + (cause == null || cause == e ? "" : "/" + cause.getClass().getSimpleName());
    }
}
