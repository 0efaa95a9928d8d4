package org.casebridge.domain.model.victim;

import java.util.Optional;

/** Victims. Which victims a user may see follows from the cases they may see. */
public interface VictimRepository {

    Optional<Victim> find(long id);

    Victim add(Victim victim);

    /** The victim a consent record belongs to. */
    Optional<Victim> findByConsent(long consentId);
}
