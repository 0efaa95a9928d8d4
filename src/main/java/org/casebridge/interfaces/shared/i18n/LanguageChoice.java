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

/**
 * The language selector of the login page, and the lists every language or time zone selector offers. The
 * selector is {@code immediate}: its change is applied before anything else of the form is checked, and the
 * same page is shown again in the new language with what was typed still in its fields (nothing was
 * validated, nothing submitted).
 */
@Named
@RequestScoped
public class LanguageChoice {

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

    /** The login page's selector changed: remember it for the session and show this page again in it. */
    public void changed(ValueChangeEvent event) {
        Object tag = event.getNewValue();
        if (tag instanceof String t && Languages.isSupported(t)) {
            userLocale.choose(t);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getViewRoot().setLocale(Locale.of(t));
            faces.renderResponse();
        }
    }
}
