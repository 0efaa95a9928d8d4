package org.casebridge.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.audit.CheckpointWitness;
import org.casebridge.domain.model.audit.InstallationSequence;
import org.casebridge.domain.model.audit.WitnessDelivery;
import org.casebridge.domain.model.audit.WitnessLog;
import org.casebridge.domain.model.audit.WitnessedCheckpoint;

/** Witnessed checkpoints and countersignatures in the application database; rows are only ever inserted. */
@ApplicationScoped
public class JpaWitnessLog implements WitnessLog {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public Optional<WitnessedCheckpoint> witnessed(String source, long sequence) {
        return Optional.ofNullable(em.find(WitnessedCheckpoint.class, new InstallationSequence(source, sequence)));
    }

    @Override
    public Optional<WitnessedCheckpoint> latestWitnessed(String source) {
        return em.createQuery("select w from WitnessedCheckpoint w where w.installation = :source order by w.sequence desc",
                WitnessedCheckpoint.class).setParameter("source", source).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public void add(WitnessedCheckpoint checkpoint) {
        em.persist(checkpoint);
    }

    @Override
    public List<WitnessedCheckpoint> witnessedAfter(String source, long after, int max) {
        return em.createQuery("select w from WitnessedCheckpoint w where w.installation = :source and w.sequence > :after"
                + " order by w.sequence", WitnessedCheckpoint.class).setParameter("source", source)
                .setParameter("after", after).setMaxResults(max).getResultList();
    }

    @Override
    public List<WitnessedCheckpoint> undelivered(String source, int max) {
        return em.createQuery("select w from WitnessedCheckpoint w where w.installation = :source and not exists"
                + " (select d from WitnessDelivery d where d.installation = w.installation and d.sequence = w.sequence)"
                + " order by w.sequence", WitnessedCheckpoint.class).setParameter("source", source)
                .setMaxResults(max).getResultList();
    }

    @Override
    public void add(WitnessDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public Optional<CheckpointWitness> countersignature(long sequence, String witness) {
        return Optional.ofNullable(em.find(CheckpointWitness.class, new InstallationSequence(witness, sequence)));
    }

    @Override
    public void add(CheckpointWitness witness) {
        em.persist(witness);
    }

    @Override
    public List<CheckpointWitness> witnessesOf(Collection<Long> sequences) {
        if (sequences.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select w from CheckpointWitness w where w.sequence in :sequences order by w.sequence,"
                + " w.installation", CheckpointWitness.class).setParameter("sequences", sequences).getResultList();
    }
}
