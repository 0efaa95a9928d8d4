package org.casebridge.application.audit;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.application.Access;
import org.casebridge.application.Caller.Actor;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.audit.AuditVerifier;
import org.casebridge.domain.model.audit.CheckpointSources;
import org.casebridge.domain.model.audit.CheckpointSources.Listing;
import org.casebridge.domain.model.audit.CheckpointSources.Unreachable;
import org.casebridge.domain.model.audit.WitnessSource;
import org.casebridge.domain.model.audit.WitnessedCheckpoint;

/**
 * One round of witnessing every configured source: fetch its checkpoints from the newest one held
 * here on (that one must be listed again, with the same head hash), store and countersign the new
 * ones ({@link WitnessService#store}, one transaction a page), then post the countersignatures the
 * source has not acknowledged back to it. Runs outside a transaction so that no database transaction
 * waits on another installation; a source that does not answer is a warning and the next source is
 * tried. Started by {@link WitnessSchedule} or by an administrator.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WitnessRun {

    private static final Logger LOG = Logger.getLogger(WitnessRun.class.getName());
    private static final int MAX_PAGES = 50;
    private static final int DELIVER_MAX = 200;
    private static final ReentrantLock RUNNING = new ReentrantLock();

    @Inject
    Access access;

    @Inject
    WitnessService witness;

    @Inject
    CheckpointSources sources;

    @Inject
    AuditVerifier verifier;

    /** Witnesses every source now, for an administrator; the outcome of each source is put on the trail. */
    public List<WitnessOutcome> runNow() {
        access.requireAnyRole(AuditService.RECORD, Role.ADMIN);
        List<WitnessOutcome> outcomes = run(null);
        witness.ran(outcomes);
        return outcomes;
    }

    /** A run of the timer, as the system. */
    public List<WitnessOutcome> scheduled() {
        return run(Actor.SYSTEM);
    }

    /** Whether any source is configured (the timer does nothing otherwise). */
    public boolean witnessing() {
        return !sources.sources().isEmpty();
    }

    private List<WitnessOutcome> run(Actor as) {
        // one run at a time in this instance: two would store the same checkpoints twice
        RUNNING.lock();
        try {
            return runAlone(as);
        } finally {
            RUNNING.unlock();
        }
    }

    private List<WitnessOutcome> runAlone(Actor as) {
        List<WitnessOutcome> outcomes = new ArrayList<>();
        for (WitnessSource source : sources.sources()) {
            WitnessOutcome outcome = fetch(as, source);
            if (outcome.status() == WitnessOutcome.Status.OK) {
                outcome = outcome.withDelivered(deliver(source));
            }
            LOG.log(outcome.status() == WitnessOutcome.Status.OK ? Level.FINE : Level.WARNING,
                    "Audit witness: {0}", outcome + (outcome.detail() == null ? "" : " (" + outcome.detail() + ")"));
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private WitnessOutcome fetch(Actor as, WitnessSource source) {
        Optional<WitnessedCheckpoint> held = witness.latestHeld(source.name());
        Long expected = held.map(WitnessedCheckpoint::getSequence).orElse(null);
        long after = held.map(h -> h.getSequence() - 1).orElse(-1L);
        WitnessOutcome total = new WitnessOutcome(source.name(), WitnessOutcome.Status.OK, 0, expected, 0, null);
        try {
            for (int page = 0; page < MAX_PAGES; page++) {
                Listing listing = sources.fetch(source, after);
                total = total.plus(witness.store(as, source, listing.checkpoints(), expected, Instant.now()));
                expected = null;
                if (total.status() != WitnessOutcome.Status.OK || listing.next() == null) {
                    break;
                }
                after = listing.next();
            }
            return total;
        } catch (Unreachable e) {
            return new WitnessOutcome(source.name(), WitnessOutcome.Status.UNREACHABLE, total.stored(),
                    total.latestSequence(), 0, e.getMessage());
        } catch (EJBException e) {
            // another instance of a cluster stored the same checkpoint first: the next run continues after it
            return new WitnessOutcome(source.name(), WitnessOutcome.Status.UNREACHABLE, total.stored(),
                    total.latestSequence(), 0, "not stored this time (" + e.getClass().getSimpleName() + ")");
        }
    }

    private int deliver(WitnessSource source) {
        int delivered = 0;
        String own = verifier.publicKey();
        try {
            for (WitnessedCheckpoint w : witness.undelivered(source.name(), DELIVER_MAX)) {
                if (!sources.deliver(source, w, own)) {
                    break;
                }
                witness.delivered(source.name(), w.getSequence(), Instant.now());
                delivered++;
            }
        } catch (Unreachable e) {
            LOG.log(Level.WARNING, "Audit witness: countersignatures not delivered to {0} this time: {1}",
                    new Object[] {source.name(), e.getMessage()});
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Audit witness: delivery to {0} not recorded this time: {1}",
                    new Object[] {source.name(), e.getClass().getSimpleName()});
        }
        return delivered;
    }
}
