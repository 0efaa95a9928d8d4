package org.casebridge.infrastructure.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Session settings decided at run time: the idle timeout, and whether the session cookie is marked
 * Secure (set it when CaseBridge is reached through HTTPS, including behind a TLS-terminating proxy).
 * HttpOnly, SameSite=Strict and cookie-only tracking are fixed in web.xml.
 */
@WebListener
public class SessionPolicy implements HttpSessionListener, ServletContextListener {

    @Inject
    @ConfigProperty(name = "casebridge.session.timeout-minutes", defaultValue = "30")
    int timeoutMinutes;

    @Inject
    @ConfigProperty(name = "casebridge.session.cookie-secure", defaultValue = "false")
    boolean cookieSecure;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (cookieSecure) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.max(1, timeoutMinutes) * 60);
    }
}
