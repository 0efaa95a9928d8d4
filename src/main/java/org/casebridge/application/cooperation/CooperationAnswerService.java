package org.casebridge.application.cooperation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.casefile.CaseAccess;
import org.casebridge.application.casefile.CaseAction;
import org.casebridge.application.cooperation.view.RequestSheet;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.cooperation.CooperationMessage;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.notification.NotificationKind;

/**
 * The requested side of a cooperation request: its focal points acknowledge it, answer it (the answer
 * is a message of the thread), refuse it with a reason, or link it to a case of their own that they
 * may read (never shown to the requester).
 */
@Stateless
@AuditedService
public class CooperationAnswerService {

    private static final String REQUEST = CooperationAccess.REQUEST;

    @Inject
    CooperationChanges changes;

    @Inject
    CooperationRepository requests;

    @Inject
    CaseAccess caseAccess;

    @Inject
    CooperationNotices notices;

    @Inject
    Clock clock;

    public RequestSheet acknowledge(long id, long expectedVersion) {
        return changes.apply(id, CooperationAction.RESPOND, expectedVersion, g -> {
            g.request().acknowledge(g.username(), clock.instant());
            notices.toRequesting(g.request(), NotificationKind.COOPERATION_ACKNOWLEDGED, g.user());
        },
                g -> AuditEvent.of(AuditAction.STATE_CHANGE, REQUEST, g.id(), g.country()).detail("status=ACKNOWLEDGED"));
    }

    public RequestSheet answer(long id, long expectedVersion, String answer) {
        return changes.apply(id, CooperationAction.RESPOND, expectedVersion, g -> {
            Instant now = clock.instant();
            g.request().answer(g.username(), now);
            requests.add(new CooperationMessage(g.request(), g.username(), g.userCountry(), answer, now));
            notices.toRequesting(g.request(), NotificationKind.COOPERATION_ANSWERED, g.user());
        }, g -> AuditEvent.of(AuditAction.STATE_CHANGE, REQUEST, g.id(), g.country()).detail("status=ANSWERED"));
    }

    public RequestSheet refuse(long id, long expectedVersion, String reason) {
        return changes.apply(id, CooperationAction.RESPOND, expectedVersion, g -> {
            g.request().refuse(reason, g.username(), clock.instant());
            notices.toRequesting(g.request(), NotificationKind.COOPERATION_REFUSED, g.user());
        },
                g -> AuditEvent.of(AuditAction.STATE_CHANGE, REQUEST, g.id(), g.country()).detail("status=REFUSED"));
    }

    /** Links the request to {@code caseId}, a case of the requested country the focal point may read (404 otherwise, audited by the case policy). */
    public RequestSheet linkCase(long id, long expectedVersion, long caseId) {
        return changes.apply(id, CooperationAction.RESPOND, expectedVersion,
                g -> g.request().linkCase(caseAccess.caseFor(caseId, CaseAction.READ).caseFile()),
                g -> AuditEvent.of(AuditAction.UPDATE, REQUEST, g.id(), g.country()).detail("linked case=" + caseId));
    }
}
