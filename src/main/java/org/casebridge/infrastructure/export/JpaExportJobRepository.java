package org.casebridge.infrastructure.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.export.ExportJob;
import org.casebridge.domain.model.export.ExportJobRepository;
import org.casebridge.domain.model.export.ExportStatus;

@ApplicationScoped
public class JpaExportJobRepository implements ExportJobRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public Optional<ExportJob> find(long id) {
        return Optional.ofNullable(em.find(ExportJob.class, id));
    }

    @Override
    public List<ExportJob> ofOwner(long ownerId, int max) {
        return em.createNamedQuery(ExportJob.OF_OWNER, ExportJob.class).setParameter("owner", ownerId)
                .setMaxResults(max).getResultList();
    }

    @Override
    public ExportJob add(ExportJob job) {
        em.persist(job);
        return job;
    }

    @Override
    public List<ExportJob> unfinished(String node) {
        return em.createNamedQuery(ExportJob.UNFINISHED, ExportJob.class)
                .setParameter("node", node)
                .setParameter("statuses", EnumSet.of(ExportStatus.QUEUED, ExportStatus.RUNNING)).getResultList();
    }

    @Override
    public List<ExportJob> expiring(Instant now, int max) {
        return em.createNamedQuery(ExportJob.EXPIRING, ExportJob.class).setParameter("status", ExportStatus.DONE)
                .setParameter("now", now).setMaxResults(max).getResultList();
    }
}
