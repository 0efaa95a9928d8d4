package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.TraffickingStatus;
import org.casebridge.domain.model.victim.Victim;

/**
 * A victim as their case lists them: by alias, never by name or contact, with their consent records
 * (all of them, and those valid today).
 */
public record VictimRow(long id, String alias, Boolean minor, TraffickingStatus traffickingStatus, Gender gender,
        List<ConsentView> consents, List<ConsentView> currentConsents) implements Serializable {

    /** {@code identifiedOn}: the case's identification date, at which "minor" is decided (or when trafficked). */
    public static VictimRow of(Victim v, LocalDate identifiedOn, LocalDate today) {
        List<ConsentView> all = v.getConsents().stream().map(c -> ConsentView.of(c, today)).toList();
        return new VictimRow(v.getId(), v.getAlias(), v.isMinorWhenIdentified(identifiedOn), v.getTraffickingStatus(), v.getGender(), all,
                all.stream().filter(ConsentView::validToday).toList());
    }
}
