package org.casebridge.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.casebridge.application.notification.Notifier;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.notification.NotificationKind;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Who is told what of a referral, called by the referral services inside the transaction of the change:
 * the partner agency's users (holders of the partner role, enabled) of a new referral, a revocation and a
 * withdrawn consent; the user who sent it of the partner's answer (accept, decline, completion), of a
 * revocation by someone else, and once of its passing the response-due time. Whoever made the change is
 * not told of it.
 */
@ApplicationScoped
public class ReferralNotices {

    @Inject
    Notifier notifier;

    @Inject
    AccountRepository accounts;

    /** The referral was sent: the partner agency's users are told. */
    void sent(Referral r, UserAccount by) {
        notifier.toAgency(Role.PARTNER, r.getRecipientAgencyId(), NotificationKind.REFERRAL_RECEIVED, r.getId(), by);
    }

    /** The partner answered (accepted, declined, completed): the sender is told. */
    void answered(Referral r, NotificationKind kind, UserAccount by) {
        notifier.toUser(sender(r).orElse(null), kind, r.getId(), by);
    }

    void revoked(Referral r, UserAccount by) {
        notifier.toUser(sender(r).orElse(null), NotificationKind.REFERRAL_REVOKED, r.getId(), by);
        notifier.toAgency(Role.PARTNER, r.getRecipientAgencyId(), NotificationKind.REFERRAL_REVOKED, r.getId(), by);
    }

    /** The sender corrected the summary: the partner agency's users are told there is a new version. */
    void summaryCorrected(Referral r, UserAccount by) {
        notifier.toAgency(Role.PARTNER, r.getRecipientAgencyId(), NotificationKind.REFERRAL_SUMMARY_CORRECTED, r.getId(), by);
    }

    void consentWithdrawn(Referral r) {
        notifier.toAgency(Role.PARTNER, r.getRecipientAgencyId(), NotificationKind.REFERRAL_CONSENT_WITHDRAWN, r.getId(), null);
    }

    void overdue(Referral r) {
        notifier.toUser(sender(r).orElse(null), NotificationKind.REFERRAL_OVERDUE, r.getId(), null);
    }

    /** The account that sent the referral, if it still exists. */
    private Optional<UserAccount> sender(Referral r) {
        if (r.getSentBy() == null) {
            return Optional.empty();
        }
        try {
            return accounts.findByUsername(new Username(r.getSentBy()));
        } catch (ValidationException malformed) {
            return Optional.empty();
        }
    }
}
