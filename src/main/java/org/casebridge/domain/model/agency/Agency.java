package org.casebridge.domain.model.agency;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.Contact;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * An organisation whose staff use CaseBridge: a government agency that owns cases, or a partner
 * (shelter, health service, legal aid NGO, IOM, UNHCR) that receives referrals. An agency belongs to
 * one country, or to none when it is regional or international.
 */
@Entity
@Table(name = "agency")
@NamedQuery(name = Agency.FIND_ALL, query = "select a from Agency a left join a.country c order by c.name, a.name")
@NamedQuery(name = Agency.FIND_BY_CODE, query = "select a from Agency a where a.code = :code")
public class Agency extends TrackedEntity {

    public static final String FIND_ALL = "Agency.findAll";
    public static final String FIND_BY_CODE = "Agency.findByCode";
    public static final int NAME_MAX = 150;

    @Id
    @SequenceGenerator(name = "agency_seq", sequenceName = "agency_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agency_seq")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = AgencyCode.MAX, updatable = false)
    private String code;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 40)
    private AgencyType type;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "country_id")
    private Country country;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "agency_service", joinColumns = @JoinColumn(name = "agency_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service", nullable = false, length = 40)
    private Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);

    @Embedded
    private Contact contact;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected Agency() {
    }

    public Agency(AgencyCode code, AgencyDetails details) {
        this.code = code.value();
        update(details);
    }

    /** Replaces the editable details after checking all of them, so that nothing is half-applied. */
    public void update(AgencyDetails details) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String trimmedName = Text.name(details.name(), NAME_MAX, "name", "error.label.name", errors);
        errors.check(trimmedName != null, "name", "error.text.required", Message.of("error.label.name"), NAME_MAX);
        errors.check(details.type() != null, "type", "error.agency.type2");
        errors.check(details.country() != null || details.type() == AgencyType.INTERNATIONAL_ORGANISATION
                || details.type() == AgencyType.NGO, "country",
                "error.agency.country3");
        Contact newContact = Contact.of(details.contactPhone(), details.contactEmail(), details.contactAddress(), errors);
        errors.throwIfAny();
        this.name = trimmedName;
        this.type = details.type();
        this.country = details.country();
        this.services = details.services() == null || details.services().isEmpty()
                ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(details.services());
        this.contact = newContact;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public boolean isIn(CountryCode countryCode) {
        return country != null && Objects.equals(country.getCode(), countryCode);
    }

    public Long getId() {
        return id;
    }

    public AgencyCode getCode() {
        return new AgencyCode(code);
    }

    public String getName() {
        return name;
    }

    public AgencyType getType() {
        return type;
    }

    /** The agency's country, or {@code null} for a regional or international agency. */
    public Country getCountry() {
        return country;
    }

    public Set<ServiceType> getServices() {
        return services.isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(services);
    }

    /** How to reach the agency; empty when nothing was given. */
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

    public boolean isActive() {
        return active;
    }
}
