package org.casebridge.domain.model.dashboard;

import java.util.List;
import java.util.Optional;

/** Users' saved case searches. */
public interface SavedSearchRepository {

    Optional<SavedSearch> find(long id);

    /** A user's saved searches by name. */
    List<SavedSearch> ofUser(long userId);

    long countOfUser(long userId);

    /** Whether the user already has a saved search of this name (letter case ignored). */
    boolean nameTaken(long userId, String name);

    SavedSearch add(SavedSearch search);

    void remove(SavedSearch search);
}
