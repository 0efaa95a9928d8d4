package org.casebridge.application.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.casebridge.domain.model.notification.NotificationKind;
import org.casebridge.domain.model.shared.Languages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The subject and body of a notification e-mail, built from the kind alone ({@code mail.properties}
 * beside this class) and a link to the notifications page: no name, alias, case number, service or any
 * text a user typed, so that a mail read by the wrong person, or kept on a mail server, tells nothing
 * of a victim. Written in the recipient's language.
 */
@ApplicationScoped
public class MailText {

    /** Where the e-mail's link leads: the notifications page, which links on to the record for whoever may open it. */
    public static final String NOTIFICATIONS_PAGE = "/notifications/list.xhtml";

    @Inject
    @ConfigProperty(name = "casebridge.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    static final String BUNDLE = "org.casebridge.application.notification.mail";

    /** The subject in the recipient's {@code language} ({@code mail_<language>.properties}; English where there is none). */
    public String subject(NotificationKind kind, Locale language) {
        return bundle(language).getString("subject." + kind.name());
    }

    public String body(NotificationKind kind, Locale language) {
        return new MessageFormat(bundle(language).getString("body"), Languages.formatting(language))
                .format(new Object[] {subject(kind, language), link()});
    }

    private static ResourceBundle bundle(Locale language) {
        return Languages.bundle(BUNDLE, language);
    }

    public String link() {
        String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        return base + NOTIFICATIONS_PAGE;
    }
}
