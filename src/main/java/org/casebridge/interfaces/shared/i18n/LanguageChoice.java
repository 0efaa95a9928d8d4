package org.casebridge.interfaces.shared.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ValueChangeEvent;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.casebridge.domain.model.shared.Languages;
import org.primefaces.PrimeFaces;

/**
 * The language selector of the login page, and the lists every language or time zone selector offers. A change
 * of the selector is an AJAX request that carries the choice alone (the username and password stay in the
 * browser: the password is only ever sent by the login itself); it is remembered for the session and the words
 * of the page around the fields ({@link #getTexts()}) come back in the new language, the title and
 * {@code <html lang>} with them, while the fields keep what was typed and the focus stays where it was.
 */
@Named
@RequestScoped
public class LanguageChoice {

    /** What a language change re-renders on the login page: every word of it except the fields and the selector. */
    static final String LOGIN_TEXTS = ":appName :tagline :login:usernameLabel :login:passwordLabel :login:submit"
            + " :login:languageLabel :login:applyLanguage";

    @Inject
    UserLocale userLocale;

    /** The five languages, each named in itself ({@code Español}, {@code Kreyòl ayisyen}), as a reader looks for it. */
    public List<SelectItem> getOptions() {
        Locale shown = userLocale.getLocale();
        return Languages.SUPPORTED.stream().map(tag -> new SelectItem(tag, Texts.text(shown, "language.name." + tag))).toList();
    }

    /**
     * The region time zones of the IANA database, Caribbean ones (America/...) first, then UTC and the rest,
     * each by its id (e.g. {@code America/Port-au-Prince}).
     */
    public List<String> getTimeZones() {
        return ZoneId.getAvailableZoneIds().stream().filter(Languages::isTimeZone)
                .filter(z -> z.equals("UTC") || z.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
                .sorted((a, b) -> {
                    int ra = rank(a);
                    int rb = rank(b);
                    return ra != rb ? Integer.compare(ra, rb) : a.compareTo(b);
                }).toList();
    }

    private static int rank(String zone) {
        return zone.startsWith("America/") ? 0 : zone.equals("UTC") ? 1 : 2;
    }

    public String getLanguage() {
        return userLocale.getLanguage();
    }

    public void setLanguage(String language) {
        // applied by changed(); a value that is not one of the five never reaches here (the select refuses it)
    }

    /** The components of the login page a language change updates ({@link #LOGIN_TEXTS}). */
    public String getTexts() {
        return LOGIN_TEXTS;
    }

    /**
     * The login page's selector changed: remember it for the session and render this page's words in it; an AJAX
     * change also tells the page its new language and title ({@code pageLang}, {@code pageTitle}: casebridge.js).
     */
    public void changed(ValueChangeEvent event) {
        Object tag = event.getNewValue();
        if (tag instanceof String t && Languages.isSupported(t)) {
            userLocale.choose(t);
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale chosen = Locale.of(t);
            faces.getViewRoot().setLocale(chosen);
            if (faces.getPartialViewContext().isAjaxRequest()) {
                PrimeFaces.Ajax ajax = PrimeFaces.current().ajax();
                ajax.addCallbackParam("pageLang", t);
                ajax.addCallbackParam("pageTitle", Texts.text(chosen, "login.title") + " · " + Texts.text(chosen, "app.name"));
            }
            faces.renderResponse();
        }
    }
}
