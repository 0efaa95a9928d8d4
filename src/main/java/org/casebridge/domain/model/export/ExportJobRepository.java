package org.casebridge.domain.model.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Export jobs. */
public interface ExportJobRepository {

    Optional<ExportJob> find(long id);

    /** A user's jobs, newest first, at most {@code max}. */
    List<ExportJob> ofOwner(long ownerId, int max);

    ExportJob add(ExportJob job);

    /** Jobs of {@code node} QUEUED or RUNNING: at its start-up these were cut short by its previous process. */
    List<ExportJob> unfinished(String node);

    /** DONE jobs whose file is due for removal at {@code now}, at most {@code max}. */
    List<ExportJob> expiring(Instant now, int max);
}
