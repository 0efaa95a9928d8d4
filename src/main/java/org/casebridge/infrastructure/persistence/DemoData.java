package org.casebridge.infrastructure.persistence;

import static org.casebridge.domain.model.account.Role.ADMIN;
import static org.casebridge.domain.model.account.Role.ANALYST;
import static org.casebridge.domain.model.account.Role.CASEWORKER;
import static org.casebridge.domain.model.account.Role.FOCAL_POINT;
import static org.casebridge.domain.model.account.Role.PARTNER;
import static org.casebridge.domain.model.account.Role.SUPERVISOR;
import static org.casebridge.domain.model.agency.ServiceType.EDUCATION_LIVELIHOOD;
import static org.casebridge.domain.model.agency.ServiceType.INTERPRETATION;
import static org.casebridge.domain.model.agency.ServiceType.LEGAL;
import static org.casebridge.domain.model.agency.ServiceType.MEDICAL;
import static org.casebridge.domain.model.agency.ServiceType.PSYCHOSOCIAL;
import static org.casebridge.domain.model.agency.ServiceType.REPATRIATION;
import static org.casebridge.domain.model.agency.ServiceType.SHELTER;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.PasswordHasher;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyDetails;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.agency.ServiceType;

/**
 * Demo agencies and one account per role for Jamaica, The Bahamas and Trinidad and Tobago, so that
 * every access rule can be tried, then a few demo cases with fictional victims and referrals
 * ({@link DemoCases}) and cross-border cooperation requests ({@link DemoCooperation}). Created only
 * in demo mode, and only what is missing.
 * The demo password is published in the README: never run demo mode with real data.
 */
@Dependent
public class DemoData {

    public static final String DEMO_PASSWORD = "Demo-Password-2026";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    AgencyRepository agencies;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoCases demoCases;

    @Inject
    DemoCooperation demoCooperation;

    private String demoHash;
    private int demoContacts;

    void createIfMissing() {
        agency("JM-JCF-TIP", "Jamaica Constabulary Force, Trafficking in Persons Unit", AgencyType.LAW_ENFORCEMENT, "JM");
        agency("JM-NATFATIP", "National Task Force Against Trafficking in Persons", AgencyType.CENTRAL_GOVERNMENT_ORGANISATION, "JM");
        agency("JM-PICA", "Passport, Immigration and Citizenship Agency", AgencyType.IMMIGRATION_SERVICE, "JM");
        agency("JM-SAFEHOUSE", "Kingston Safe House", AgencyType.NGO, "JM", SHELTER, PSYCHOSOCIAL);
        agency("JM-HEALTH", "South East Regional Health Authority", AgencyType.HEALTH_SERVICE_ORGANISATION, "JM", MEDICAL, PSYCHOSOCIAL);
        agency("JM-LEGALAID", "Legal Aid Clinic Kingston", AgencyType.LEGAL_SERVICE, "JM", LEGAL, INTERPRETATION);
        agency("JM-IOM", "IOM Jamaica", AgencyType.INTERNATIONAL_ORGANISATION, "JM", REPATRIATION, EDUCATION_LIVELIHOOD);

        agency("BS-RBPF-TIP", "Royal Bahamas Police Force, Trafficking in Persons Unit", AgencyType.LAW_ENFORCEMENT, "BS");
        agency("BS-DOI", "Department of Immigration", AgencyType.IMMIGRATION_SERVICE, "BS");
        agency("BS-CRISIS", "Bahamas Crisis Centre", AgencyType.NGO, "BS", SHELTER, PSYCHOSOCIAL);
        agency("BS-LEGALAID", "Bahamas Legal Aid Network", AgencyType.LEGAL_SERVICE, "BS", LEGAL);

        agency("TT-CTU", "Counter Trafficking Unit, Ministry of National Security", AgencyType.CENTRAL_GOVERNMENT_ORGANISATION, "TT");
        agency("TT-TTPS", "Trinidad and Tobago Police Service", AgencyType.LAW_ENFORCEMENT, "TT");
        agency("TT-SHELTER", "Port of Spain Women's Shelter", AgencyType.NGO, "TT", SHELTER);
        agency("TT-UNHCR", "UNHCR Trinidad and Tobago", AgencyType.INTERNATIONAL_ORGANISATION, "TT", LEGAL, INTERPRETATION, SHELTER);
        agency("TT-HEALTH", "North West Regional Health Authority", AgencyType.HEALTH_SERVICE_ORGANISATION, "TT", MEDICAL);

        agency("IOM-CARIB", "IOM Regional Office for the Caribbean", AgencyType.INTERNATIONAL_ORGANISATION, null);
        agency(StartupData.OPERATIONS_AGENCY, "CaseBridge operations", AgencyType.INTERNATIONAL_ORGANISATION, null);

        // The Bahamas closes cases without a supervisor's approval, so that both closure flows can be tried.
        agencies.countryByCode(new CountryCode("BS")).ifPresent(bs -> bs.setClosureApproval(false));

        staff("jm", "JM-JCF-TIP", "JM-PICA", "JM-NATFATIP", "JM-SAFEHOUSE", "JM-HEALTH");
        staff("bs", "BS-RBPF-TIP", "BS-DOI", "BS-DOI", "BS-CRISIS", "BS-LEGALAID");
        staff("tt", "TT-CTU", "TT-TTPS", "TT-CTU", "TT-SHELTER", "TT-UNHCR");
        user("analyst", "Regional analyst", "IOM-CARIB", EnumSet.of(ANALYST));
        user("admin", "System administrator", StartupData.OPERATIONS_AGENCY, EnumSet.of(ADMIN));
        demoCases.createIfMissing();
        demoCooperation.createIfMissing(demoCases);
    }

