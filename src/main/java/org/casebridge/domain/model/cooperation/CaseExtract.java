package org.casebridge.domain.model.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.Perpetrator;
import org.casebridge.domain.model.shared.StringSetConverter;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.Victim;

/**
 * The case as the requested country sees it: only the fields the sender chose, copied from the case
 * and the chosen victim when the request is sent and frozen there (a later edit of the case does not
 * reach the other country; sharing more needs a message). Everything not chosen is null here, so
 * nothing else of the case can leak through the request. Code lists are kept as their code names.
 */
@Embeddable
public class CaseExtract {

    public static final int CODES_MAX = 1000;
    public static final int PERPETRATORS_MAX = 4000;
    public static final int PERPETRATORS_SHOWN = 10;

    @Convert(converter = ExtractFields.class)
    @Column(name = "extract_fields", length = 300)
    private Set<ExtractField> fields = EnumSet.noneOf(ExtractField.class);

    @Column(name = "extract_victim_id")
    private Long victimId;

    @Column(name = "extract_case_number", length = 20)
    private String caseNumber;

    @Column(name = "extract_identified_on")
    private LocalDate identifiedOn;

    @Column(name = "extract_identification_place", length = 200)
    private String identificationPlace;

    @Column(name = "extract_exploitation", length = CODES_MAX)
    private String exploitation;

    @Column(name = "extract_control_recruitment", length = CODES_MAX)
    private String controlAndRecruitment;

    @Column(name = "extract_perpetrators", length = PERPETRATORS_MAX)
    private String perpetrators;

    @Column(name = "extract_given_name", length = 100)
    private String givenName;

    @Column(name = "extract_family_name", length = 100)
    private String familyName;

    @Column(name = "extract_alias", length = 60)
    private String alias;

    @Enumerated(EnumType.STRING)
    @Column(name = "extract_gender", length = 30)
    private Gender gender;

    @Column(name = "extract_birth_date")
    private LocalDate birthDate;

    @Column(name = "extract_estimated_age")
    private Integer estimatedAge;

    @Convert(converter = StringSetConverter.class)
    @Column(name = "extract_citizenships", length = 60)
    private Set<String> citizenships = new LinkedHashSet<>();

    @Convert(converter = StringSetConverter.class)
    @Column(name = "extract_languages", length = 60)
    private Set<String> languages = new LinkedHashSet<>();

    protected CaseExtract() {
    }

    /**
     * The chosen fields of {@code c} and of {@code victim} (one of the case's victims, or null when no
     * victim field is chosen) as they are now, on {@code on} for the estimated age.
     */
    public static CaseExtract take(CaseFile c, Victim victim, ExtractChoice choice, LocalDate on) {
        Set<ExtractField> f = choice.fields();
        if (choice.carriesVictimData() && (victim == null || !choice.victimId().equals(victim.getId())
                || c.getVictims().stream().noneMatch(v -> v.getId() != null && v.getId().equals(victim.getId())))) {
            throw new IllegalArgumentException("the extract's victim is not a victim of the case");
        }
        CaseExtract e = new CaseExtract();
        e.fields = f;
        e.victimId = choice.victimId();
        if (f.contains(ExtractField.CASE_NUMBER)) {
            e.caseNumber = c.getNumber().value();
        }
        if (f.contains(ExtractField.IDENTIFICATION)) {
            e.identifiedOn = c.getIdentificationDate();
            e.identificationPlace = c.getIdentificationPlace();
        }
        if (f.contains(ExtractField.EXPLOITATION)) {
            Set<Enum<?>> codes = new LinkedHashSet<>(c.getExploitationTypes());
            codes.addAll(c.getSexExploitationTypes());
            if (c.getForcedLabourIndustry() != null) {
                codes.add(c.getForcedLabourIndustry());
            }
            e.exploitation = codes(codes);
        }
        if (f.contains(ExtractField.CONTROL_AND_RECRUITMENT)) {
            Set<Enum<?>> codes = new LinkedHashSet<>(c.getMethodsOfControl());
            codes.addAll(c.getMethodsOfRecruitment());
            e.controlAndRecruitment = codes(codes);
        }
        if (f.contains(ExtractField.PERPETRATORS)) {
            e.perpetrators = perpetrators(c.getPerpetrators());
        }
        if (victim != null && choice.carriesVictimData()) {
            if (f.contains(ExtractField.VICTIM_NAMES)) {
                e.givenName = victim.getGivenName();
                e.familyName = victim.getFamilyName();
                e.alias = victim.getAlias();
            }
            e.gender = f.contains(ExtractField.VICTIM_GENDER) ? victim.getGender() : null;
            if (f.contains(ExtractField.VICTIM_BIRTH)) {
                e.birthDate = victim.getBirthDate();
                e.estimatedAge = victim.getBirthDate() == null ? victim.ageOn(on) : null;
            }
            e.citizenships = f.contains(ExtractField.VICTIM_CITIZENSHIPS) ? new LinkedHashSet<>(victim.getCitizenships())
                    : new LinkedHashSet<>();
            e.languages = f.contains(ExtractField.VICTIM_LANGUAGES) ? new LinkedHashSet<>(victim.getLanguages())
                    : new LinkedHashSet<>();
        }
        return e;
    }

