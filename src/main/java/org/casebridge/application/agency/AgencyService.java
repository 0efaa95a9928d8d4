package org.casebridge.application.agency;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyDetails;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Agencies and countries: any logged-in user may read them (referrals and cooperation requests need
 * to name them); only admins change them. Reference data holds no personal data, so reading the
 * lists is not audited; every change is.
 */
@Stateless
@AuditedService
public class AgencyService {

    public static final String AGENCY = "agency";
    public static final String COUNTRY = "country";

    /**
     * Who reads the agency directory (DESIGN.md: analysts see statistics only, never the directory with its
     * contacts). Countries stay readable by every signed-in user: the 21 governments' names and codes are public
     * reference data and the statistics screens are labelled with them.
     */
    static final Role[] DIRECTORY_READERS = {Role.CASEWORKER, Role.FOCAL_POINT, Role.PARTNER, Role.SUPERVISOR, Role.ADMIN};

    @Inject
    Access access;

    @Inject
    Caller callers;

    @Inject
    AuditTrail audit;

    @Inject
    AgencyRepository agencies;

    @Inject
    org.casebridge.domain.model.casefile.CaseRepository cases;

    @Inject
    UnitOfWork work;

    @NotAudited("reference data without personal data")
    public List<Agency> agencies() {
        access.requireAnyRole(AGENCY, DIRECTORY_READERS);
        return agencies.allAgencies();
    }

    @NotAudited("reference data without personal data")
    public Agency agency(long id) {
        Optional<Agency> found = agencies.agency(id);
        if (callers.account().filter(a -> a.hasAnyRole(DIRECTORY_READERS)).isEmpty()) {
            throw access.forbidden(AGENCY, id, found.map(a -> a.getCountry() == null ? null
                    : a.getCountry().getCode().value()).orElse(null), DIRECTORY_READERS);
        }
        return found.orElseThrow(() -> access.missing(AGENCY, id));
    }

    /**
     * The partners a referral can go to: active non-government agencies of {@code countryCode} (all
     * countries when null or blank) that offer every service in {@code offering} (any when empty).
     */
    @NotAudited("reference data without personal data")
    public List<Agency> partners(String countryCode, Set<ServiceType> offering) {
        access.requireAnyRole(AGENCY, DIRECTORY_READERS);
        return agencies.allAgencies().stream()
                .filter(a -> a.isActive() && !a.getType().isGovernment())
                .filter(a -> offering == null || a.getServices().containsAll(offering))
                .filter(a -> countryCode == null || countryCode.isBlank()
                        || (a.getCountry() != null && a.getCountry().getCode().value().equalsIgnoreCase(countryCode.trim())))
                .toList();
    }

    @NotAudited("reference data without personal data")
    public List<Country> countries() {
        access.requireAnyRole(COUNTRY, Role.values());
        return agencies.allCountries();
    }

    public Agency createAgency(String code, AgencyForm form) {
        access.requireAnyRole(AGENCY, Role.ADMIN);
        ValidationException.Collector errors = new ValidationException.Collector();
        AgencyCode agencyCode = null;
        try {
            agencyCode = new AgencyCode(code);
            errors.check(agencies.agencyByCode(agencyCode).isEmpty(), "code", "error.agency.code3");
        } catch (ValidationException e) {
            errors.add("code", e.fieldErrors().get("code"));
        }
        AgencyDetails details = details(form, errors);
        errors.throwIfAny();
        Agency agency = agencies.add(new Agency(agencyCode, details));
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, AGENCY, agency.getId(), countryOf(agency)));
        return agency;
    }

    public Agency updateAgency(long id, long expectedVersion, AgencyForm form) {
        Optional<Agency> found = agencies.agency(id);
        if (!callers.has(Role.ADMIN)) {
            throw access.forbidden(AGENCY, id, found.map(a -> a.getCountry() == null ? null
                    : a.getCountry().getCode().value()).orElse(null), Role.ADMIN);
        }
        Agency agency = found.orElseThrow(() -> access.missing(AGENCY, id));
        if (agency.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        AgencyDetails details = details(form, errors);
        boolean countryChanges = !java.util.Objects.equals(agency.getCountry() == null ? null : agency.getCountry().getId(),
                details.country() == null ? null : details.country().getId());
        errors.check(!countryChanges || cases.countOwnedBy(id) == 0, "country",
                "error.agency.country");
        errors.throwIfAny();
        agency.update(details);
        if (form.active() != null) {
            if (form.active()) {
                agency.activate();
            } else {
                agency.deactivate();
            }
        }
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, AGENCY, id, countryOf(agency)));
        return agency;
    }

    public Country createCountry(String code, String name, boolean participating) {
        access.requireAnyRole(COUNTRY, Role.ADMIN);
        CountryCode countryCode = new CountryCode(code);
        if (agencies.countryByCode(countryCode).isPresent()) {
            throw ValidationException.of("code", "error.agency.code2");
        }
        Country country = agencies.add(new Country(countryCode, name, participating));
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, COUNTRY, country.getId(), countryCode.value()));
        return country;
    }

    /**
     * Renames a country, sets whether it participates and whether its case closures need a supervisor's approval,
     * and the language and time zone its new accounts start with ({@code language} and {@code timeZone} null: unchanged).
     */
    public Country updateCountry(long id, long expectedVersion, String name, boolean participating, boolean closureApproval,
            String language, String timeZone) {
        Optional<Country> found = agencies.country(id);
        if (!callers.has(Role.ADMIN)) {
            throw access.forbidden(COUNTRY, id, found.map(c -> c.getCode().value()).orElse(null), Role.ADMIN);
        }
        Country country = found.orElseThrow(() -> access.missing(COUNTRY, id));
        if (country.getVersion() != expectedVersion) {
            throw new ConcurrentChangeException();
        }
        country.rename(name);
        country.setParticipating(participating);
        country.setClosureApproval(closureApproval);
        if (language != null || timeZone != null) {
            country.chooseDefaults(language == null ? country.getLanguage() : language,
                    timeZone == null ? country.getTimeZone() : timeZone);
        }
        work.flush();
        audit.record(AuditEvent.of(AuditAction.UPDATE, COUNTRY, id, country.getCode().value()));
        return country;
    }

    private AgencyDetails details(AgencyForm form, ValidationException.Collector errors) {
        Country country = null;
        if (form.countryCode() != null && !form.countryCode().isBlank()) {
            try {
                country = agencies.countryByCode(new CountryCode(form.countryCode())).orElse(null);
                errors.check(country != null, "country", "error.agency.country2");
            } catch (ValidationException e) {
                errors.add("country", "error.agency.country2");
            }
        }
        return new AgencyDetails(form.name(), form.type(), country, form.services(), form.contactPhone(),
                form.contactEmail(), form.contactAddress());
    }


    private static String countryOf(Agency agency) {
        return agency.getCountry() == null ? null : agency.getCountry().getCode().value();
    }

    /** What an admin fills in for an agency; {@code countryCode} empty for regional agencies. */
    public record AgencyForm(String name, AgencyType type, String countryCode, Set<ServiceType> services,
            String contactPhone, String contactEmail, String contactAddress, Boolean active) {
    }
}
