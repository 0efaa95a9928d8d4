package org.casebridge.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.regex.Pattern;
import org.primefaces.PrimeFaces;

/**
 * Shows and hides PrimeFaces dialogs from the server, at the end of an ajax request, so that views
 * need no inline script (the application runs under a Content Security Policy).
 */
@Named
@ApplicationScoped
public class Dialogs {

    private static final Pattern WIDGET = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    public void show(String widgetVar) {
        PrimeFaces.current().executeScript("PF('" + checked(widgetVar) + "').show()");
    }

    public void hide(String widgetVar) {
        PrimeFaces.current().executeScript("PF('" + checked(widgetVar) + "').hide()");
    }

    private static String checked(String widgetVar) {
        if (widgetVar == null || !WIDGET.matcher(widgetVar).matches()) {
            throw new IllegalArgumentException("not a widget name");
        }
        return widgetVar;
    }
}
