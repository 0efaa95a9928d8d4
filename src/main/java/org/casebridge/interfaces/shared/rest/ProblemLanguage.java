package org.casebridge.interfaces.shared.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.casebridge.interfaces.shared.i18n.UserLocale;

/**
 * Gives every problem document the {@code title} of its status in the client's language
 * ({@code problem.title.<status>} of the screens' bundle, chosen by {@link UserLocale#forApi()}:
 * {@code Accept-Language}, else the caller's saved language, else English) and says which language with
 * {@code Content-Language}. One place for every problem, whichever mapper or filter answered it.
 */
@Provider
public class ProblemLanguage implements ContainerResponseFilter {

    @Inject
    UserLocale userLocale;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem p) {
            Locale locale = userLocale.forApi();
            Texts.lookup(locale, "problem.title." + p.status()).ifPresent(title -> {
                response.setEntity(new Problem(p.type(), title, p.status(), p.detail(), p.errors()),
                        response.getEntityAnnotations(), response.getMediaType());
                response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
            });
        }
    }
}
