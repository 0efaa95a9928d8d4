package org.casebridge.application.referral.view;

import java.io.Serializable;
import java.util.Set;
import org.casebridge.domain.model.referral.VictimSummary;
import org.casebridge.domain.model.victim.Gender;

/** The victim summary frozen on a referral: only what the sender chose (the rest is null). */
public record SummaryView(String name, Gender gender, Integer age, String ageBand, Set<String> languages, String needs,
        String safetyNotes, String contactArrangements) implements Serializable {

    public static SummaryView of(VictimSummary s) {
        return new SummaryView(s.getName(), s.getGender(), s.getAge(), s.getAgeBand(),
                s.getLanguages().isEmpty() ? null : s.getLanguages(), s.getNeeds(), s.getSafetyNotes(),
                s.getContactArrangements());
    }
}
