package org.casebridge.application.casefile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.casefile.view.Added;
import org.casebridge.application.casefile.view.CaseSheet;
import java.util.Optional;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.UnitOfWork;

/**
 * The one skeleton of every change to a case, used by the case services inside their transaction:
 * check ({@link CaseAccess}, and the version the caller last read), change (the domain method),
 * flush through the {@link UnitOfWork} port (a concurrent change surfaces here), audit (last, in the
 * same transaction), then answer with the case as it is now, so that nobody reads it again to show it.
 */
@ApplicationScoped
public class CaseChanges {

    @Inject
    CaseAccess access;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    /** Changes the case; {@code expectedVersion} null where a change does not depend on what was read (team, decisions). */
    public CaseSheet apply(long id, CaseAction action, Long expectedVersion, Consumer<CaseGrant> change,
            Function<CaseGrant, AuditEvent> entry) {
        CaseGrant grant = access.caseForChange(id, action);
        if (expectedVersion != null) {
            ConcurrentChangeException.check(grant.caseFile().getVersion(), expectedVersion);
        }
        change.accept(grant);
        work.flush();
        audit.record(entry.apply(grant));
        return sheet(grant);
    }

    /** Adds an entry to the case ({@code T}), answered as its read model ({@code V}) and the case as it is now. */
    public <T, V> Added<V> add(long id, Function<CaseGrant, T> change, Function<T, V> view,
            BiFunction<CaseGrant, T, AuditEvent> entry) {
        CaseGrant grant = access.caseForChange(id, CaseAction.WORK);
        T added = change.apply(grant);
        work.flush();
        audit.record(entry.apply(grant, added));
        return new Added<>(view.apply(added), sheet(grant));
    }

    /**
     * Changes one entry of the case (an event, a plan, a perpetrator), found by {@code find} among the
     * case's entries (voided ones included; another case's is refused), against the entry's own version;
     * {@code change} applies the domain method and answers the audit entry to write after the flush.
     */
    public <T extends TrackedEntity, V> Added<V> entry(long id, String type, long entryId, long expectedVersion,
            BiFunction<CaseFile, Long, Optional<T>> find, BiFunction<CaseGrant, T, AuditEvent> change, Function<T, V> view) {
        CaseGrant grant = access.caseForChange(id, CaseAction.WORK);
        T entry = access.entryOf(grant, type, entryId, find.apply(grant.caseFile(), entryId));
        ConcurrentChangeException.check(entry.getVersion(), expectedVersion);
        AuditEvent event = change.apply(grant, entry);
        work.flush();
        audit.record(event);
        return new Added<>(view.apply(entry), sheet(grant));
    }

    /** The case as the caller now sees it (their rights may have changed with the change). */
    CaseSheet sheet(CaseGrant grant) {
        return CaseSheet.of(grant.caseFile(), access.rights(grant.user(), grant.caseFile()), LocalDate.now());
    }
}
