package org.casebridge.interfaces.audit.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.casebridge.application.audit.AuditAlarm;
import org.casebridge.application.audit.AuditService;

/**
 * The audit alarm banner at the top of every page: the latest alarm of the last days (the chain
 * failed verification before a checkpoint, or a stored checkpoint has a bad signature), shown to
 * administrators and supervisors only, read once per request.
 */
@Named
@RequestScoped
public class AuditAlarmBanner {

    @Inject
    AuditService audit;

    private Optional<AuditAlarm> alarm;

    public AuditAlarm getAlarm() {
        if (alarm == null) {
            alarm = audit.currentAlarm();
        }
        return alarm.orElse(null);
    }

    public String time() {
        AuditAlarm a = getAlarm();
        return a == null ? "" : AuditLogView.TIME.format(a.at());
    }
}
