package org.casebridge.domain.model.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.casebridge.domain.model.shared.LanguageAndTimeZone;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * A country taking part in CaseBridge (the 21 Caribbean governments are seeded; admins may edit the
 * list). Cases, agencies and cooperation requests belong to countries; the code never changes.
 */
@Entity
@Table(name = "country")
@NamedQuery(name = Country.FIND_ALL, query = "select c from Country c order by c.name")
@NamedQuery(name = Country.FIND_BY_CODE, query = "select c from Country c where c.code = :code")
public class Country extends TrackedEntity {

    public static final String FIND_ALL = "Country.findAll";
    public static final String FIND_BY_CODE = "Country.findByCode";
    public static final int NAME_MAX = 100;

    @Id
    @SequenceGenerator(name = "country_seq", sequenceName = "country_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "country_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 2, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "participating", nullable = false)
    private boolean participating;

    /** Whether closing a case of this country needs a supervisor's approval. */
    @Column(name = "closure_approval", nullable = false)
    private boolean closureApproval = true;

    /** The usual language of the country's users and its IANA time zone: what a new account starts with. */
    @Embedded
    private LanguageAndTimeZone newAccountDefaults = LanguageAndTimeZone.english();

    protected Country() {
    }

    public Country(CountryCode code, String name, boolean participating) {
        this.code = code.value();
        rename(name);
        this.participating = participating;
    }

    public void rename(String newName) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String trimmed = Text.name(newName, NAME_MAX, "name", "error.label.name", errors);
        errors.check(trimmed != null, "name", "error.text.required", Message.of("error.label.name"), NAME_MAX);
        errors.throwIfAny();
        this.name = trimmed;
    }

    public void setParticipating(boolean participating) {
        this.participating = participating;
    }

    public void setClosureApproval(boolean needed) {
        this.closureApproval = needed;
    }

    /** Sets the language and time zone new accounts of this country start with (existing accounts keep theirs). */
    public void chooseDefaults(String newLanguage, String newTimeZone) {
        this.newAccountDefaults = LanguageAndTimeZone.of(newLanguage, newTimeZone);
    }

    public String getLanguage() {
        return newAccountDefaults.language();
    }

    public String getTimeZone() {
        return newAccountDefaults.timeZone();
    }

    public boolean isClosureApproval() {
        return closureApproval;
    }

    public Long getId() {
        return id;
    }

    public CountryCode getCode() {
        return new CountryCode(code);
    }

    public String getName() {
        return name;
    }

    public boolean isParticipating() {
        return participating;
    }
}
