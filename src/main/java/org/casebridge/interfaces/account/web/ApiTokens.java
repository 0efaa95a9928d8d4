package org.casebridge.interfaces.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.casebridge.application.account.ApiTokenService;
import org.casebridge.application.account.ApiTokenView;
import org.casebridge.application.account.IssuedToken;
import org.casebridge.domain.model.account.ApiToken;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * The "API tokens" screen: the caller's own tokens, the dialog that creates one and shows its secret
 * once (then forgets it), and revoking with confirmation.
 */
@Named
@ViewScoped
public class ApiTokens implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    static final int DEFAULT_DAYS = 30;

    @Inject
    ApiTokenService tokens;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private List<ApiTokenView> items = List.of();
    private String name;
    private Integer days = DEFAULT_DAYS;
    private boolean readOnly;
    /** The secret of the token just created, until its dialog closes; never stored elsewhere. */
    private String secret;

    public void load() {
        messages.attempt(() -> items = tokens.mine(), Map.of());
    }

    public void startCreate() {
        name = null;
        days = DEFAULT_DAYS;
        readOnly = false;
        dialogs.show("createDialog");
    }

    public void create() {
        IssuedToken[] issued = new IssuedToken[1];
        if (messages.attempt(() -> issued[0] = tokens.create(name, days, readOnly),
                Map.of("name", "create:name", "days", "create:days"))) {
            secret = issued[0].secret();
            dialogs.hide("createDialog");
            load();
            dialogs.show("secretDialog");
            PrimeFaces.current().ajax().update("tokens", "secret");
        }
    }

    /** Closes the secret's dialog and forgets the secret. */
    public void forgetSecret() {
        secret = null;
        dialogs.hide("secretDialog");
        PrimeFaces.current().ajax().update("secret");
    }

    public void revoke(long id) {
        if (messages.attempt(() -> tokens.revokeOwn(id), Map.of())) {
            messages.info("tokens.revoked");
            load();
            PrimeFaces.current().ajax().update("tokens", "growl");
        }
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    public int getMaxDays() {
        return ApiToken.MAX_DAYS;
    }

    public List<ApiTokenView> getItems() {
        return items;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getDays() {
        return days;
    }

    public void setDays(Integer days) {
        this.days = days;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    public String getSecret() {
        return secret;
    }
}
