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
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;

/** The user administration screen's "API tokens" dialog: one user's tokens, which an administrator may revoke. */
@Named
@ViewScoped
public class UserTokens implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    @Inject
    ApiTokenService tokens;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private Long userId;
    private String username;
    private List<ApiTokenView> items = List.of();

    public void open(long id, String name) {
        if (messages.attempt(() -> items = tokens.ofUser(id), Map.of())) {
            userId = id;
            username = name;
            dialogs.show("tokensDialog");
        }
    }

    public void revoke(long tokenId) {
        if (userId != null && messages.attempt(() -> tokens.revoke(tokenId), Map.of())) {
            messages.info("tokens.revoked");
            messages.attempt(() -> items = tokens.ofUser(userId), Map.of());
            PrimeFaces.current().ajax().update("userTokens", "growl");
        }
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    public List<ApiTokenView> getItems() {
        return items;
    }

    public String getUsername() {
        return username;
    }
}
