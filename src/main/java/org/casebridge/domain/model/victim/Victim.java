package org.casebridge.domain.model.victim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebridge.domain.model.shared.Contact;
import org.casebridge.domain.model.shared.SearchFolding;
import org.casebridge.domain.model.shared.StringSetConverter;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * A person identified as a (possible) victim of trafficking. Names and contact details are the most
 * sensitive data CaseBridge holds: they are shown only to those who may see a case the victim is in,
 * shared elsewhere only by the alias, and never written to logs or the audit trail. A victim can be
 * in more than one case. Minor status is derived from the birth date, or the estimated age.
 */
@Entity
@Table(name = "victim")
public class Victim extends TrackedEntity {

    public static final int ADULT_AGE = 18;
    public static final int GIVEN_NAME_MAX = 100;
    public static final int FAMILY_NAME_MAX = 100;
    public static final int ALIAS_MAX = 60;
    /** The folded alias's column: folding can lengthen text (SearchFolding.fold). */
    public static final int ALIAS_SEARCH_MAX = 4 * ALIAS_MAX;
    public static final int VOID_REASON_MAX = 500;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

    @Id
    @SequenceGenerator(name = "victim_seq", sequenceName = "victim_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "victim_seq")
    private Long id;

    @Column(name = "given_name", length = GIVEN_NAME_MAX)
    private String givenName;

    @Column(name = "family_name", length = FAMILY_NAME_MAX)
    private String familyName;

    @Column(name = "alias", nullable = false, length = ALIAS_MAX)
    private String alias;

    /** The alias folded for the case list's search (SearchFolding); never shown. */
    @Column(name = "alias_search", nullable = false, length = ALIAS_SEARCH_MAX)
    private String aliasSearch;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", length = 30)
    private Gender gender;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "estimated_age")
    private Integer estimatedAge;

    @Column(name = "estimated_age_on")
    private LocalDate estimatedAgeOn;

    @Convert(converter = StringSetConverter.class)
    @Column(name = "citizenships", length = 60)
    private Set<String> citizenships = new LinkedHashSet<>();

