package org.casebridge.interfaces.shared.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.casebridge.application.Caller;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.shared.Languages;

/**
 * The language and time zone of the current request, decided once ({@link Languages#resolve}): the signed-in
 * user's saved choice, else the one made on the login page (kept in the session), else the browser's
 * {@code Accept-Language}, else English. Screens get it through the view handler ({@code LocaleViewHandler});
 * REST answers through {@link #forApi()}. Pages format with {@code #{userLocale.time(...)}} and the like.
 */
@Named
@RequestScoped
public class UserLocale {

    /** The session attribute holding the language chosen on the login page (a tag of {@link Languages#SUPPORTED}). */
    public static final String CHOSEN = "casebridge.language";

    @Inject
    Caller caller;

    @Inject
    HttpServletRequest request;

    /**
     * Set on a request that failed because the database is out of reach or refuses writes: its answer's language
     * then comes from the request alone, since reading the user's saved choice would wait for the database again.
     */
    public static final String DATABASE_AWAY = UserLocale.class.getName() + ".databaseAway";

    private Locale locale;
    private Locale apiLocale;
    private ZoneId zone;

    /** The language of this request's screens. */
    public Locale getLocale() {
        if (locale == null) {
            locale = Languages.resolve(account().map(UserAccount::getLanguage).orElse(null), chosen(),
                    request.getHeader("Accept-Language"));
        }
        return locale;
    }

    /**
     * The language of a REST answer: a client that names one of the five in {@code Accept-Language} gets it;
     * otherwise the signed-in user's saved choice; otherwise English.
     */
    public Locale forApi() {
        if (apiLocale == null) {
            apiLocale = Languages.bestMatch(request.getHeader("Accept-Language")).map(Locale::of)
                    .orElseGet(() -> request.getAttribute(DATABASE_AWAY) != null ? Locale.ENGLISH
                            : Languages.locale(account().map(UserAccount::getLanguage).orElse(null)));
        }
        return apiLocale;
    }

    /** The time zone times are shown in: the signed-in user's, else UTC. */
    public ZoneId getZone() {
        if (zone == null) {
            zone = account().map(UserAccount::getTimeZone).flatMap(UserLocale::zone).orElse(ZoneOffset.UTC);
        }
        return zone;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Remembers a language chosen before sign-in for the rest of the session; this request shows it at once. */
    public void choose(String tag) {
        if (Languages.isSupported(tag)) {
            request.getSession(true).setAttribute(CHOSEN, tag);
            if (account().isEmpty()) {
                locale = Locale.of(tag);
            }
        }
    }

    /** This request goes on in the language and time zone the user has just saved. */
    public void saved(String language, String timeZone) {
        locale = Languages.locale(language);
        apiLocale = null;
        zone = zone(timeZone).orElse(ZoneOffset.UTC);
    }

    public String time(Instant at) {
        return Formats.time(at, getLocale(), getZone());
    }

    public String timeToSecond(Instant at) {
        return Formats.timeToSecond(at, getLocale(), getZone());
    }

    public String day(LocalDate day) {
        return Formats.day(day, getLocale());
    }

    public String number(Number n) {
        return Formats.number(n, getLocale());
    }

    private String chosen() {
        HttpSession session = request.getSession(false);
        Object tag = session == null ? null : session.getAttribute(CHOSEN);
        return tag instanceof String s ? s : null;
    }

    /**
     * The signed-in account, if any. A language is never worth a failed answer: when the account cannot be
     * read (the database is away, and the answer is the 503 saying so) the request goes on without it.
     */
    private Optional<UserAccount> account() {
        if (request.getUserPrincipal() == null) {
            return Optional.empty();
        }
        try {
            return caller.account();
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<ZoneId> zone(String id) {
        try {
            return id == null ? Optional.empty() : Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