    /** The choice this extract was taken with (to take it again when a draft is sent). */
    public ExtractChoice choice() {
        return new ExtractChoice(fields, victimId);
    }

    /** Code names, comma-separated; every code of the lists together fits {@link #CODES_MAX} (a unit test checks it). */
    private static String codes(Collection<? extends Enum<?>> values) {
        String s = values.stream().map(Enum::name).collect(Collectors.joining(","));
        return s.isEmpty() ? null : s;
    }

    /**
     * One line per perpetrator: name, roles, organisation. As many as fit {@link #PERPETRATORS_MAX}
     * and at most {@link #PERPETRATORS_SHOWN}; then a line says how many more the case has, so the
     * other country knows the list is not complete.
     */
    static String perpetrators(Collection<Perpetrator> all) {
        StringBuilder s = new StringBuilder();
        int shown = 0;
        for (Perpetrator p : all) {
            String line = line(p);
            if (shown == PERPETRATORS_SHOWN || s.length() + line.length() + 1 > PERPETRATORS_MAX - 40) {
                s.append("(and ").append(all.size() - shown).append(" more in the case)");
                break;
            }
            s.append(line).append('\n');
            shown++;
        }
        return s.isEmpty() ? null : s.toString().strip();
    }

    private static String line(Perpetrator p) {
        StringBuilder s = new StringBuilder(p.getName() == null ? "(name unknown)" : p.getName());
        if (!p.getRoles().isEmpty()) {
            s.append(" — ").append(p.getRoles().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
        if (p.getOrganisation() != null) {
            s.append(" — ").append(p.getOrganisation());
        }
        return s.toString();
    }

    public Set<ExtractField> getFields() {
        return EnumSet.copyOf(fields.isEmpty() ? EnumSet.noneOf(ExtractField.class) : fields);
    }

    public Long getVictimId() {
        return victimId;
    }

    public boolean carriesVictimData() {
        return victimId != null;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public String getIdentificationPlace() {
        return identificationPlace;
    }

    public String getExploitation() {
        return exploitation;
    }

    public String getControlAndRecruitment() {
        return controlAndRecruitment;
    }

    public String getPerpetrators() {
        return perpetrators;
    }

    public String getGivenName() {
        return givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public String getAlias() {
        return alias;
    }

    public Gender getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Integer getEstimatedAge() {
        return estimatedAge;
    }

    public Set<String> getCitizenships() {
        return new LinkedHashSet<>(citizenships);
    }

    public Set<String> getLanguages() {
        return new LinkedHashSet<>(languages);
    }
}
