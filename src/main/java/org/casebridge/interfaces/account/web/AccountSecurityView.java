package org.casebridge.interfaces.account.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.casebridge.application.account.AccountService;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The accounts part of the administrators' security screen: who is locked out now (with Unlock), and
 * who must set up a second factor before they can work. Read when the page opens and after each
 * unlock; each list is audited by the service.
 */
@Named
@ViewScoped
public class AccountSecurityView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    /** One account as the lists show it: plain values, no entity kept in the view. */
    public record Row(long id, String username, String displayName, String agencyCode, String roles, String lockedUntil,
            int failures) implements Serializable {

        static Row of(UserAccount a) {
            return new Row(a.getId(), a.getUsername().value(), a.getDisplayName(), a.getAgency().getCode().value(),
                    String.join(", ", a.roleNames()), a.getLockedUntil() == null ? "" : WHEN.format(a.getLockedUntil()),
                    a.getFailedAttempts());
        }
    }

    @Inject
    transient AccountService accounts;

    @Inject
    transient Messages messages;

    @Inject
    transient org.casebridge.application.account.ApiTokenService tokens;

    /** A token about to expire, as the list shows it. */
    public record TokenRow(long id, String username, String name, boolean readOnly, String expiresAt, String lastUsedAt)
            implements Serializable {
    }

    private List<TokenRow> expiring;

    private List<Row> locked;
    private List<Row> missingSecondFactor;

    public List<Row> getLocked() {
        if (locked == null) {
            locked = List.of();
            messages.attempt(() -> locked = accounts.lockedAccounts().stream().map(Row::of).toList(), Map.of());
        }
        return locked;
    }

    public List<Row> getMissingSecondFactor() {
        if (missingSecondFactor == null) {
            missingSecondFactor = List.of();
            messages.attempt(() -> missingSecondFactor = accounts.missingSecondFactor().stream().map(Row::of).toList(),
                    Map.of());
        }
        return missingSecondFactor;
    }

    public List<TokenRow> getExpiringTokens() {
        if (expiring == null) {
            expiring = List.of();
            messages.attempt(() -> expiring = tokens.expiringSoon().stream().map(t -> new TokenRow(t.id(), t.username(),
                    t.name(), t.readOnly(), WHEN.format(t.expiresAt()), t.lastUsedAt() == null ? "" : WHEN.format(t.lastUsedAt())))
                    .toList(), Map.of());
        }
        return expiring;
    }

    public void unlock(long id) {
        if (messages.attempt(() -> accounts.unlock(id), Map.of())) {
            messages.info("security.unlocked");
            locked = null;
        }
    }

    /** The time of the list, for its caption. */
    public String now() {
        return WHEN.format(Instant.now());
    }
}
