package org.casebridge.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.application.casefile.CaseAccess;
import org.casebridge.application.casefile.CaseRights;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.casefile.CaseRepository;
import org.casebridge.domain.model.casefile.CaseScope;
import org.casebridge.domain.model.referral.Referral;
import org.casebridge.domain.model.referral.ReferralScope;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.referral.ReferralRepository;

/**
 * The access policy for referrals (DESIGN.md, "What each role can see"); the only place these rules
 * are written, for screens and REST alike. Caseworkers see the referrals of the cases they may read
 * (asked of {@link CaseAccess}, never re-written here) and send them from the cases they work on;
 * the sending agency's caseworkers who may read the case revoke them; supervisors read, revoke and
 * override consent for the referrals sent from their country; a partner sees only the referrals sent
 * to its own agency (not drafts), as a partner view without anything of the case, and answers them.
 * Analysts and administrators have no referrals.
 *
 * <p>Every refusal goes through {@link Access} as DENIED with the referral's id and sending country:
 * a role without referrals gets 403 whether or not the referral exists; a caller who works with
 * referrals but not with this one (a partner asking for another agency's) gets 404, exactly like a
 * referral that does not exist.
 */
@ApplicationScoped
public class ReferralAccess {

    public static final String REFERRAL = "referral";
    private static final Role[] REFERRAL_ROLES = {Role.CASEWORKER, Role.SUPERVISOR, Role.PARTNER};

    @Inject
    Access access;

    @Inject
    Caller caller;

    @Inject
    CaseAccess caseAccess;

    @Inject
    CaseRepository cases;

    @Inject
    ReferralRepository referrals;

    /** The caller, if their roles have referrals at all; 403 otherwise. For lists. */
    public UserAccount referralUser() {
        return access.requireAnyRole(REFERRAL, REFERRAL_ROLES);
    }

    /** Whether lists show {@code user} the partner's view: a partner without case work. */
    public boolean partnerOnly(UserAccount user) {
        return user.hasRole(Role.PARTNER) && !user.hasAnyRole(Role.CASEWORKER, Role.SUPERVISOR);
    }

    /**
     * The WHERE-clause form of what {@code user} may list: a partner-only user the inbox of their
     * agency; otherwise the referrals of the cases they may read as a caseworker and those sent from
     * their country as a supervisor.
     */
    public ReferralScope scope(UserAccount user) {
        if (partnerOnly(user)) {
            return new ReferralScope(user.getAgency().getId(), null, null, null);
        }
        String supervised = user.hasRole(Role.SUPERVISOR) ? user.countryCode() : null;
        CaseScope cs = caseAccess.scope(user);
        CaseScope caseworker = new CaseScope(null, cs.caseworkerCountryId(), cs.agencyId(), cs.userId());
        return caseworker.isEmpty() ? new ReferralScope(null, supervised, null, null)
                : new ReferralScope(null, supervised, caseworker, user.countryCode());
    }

    /** Everything {@code user} may do with {@code r}. */
    public ReferralRights rights(UserAccount user, Referral r) {
        CaseRights onCase = cases.find(r.getCaseId()).filter(c -> !c.isVoided()).map(c -> caseAccess.rights(user, c))
                .orElse(CaseRights.NONE);
        boolean supervisor = user.hasRole(Role.SUPERVISOR) && user.getAgency().isIn(new CountryCode(r.getSendingCountry()));
        boolean senderSide = onCase.read() || supervisor;
        boolean partner = user.hasRole(Role.PARTNER) && Objects.equals(user.getAgency().getId(), r.getRecipientAgencyId())
                && r.getStatus() != ReferralStatus.DRAFT;
        boolean sendingAgency = onCase.read() && user.hasRole(Role.CASEWORKER)
                && Objects.equals(user.getAgency().getId(), r.getSendingAgencyId());
        return new ReferralRights(senderSide || partner, partner && !senderSide, onCase.work(), partner,
                sendingAgency || supervisor, supervisor);
    }

    /** The referral with the caller's rights, if they may do {@code action} with it; refused and audited otherwise. */
    public ReferralGrant referralFor(long id, ReferralAction action) {
        Optional<Referral> found = referrals.find(id).filter(r -> !r.isVoided());
        String country = found.map(Referral::getSendingCountry).orElse(null);
        UserAccount user = caller.account().filter(u -> u.hasAnyRole(REFERRAL_ROLES))
                .orElseThrow(() -> access.hiddenByRole(REFERRAL, id, country, REFERRAL_ROLES));
        Referral r = found.orElseThrow(() -> access.missing(REFERRAL, id));
        ReferralRights rights = rights(user, r);
        if (!rights.allows(action)) {
            throw access.notVisible(REFERRAL, id, country, rights.read() ? "outside caller scope action=" + action
                    : "outside caller scope");
        }
        return new ReferralGrant(user, r, rights);
    }
}