    private void staff(String cc, String govA, String govB, String supervisorAgency, String partnerA, String partnerB) {
        String country = cc.toUpperCase();
        user("cw1-" + cc, "Caseworker one (" + country + ")", govA, EnumSet.of(CASEWORKER));
        user("cw2-" + cc, "Caseworker two (" + country + ")", govB, EnumSet.of(CASEWORKER));
        user("fp-" + cc, "Focal point (" + country + ")", govB, EnumSet.of(FOCAL_POINT, CASEWORKER));
        user("sup-" + cc, "Supervisor (" + country + ")", supervisorAgency, EnumSet.of(SUPERVISOR));
        user("partner1-" + cc, "Partner one (" + country + ")", partnerA, EnumSet.of(PARTNER));
        user("partner2-" + cc, "Partner two (" + country + ")", partnerB, EnumSet.of(PARTNER));
    }

    private void agency(String code, String name, AgencyType type, String country, ServiceType... services) {
        AgencyCode agencyCode = new AgencyCode(code);
        Country in = country == null ? null : agencies.countryByCode(new CountryCode(country)).orElseThrow();
        Set<ServiceType> offered = services.length == 0 ? Set.of() : EnumSet.of(services[0], services);
        Optional<Agency> existing = agencies.agencyByCode(agencyCode);
        if (existing.isPresent()) {
            // A demo database made before demo agencies had contact details gains them once.
            Agency a = existing.get();
            if (a.getContactPhone() == null && a.getContactEmail() == null && a.getContactAddress() == null) {
                a.update(new AgencyDetails(a.getName(), a.getType(), a.getCountry(), a.getServices(),
                        demoPhone(country), demoEmail(code), demoAddress(country)));
            }
            return;
        }
        agencies.add(new Agency(agencyCode, new AgencyDetails(name, type, in, offered,
                demoPhone(country), demoEmail(code), demoAddress(country))));
    }

    /** A fictional E.164 number in the 555 range of the country's area code (regional agencies: Jamaica's). */
    private String demoPhone(String country) {
        String area = country == null ? "876" : switch (country) {
            case "BS" -> "242";
            case "TT" -> "868";
            default -> "876";
        };
        return "+1" + area + "555" + String.format("%04d", ++demoContacts);
    }

    private static String demoEmail(String code) {
        return "contact@" + code.toLowerCase(Locale.ROOT) + ".example.org";
    }

    private static String demoAddress(String country) {
        String town = country == null ? "Kingston" : switch (country) {
            case "BS" -> "Nassau";
            case "TT" -> "Port of Spain";
            default -> "Kingston";
        };
        return "Demo address, " + town + " (fictional)";
    }

    private void user(String username, String displayName, String agencyCode, Set<Role> roles) {
        Username name = new Username(username);
        if (accounts.findByUsername(name).isPresent()) {
            return;
        }
        if (demoHash == null) {
            LOG.warning("Demo mode: creating demo accounts with the published demo password.");
        }
        Agency agency = agencies.agencyByCode(new AgencyCode(agencyCode)).orElseThrow();
        // One hash for all demo accounts keeps start-up quick; each real account gets its own salt.
        demoHash = demoHash != null ? demoHash : hasher.hash(DEMO_PASSWORD);
        accounts.add(new UserAccount(name, displayName, agency, roles, demoHash, Instant.now()));
    }
}
