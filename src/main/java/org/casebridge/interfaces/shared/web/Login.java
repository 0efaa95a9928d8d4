package org.casebridge.interfaces.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The login form. Every failure gets the same message, whatever the reason. */
@Named
@RequestScoped
public class Login {

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "casebridge.lockout.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "casebridge.lockout.minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    java.time.Clock clock;

    private String username;
    private String password;
    private String code;
    private boolean refused;
    private String from;
    private String expired;

    /** Tells a user whose session ended why they are here (the login page's {@code expired} parameter). */
    public void load() {
        if ("true".equals(expired) && !FacesContext.getCurrentInstance().isPostback()) {
            messages.info("login.expired");
        }
    }

    public String submit() {
        String result = authenticate(new UsernamePasswordCredential(username == null ? "" : username.trim(),
                password == null ? "" : password));
        password = null;
        if (refused && !isCodeStep()) {
            messages.error(null, messages.text("login.failed", maxFailures, lockMinutes));
        }
        // a right password for an account with a second factor: the same page asks for the code now
        return result;
    }

    /** The second step: a code of the authenticator app, or a recovery code. */
    public String submitCode() {
        boolean wasPending = isCodeStep();
        String result = authenticate(new org.casebridge.interfaces.shared.security.OneTimeCodeCredential(code));
        code = null;
        if (refused) {
            messages.error(null, messages.text(wasPending && isCodeStep() ? "login.code.failed" : "login.code.expired",
                    maxFailures, lockMinutes));
        }
        return result;
    }

    /** Gives up the waiting login: back to username and password. */
    public String startOver() {
        org.casebridge.interfaces.shared.security.PendingSecondFactor.clear(
                (jakarta.servlet.http.HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false));
        return "/login?faces-redirect=true";
    }

    /** Whether the password was accepted and the code of the second factor is asked now. */
    public boolean isCodeStep() {
        return org.casebridge.interfaces.shared.security.PendingSecondFactor.isPending(
                (jakarta.servlet.http.HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false),
                clock.instant());
    }

    private String authenticate(jakarta.security.enterprise.credential.Credential credential) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
        // A refused login leaves the request without a caller; only a real login counts.
        if (status == AuthenticationStatus.SUCCESS && security.getCallerPrincipal() != null) {
            // Back to the page the user was on when their session ended, if it is one of ours.
            java.util.Optional<String> back = org.casebridge.domain.model.shared.LocalPath.of(from);
            if (back.isPresent()) {
                try {
                    external.redirect(external.getRequestContextPath() + back.get());
                    faces.responseComplete();
                    return null;
                } catch (java.io.IOException gone) {
                    return "/index?faces-redirect=true";
                }
            }
            return "/index?faces-redirect=true";
        }
        if (status == AuthenticationStatus.SEND_CONTINUE
                || status == AuthenticationStatus.SEND_FAILURE && external.isResponseCommitted()) {
            // a redirect, or the 503 answered when the password could not be checked at all
            faces.responseComplete();
            return null;
        }
        refused = true;
        return null;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getExpired() {
        return expired;
    }

    public void setExpired(String expired) {
        this.expired = expired;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return null;
    }

    public String getCode() {
        return null;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
