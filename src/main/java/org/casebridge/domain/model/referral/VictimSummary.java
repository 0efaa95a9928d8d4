package org.casebridge.domain.model.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.casebridge.domain.model.shared.StringSetConverter;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.Victim;

/**
 * The victim as the partner sees them: only the fields the sender chose, copied from the victim's
 * record when the referral is sent and frozen there (a later edit of the victim does not reach the
 * partner). Everything not chosen is null here, so nothing else can leak through the referral.
 */
@Embeddable
public class VictimSummary {

    @Convert(converter = SummaryFields.Fields.class)
    @Column(name = "summary_fields", length = 200)
    private Set<SummaryField> fields = EnumSet.noneOf(SummaryField.class);

    @Column(name = "summary_name", length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "summary_gender", length = 30)
    private Gender gender;

    @Column(name = "summary_age")
    private Integer age;

    @Column(name = "summary_age_band", length = 10)
    private String ageBand;

    @Convert(converter = StringSetConverter.class)
    @Column(name = "summary_languages", length = 60)
    private Set<String> languages = new LinkedHashSet<>();

    @Column(name = "summary_needs", length = SummaryChoice.TEXT_MAX)
    private String needs;

    @Column(name = "summary_safety_notes", length = SummaryChoice.TEXT_MAX)
    private String safetyNotes;

    @Column(name = "summary_contact", length = SummaryChoice.CONTACT_MAX)
    private String contactArrangements;

    protected VictimSummary() {
    }

    /** The chosen fields of {@code victim} as they are on {@code on}. */
    public static VictimSummary take(Victim victim, SummaryChoice choice, LocalDate on) {
        VictimSummary s = new VictimSummary();
        Set<SummaryField> f = choice.fields();
        s.fields = f;
        if (f.contains(SummaryField.ALIAS)) {
            s.name = victim.getAlias();
        } else if (f.contains(SummaryField.FIRST_NAME)) {
            s.name = victim.getGivenName();
        }
        s.gender = f.contains(SummaryField.GENDER) ? victim.getGender() : null;
        Integer years = victim.ageOn(on);
        s.age = f.contains(SummaryField.AGE) ? years : null;
        s.ageBand = f.contains(SummaryField.AGE_BAND) ? band(years) : null;
        s.languages = f.contains(SummaryField.LANGUAGES) ? victim.getLanguages() : new LinkedHashSet<>();
        s.needs = choice.needs();
        s.safetyNotes = choice.safetyNotes();
        s.contactArrangements = choice.contactArrangements();
        return s;
    }

    /** The age band of an age in years; null when the age is not known. */
    public static String band(Integer years) {
        if (years == null) {
            return null;
        }
        if (years < 12) {
            return "0-11";
        }
        if (years < 18) {
            return "12-17";
        }
        if (years < 25) {
            return "18-24";
        }
        if (years < 35) {
            return "25-34";
        }
        return years < 50 ? "35-49" : "50+";
    }

    /** What the sender chose, to take the summary again (when a draft is sent). */
    public SummaryChoice choice() {
        Set<SummaryField> fromVictim = getFields();
        fromVictim.removeIf(f -> !f.fromVictim());
        return new SummaryChoice(fromVictim, needs, safetyNotes, contactArrangements);
    }

    public Set<SummaryField> getFields() {
        return fields == null || fields.isEmpty() ? EnumSet.noneOf(SummaryField.class) : EnumSet.copyOf(fields);
    }

    public String getName() {
        return name;
    }

    public Gender getGender() {
        return gender;
    }

    public Integer getAge() {
        return age;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public Set<String> getLanguages() {
        return languages == null ? new LinkedHashSet<>() : new LinkedHashSet<>(languages);
    }

    public String getNeeds() {
        return needs;
    }

    public String getSafetyNotes() {
        return safetyNotes;
    }

    public String getContactArrangements() {
        return contactArrangements;
    }
}