    @Convert(converter = StringSetConverter.class)
    @Column(name = "languages", length = 60)
    private Set<String> languages = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "trafficking_status", nullable = false, length = 20)
    private TraffickingStatus traffickingStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_decided_by", length = 40)
    private StatusDecisionOrg statusDecidedBy;

    @Column(name = "age_when_trafficked")
    private Integer ageWhenTrafficked;

    @Enumerated(EnumType.STRING)
    @Column(name = "relationship_to_trafficker", length = 20)
    private RelationshipToTrafficker relationshipToTrafficker;

    @Enumerated(EnumType.STRING)
    @Column(name = "migration_status", length = 30)
    private MigrationStatus migrationStatus;

    @Embedded
    private Contact contact;

    @OneToMany(mappedBy = "victim", cascade = CascadeType.ALL)
    @OrderBy("givenOn DESC")
    private List<Consent> consents = new ArrayList<>();

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "void_reason", length = VOID_REASON_MAX)
    private String voidReason;

    @Column(name = "voided_by", length = 64)
    private String voidedBy;

    @Column(name = "voided_at")
    private Instant voidedAt;

    protected Victim() {
    }

    public Victim(VictimDetails details, LocalDate today) {
        describe(details, today);
    }

    /** Replaces the victim's details after checking all of them; nothing is applied if one is wrong. */
    public final void describe(VictimDetails d, LocalDate today) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String given = Text.name(d.givenName(), GIVEN_NAME_MAX, "givenName", "error.label.givenName", errors);
        String family = Text.name(d.familyName(), FAMILY_NAME_MAX, "familyName", "error.label.familyName", errors);
        String newAlias = Text.name(d.alias(), ALIAS_MAX, "alias", "error.label.alias", errors);
        errors.check(newAlias != null, "alias", "error.victim.alias");
        errors.check(d.birthDate() == null || !d.birthDate().isAfter(today), "birthDate", "error.victim.birthDate");
        errors.check(d.birthDate() == null || d.birthDate().isAfter(today.minusYears(120)), "birthDate", "error.victim.birthDate2");
        errors.check(d.estimatedAge() == null || (d.estimatedAge() >= 0 && d.estimatedAge() <= 120), "estimatedAge",
                "error.victim.estimatedAge");
        errors.check(d.birthDate() == null || d.estimatedAge() == null, "estimatedAge",
                "error.victim.estimatedAge2");
        errors.check(d.ageWhenTrafficked() == null || (d.ageWhenTrafficked() >= 0 && d.ageWhenTrafficked() <= 120),
                "ageWhenTrafficked", "error.victim.ageWhenTrafficked");
        errors.check(d.traffickingStatus() != null, "traffickingStatus", "error.victim.traffickingStatus");
        errors.check(d.traffickingStatus() != TraffickingStatus.ACTUAL || d.statusDecidedBy() != null, "statusDecidedBy",
                "error.victim.statusDecidedBy");
        Set<String> newCitizenships = codes(d.citizenships(), COUNTRY, true, "citizenships",
                "Citizenships are two-letter ISO 3166 codes.", errors);
        Set<String> newLanguages = codes(d.languages(), LANGUAGE, false, "languages",
                "Languages are ISO 639 codes such as en, es, fr, ht.", errors);
        Contact newContact = Contact.of(d.contactPhone(), d.contactEmail(), d.contactAddress(), errors);
        errors.throwIfAny();
        this.givenName = given;
        this.familyName = family;
        this.alias = newAlias;
        this.aliasSearch = SearchFolding.fold(newAlias, ALIAS_SEARCH_MAX);
        this.gender = d.gender();
        this.birthDate = d.birthDate();
        if (d.estimatedAge() == null || !d.estimatedAge().equals(estimatedAge)) {
            this.estimatedAgeOn = d.estimatedAge() == null ? null : today;
        }
        this.estimatedAge = d.estimatedAge();
        this.citizenships = newCitizenships;
        this.languages = newLanguages;
        this.traffickingStatus = d.traffickingStatus();
        this.statusDecidedBy = d.statusDecidedBy();
        this.ageWhenTrafficked = d.ageWhenTrafficked();
        this.relationshipToTrafficker = d.relationshipToTrafficker();
        this.migrationStatus = d.migrationStatus();
        this.contact = newContact;
    }

    /** Age in whole years on {@code date}: from the birth date, or the estimate aged since it was made; null if unknown. */
    public Integer ageOn(LocalDate date) {
        if (birthDate != null) {
            return Period.between(birthDate, date).getYears();
        }
        if (estimatedAge != null && estimatedAgeOn != null) {
            return estimatedAge + Period.between(estimatedAgeOn, date).getYears();
        }
        return null;
    }

    /**
     * Whether the victim counts as a minor in a case identified on {@code identifiedOn}: under 18 then, or
     * under 18 when trafficked where that age is known (a child trafficked at 16 and identified at 19 is a
     * trafficked child); false when both known ages are 18 or over; null when no age is known. Not today's
     * age: a victim identified at 17 does not stop being a minor victim on their birthday.
     */
    public Boolean isMinorWhenIdentified(LocalDate identifiedOn) {
        Integer atIdentification = identifiedOn == null ? null : ageOn(identifiedOn);
        if ((atIdentification != null && atIdentification < ADULT_AGE) || (ageWhenTrafficked != null && ageWhenTrafficked < ADULT_AGE)) {
            return true;
        }
        return atIdentification == null && ageWhenTrafficked == null ? null : false;
    }

    /** True under 18, false at 18 or over, null when no age is known (treat as a possible minor). */
    public Boolean isMinorOn(LocalDate date) {
        Integer age = ageOn(date);
        return age == null ? null : age < ADULT_AGE;
    }

    public Consent recordConsent(ConsentPurpose purpose, ConsentScope scope, String scopeValue, LocalDate givenOn,
            LocalDate expiresOn, String recordedBy, LocalDate today) {
        Consent consent = new Consent(this, purpose, scope, scopeValue, givenOn, expiresOn, recordedBy, today);
        consents.add(consent);
        return consent;
    }

    /** Consents in force on {@code date}. */
    public List<Consent> consentsValidOn(LocalDate date) {
        return consents.stream().filter(c -> c.isValidOn(date)).toList();
    }

    public boolean hasConsent(ConsentPurpose purpose, String agencyCode, String countryCode, LocalDate date) {
        return consents.stream().anyMatch(c -> c.covers(purpose, agencyCode, countryCode, date));
    }

    public void voidRecord(String reason, String by, Instant at) {
        String text = Text.multiLine(reason, VOID_REASON_MAX, "reason", "error.label.reason");
        if (text == null) {
            throw ValidationException.of("reason", "error.victim.reason");
        }
        this.voided = true;
        this.voidReason = text;
        this.voidedBy = by;
        this.voidedAt = at;
    }

    private static Set<String> codes(Set<String> values, Pattern format, boolean upper, String field, String message,
            ValidationException.Collector errors) {
        Set<String> set = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                if (v == null || v.isBlank()) {
                    continue;
                }
                String code = upper ? v.trim().toUpperCase(Locale.ROOT) : v.trim().toLowerCase(Locale.ROOT);
                if (!format.matcher(code).matches()) {
                    errors.add(field, message);
                } else {
                    set.add(code);
                }
            }
        }
        errors.check(set.size() <= 10, field, "At most 10 codes.");
        return set;
    }

    public Long getId() {
        return id;
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

    public LocalDate getEstimatedAgeOn() {
        return estimatedAgeOn;
    }

    public Set<String> getCitizenships() {
        return new LinkedHashSet<>(citizenships);
    }

    public Set<String> getLanguages() {
        return new LinkedHashSet<>(languages);
    }

    public TraffickingStatus getTraffickingStatus() {
        return traffickingStatus;
    }

    public StatusDecisionOrg getStatusDecidedBy() {
        return statusDecidedBy;
    }

    public Integer getAgeWhenTrafficked() {
        return ageWhenTrafficked;
    }

    public RelationshipToTrafficker getRelationshipToTrafficker() {
        return relationshipToTrafficker;
    }

    public MigrationStatus getMigrationStatus() {
        return migrationStatus;
    }

    /** The victim's contact; empty when none was given. */
    public Contact getContact() {
        return contact == null ? Contact.of(null, null, null) : contact;
    }

    public String getContactPhone() {
        return getContact().phone();
    }

    public String getContactEmail() {
        return getContact().email();
    }

    public String getContactAddress() {
        return getContact().address();
    }

    public List<Consent> getConsents() {
        return List.copyOf(consents);
    }

    public boolean isVoided() {
        return voided;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
