package org.casebridge.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.cooperation.view.RequestSheet;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.domain.model.shared.UnitOfWork;

/**
 * The one skeleton of every change to a cooperation request, used by its services inside their
 * transaction: check ({@link CooperationAccess}, and the version the caller last read), change (the
 * domain method), flush, audit (last, same transaction), answer with the request as the caller now
 * sees it.
 */
@ApplicationScoped
public class CooperationChanges {

    @Inject
    CooperationAccess access;

    @Inject
    CooperationRepository requests;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public RequestSheet apply(long id, CooperationAction action, long expectedVersion, Consumer<CooperationGrant> change,
            Function<CooperationGrant, AuditEvent> entry) {
        CooperationGrant grant = access.requestFor(id, action);
        ConcurrentChangeException.check(grant.request().getVersion(), expectedVersion);
        change.accept(grant);
        work.flush();
        audit.record(entry.apply(grant));
        return sheet(grant.user(), grant.request());
    }

    /** The request as {@code user} now sees it, with its thread. */
    RequestSheet sheet(UserAccount user, CooperationRequest r) {
        CooperationRights rights = access.rights(user, r);
        return RequestSheet.of(r, rights, requests.messages(r.getId()), requests.attachments(r.getId()), clock.instant());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }
}
