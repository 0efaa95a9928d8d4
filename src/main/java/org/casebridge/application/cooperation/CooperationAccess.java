package org.casebridge.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.RequestScope;
import org.casebridge.domain.model.cooperation.RequestStatus;

/**
 * The access policy for cooperation requests (issue 10, DESIGN.md); the only place these rules are
 * written, for screens and REST alike. The focal points and supervisors of the requesting and of the
 * requested country, and only they, see a request and its thread (a draft: only the requesting
 * side); the requesting country's focal points create, send, withdraw, close and follow up (creating
 * from a case they may read, asked of {@code CaseAccess}); the requested country's focal points
 * acknowledge, answer, refuse and link a case of their own; the focal points of both write on the
 * thread. Supervisors read. Caseworkers who are not focal points, partners, analysts and
 * administrators have no requests; a third country sees nothing.
 *
 * <p>Every refusal goes through {@link Access} as DENIED with the request's id and a country of the
 * request (the caller's own side when they are on one, so that their supervisors see it; the
 * requesting country otherwise), answered 404 exactly like a request that does not exist.
 */
@ApplicationScoped
public class CooperationAccess {

    public static final String REQUEST = "cooperation_request";
    static final Role[] ROLES = {Role.FOCAL_POINT, Role.SUPERVISOR};

    @Inject
    Access access;

    @Inject
    Caller caller;

    @Inject
    CooperationRepository requests;

    /** The caller, if their roles have requests at all and they belong to a country; 403 otherwise. For lists. */
    public UserAccount cooperationUser() {
        UserAccount user = access.requireAnyRole(REQUEST, ROLES);
        if (user.countryCode() == null) {
            throw access.forbidden(REQUEST, null, null, "focal point or supervisor without a country");
        }
        return user;
    }

    /** A focal point of a country, the only one who opens a request; 403 otherwise. */
    public UserAccount requester() {
        UserAccount user = access.requireAnyRole(REQUEST, Role.FOCAL_POINT);
        if (user.countryCode() == null) {
            throw access.forbidden(REQUEST, null, null, "focal point without a country");
        }
        return user;
    }

    /** The WHERE-clause form of what {@code user} may list: what their country sent and what was sent to it. */
    public RequestScope scope(UserAccount user) {
        String country = user.hasAnyRole(ROLES) ? user.countryCode() : null;
        return new RequestScope(country, country);
    }

    /** Everything {@code user} may do with {@code r}. */
    public CooperationRights rights(UserAccount user, CooperationRequest r) {
        String country = user.countryCode();
        if (country == null || !user.hasAnyRole(ROLES)) {
            return CooperationRights.NONE;
        }
        boolean requesting = country.equals(r.getRequestingCountry());
        boolean requested = country.equals(r.getRequestedCountry()) && r.getStatus() != RequestStatus.DRAFT;
        boolean focal = user.hasRole(Role.FOCAL_POINT);
        return new CooperationRights(requesting || requested, requested, requesting && focal, requested && focal,
                (requesting || requested) && focal && r.getStatus() != RequestStatus.DRAFT);
    }

    /** The request with the caller's rights, if they may do {@code action} with it; refused and audited otherwise. */
    public CooperationGrant requestFor(long id, CooperationAction action) {
        Optional<CooperationRequest> found = requests.find(id).filter(r -> !r.isVoided());
        UserAccount user = caller.account().orElse(null);
        String country = found.map(r -> auditCountry(user, r)).orElse(null);
        if (user == null || !user.hasAnyRole(ROLES)) {
            throw access.hiddenByRole(REQUEST, id, country, ROLES);
        }
        CooperationRequest r = found.orElseThrow(() -> access.missing(REQUEST, id));
        CooperationRights rights = rights(user, r);
        if (!rights.allows(action)) {
            throw access.notVisible(REQUEST, id, country, rights.read() ? "outside caller scope action=" + action
                    : "outside caller scope");
        }
        return new CooperationGrant(user, r, rights);
    }

    /**
     * An attachment asked for through a request it does not belong to: audited DENIED with the country
     * of the request it does belong to (a probe), or a failed view when it does not exist; not found
     * either way.
     */
    RecordNotFoundException missingAttachment(long attachmentId, CooperationGrant through) {
        return requests.attachment(attachmentId)
                .map(a -> access.notVisible(CooperationThreadService.ATTACHMENT, attachmentId, requests.find(a.getRequestId())
                        .map(CooperationRequest::getRequestingCountry).orElse(null), "attachment of another request"))
                .orElseGet(() -> access.missing(CooperationThreadService.ATTACHMENT, attachmentId));
    }

    /** The side of {@code r} whose supervisors should see what {@code user} did: their own, or the requesting country. */
    private static String auditCountry(UserAccount user, CooperationRequest r) {
        String own = user == null ? null : user.countryCode();
        return own != null && r.involves(own) ? own : r.getRequestingCountry();
    }
}
