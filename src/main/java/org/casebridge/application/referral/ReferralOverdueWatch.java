package org.casebridge.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.notification.DeadlineSweep;

/**
 * On every deadline sweep, tells the senders of SENT referrals past their response-due time, once: each
 * referral is claimed in its own transaction ({@link ReferralOverdueNotices#notice}) and only the node
 * whose conditional update marked it "overdue notified" tells the sender.
 */
@ApplicationScoped
public class ReferralOverdueWatch {

    private static final Logger LOG = Logger.getLogger(ReferralOverdueWatch.class.getName());

    @Inject
    ReferralOverdueNotices notices;

    void sweep(@Observes DeadlineSweep sweep) {
        for (long id : notices.due(sweep.now())) {
            try {
                notices.notice(id, sweep.now());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Overdue notice for referral {0} not made, tried again next sweep: {1}",
                        new Object[] {id, e.getClass().getName()});
            }
        }
    }
}
