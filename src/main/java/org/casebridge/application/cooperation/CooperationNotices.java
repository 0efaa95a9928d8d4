package org.casebridge.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.casebridge.application.notification.Notifier;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.Deadline;
import org.casebridge.domain.model.notification.NotificationKind;

/**
 * Who is told what of a cooperation request, called inside the transaction of the change: the requested
 * country's focal points of a request sent to them, a withdrawal and a follow-up question; the
 * requesting country's focal points of an acknowledgement, an answer and a refusal; the other side's
 * focal points of a new message; the requested country's supervisors, once per deadline, of a request
 * not acknowledged or not answered in time. Whoever made the change is not told of it. Notifications and
 * their e-mails carry the kind and the request's id only, never the extract or a message's text.
 */
@ApplicationScoped
public class CooperationNotices {

    @Inject
    Notifier notifier;

    void sent(CooperationRequest r, UserAccount by) {
        toRequested(r, NotificationKind.COOPERATION_RECEIVED, by);
    }

    void toRequesting(CooperationRequest r, NotificationKind kind, UserAccount by) {
        notifier.toCountry(Role.FOCAL_POINT, r.getRequestingCountry(), kind, r.getId(), by);
    }

    void toRequested(CooperationRequest r, NotificationKind kind, UserAccount by) {
        notifier.toCountry(Role.FOCAL_POINT, r.getRequestedCountry(), kind, r.getId(), by);
    }

    /** A message on the thread: the focal points of the other side than its author's. */
    void message(CooperationRequest r, UserAccount by) {
        if (r.getRequestingCountry().equals(by.countryCode())) {
            toRequested(r, NotificationKind.COOPERATION_MESSAGE, by);
        } else {
            toRequesting(r, NotificationKind.COOPERATION_MESSAGE, by);
        }
    }

    /** A deadline passed: the requested country's supervisors; returns how many were told. */
    int overdue(CooperationRequest r, Deadline deadline) {
        NotificationKind kind = deadline == Deadline.ACKNOWLEDGEMENT ? NotificationKind.COOPERATION_ACKNOWLEDGEMENT_OVERDUE
                : NotificationKind.COOPERATION_ANSWER_OVERDUE;
        return notifier.toCountry(Role.SUPERVISOR, r.getRequestedCountry(), kind, r.getId(), null);
    }
}
