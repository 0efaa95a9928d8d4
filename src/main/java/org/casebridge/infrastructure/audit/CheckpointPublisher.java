package org.casebridge.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.casebridge.domain.model.audit.CheckpointSigned;
import org.casebridge.domain.model.audit.PublishedCheckpoints;

/** Publishes a signed checkpoint (to the directory sink and to syslog) once the transaction that stored it has committed (never one that rolled back). */
@ApplicationScoped
public class CheckpointPublisher {

    @Inject
    PublishedCheckpoints published;

    @Inject
    CheckpointSyslog syslog;

    void onSigned(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckpointSigned signed) {
        published.publish(signed.checkpoint(), signed.publicKey());
        syslog.publish(signed.checkpoint(), signed.publicKey());
    }
}
