package org.casebridge.interfaces.account.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casebridge.application.account.AccountService;
import org.casebridge.application.account.SecondFactorPolicy;
import org.casebridge.application.account.SecondFactorService;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.interfaces.shared.security.RenewedSessionCredential;
import org.casebridge.interfaces.shared.security.SessionRenewal;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * "My account": the user's own password (required first when it is temporary), second factor (set up
 * with a QR code and a first code; the recovery codes are shown once, here), language and time zone. Changing the password ends
 * the user's other sessions and renews this one (a new session id).
 */
@Named
@ViewScoped
public class MyAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountService accounts;

    @Inject
    SecondFactorService secondFactors;

    @Inject
    SecondFactorPolicy policy;

    @Inject
    SecurityContext security;

    @Inject
    SessionRenewal renewal;

    @Inject
    Messages messages;

    @Inject
    UserLocale userLocale;

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private String code;
    private String secret;
    private String qrCode;
    private List<String> recoveryCodes = List.of();
    private String language;
    private String timeZone;
    private transient UserAccount me;

    public UserAccount getMe() {
        if (me == null) {
            me = accounts.me();
        }
        return me;
    }

    public boolean isSecondFactorRequired() {
        return policy.required(getMe());
    }

    public void changePassword() {
        String current = currentPassword;
        String chosen = newPassword;
        currentPassword = null;
        newPassword = null;
        boolean same = chosen != null && chosen.equals(repeatPassword);
        repeatPassword = null;
        if (!same) {
            messages.error("password:repeat", messages.text("account.password.mismatch"));
            return;
        }
        String[] username = new String[1];
        if (messages.attempt(() -> username[0] = accounts.changeOwnPassword(current, chosen).getUsername().value(),
                Map.of("currentPassword", "password:current", "password", "password:new"))) {
            renewSession(username[0]);
            me = null;
            messages.info("account.password.changed");
        }
    }

    /** This session goes on under the account's new epoch, with a new id; every other session has ended. */
    private void renewSession(String username) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        renewal.allow(username);
        AuthenticationStatus status = security.authenticate((HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().credential(new RenewedSessionCredential(username)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            messages.error(null, messages.text("account.password.relogin"));
        }
    }

    public void startEnrolment() {
        recoveryCodes = List.of();
        messages.attempt(() -> {
            SecondFactorService.Enrolment e = secondFactors.start();
            secret = e.secret();
            qrCode = QrCode.svgDataUri(e.uri());
        }, Map.of());
    }

    public void confirmEnrolment() {
        String typed = code;
        code = null;
        if (messages.attempt(() -> recoveryCodes = secondFactors.confirm(typed), Map.of("code", "factor:code"))) {
            secret = null;
            qrCode = null;
            me = null;
            messages.info("account.secondFactor.enabled");
        }
    }

    /**
     * Saves the language and time zone chosen (audited as a change of the account) and shows this page again
     * in that language at once; the other forms of the page are untouched.
     */
    public void savePreferences() {
        String chosenLanguage = getLanguage();
        String chosenZone = getTimeZone();
        if (messages.attempt(() -> accounts.choosePreferences(chosenLanguage, chosenZone),
                Map.of("language", "preferences:language", "timeZone", "preferences:timeZone"))) {
            userLocale.saved(chosenLanguage, chosenZone);
            FacesContext.getCurrentInstance().getViewRoot().setLocale(Languages.locale(chosenLanguage));
            me = null;
            messages.info("account.language.saved");
        }
    }

    public String getLanguage() {
        return language == null ? getMe().getLanguage() : language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTimeZone() {
        return timeZone == null ? getMe().getTimeZone() : timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** The secret in groups of four, easier to type into an app. */
    public String getSecretGroups() {
        return secret == null ? null : secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getSecret() {
        return secret;
    }

    public String getQrCode() {
        return qrCode;
    }

    public boolean isEnrolling() {
        return secret != null;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCurrentPassword() {
        return null;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return null;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }

    public String getCode() {
        return null;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
