package org.casebridge.interfaces.shared.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/** Gives every new view the locale {@link UserLocale} decides for the request (registered in faces-config.xml). */
public class LocaleViewHandler extends ViewHandlerWrapper {

    public LocaleViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(UserLocale.class).get().getLocale();
    }
}
