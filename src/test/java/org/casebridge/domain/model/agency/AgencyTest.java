package org.casebridge.domain.model.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyTest {

    private final Country jamaica = new Country(new CountryCode("JM"), "Jamaica", true);
    private final Country trinidad = new Country(new CountryCode("TT"), "Trinidad and Tobago", true);

    private AgencyDetails shelterDetails() {
        return new AgencyDetails("Safe Harbour Shelter", AgencyType.NGO, jamaica, EnumSet.of(ServiceType.SHELTER),
                "+18765550100", "intake@safeharbour.example.org", "1 Harbour Street, Kingston");
    }

    private Agency shelter() {
        return new Agency(new AgencyCode("JM-SHELTER"), shelterDetails());
    }

    private static AgencyDetails withContact(AgencyDetails d, String phone, String email) {
        return new AgencyDetails(d.name(), d.type(), d.country(), d.services(), phone, email, d.contactAddress());
    }

    @Test
    void newAgencyKeepsItsTrimmedDetails() {
        Agency agency = new Agency(new AgencyCode("jm-shelter"), new AgencyDetails("  Safe Harbour Shelter ",
                AgencyType.NGO, jamaica, Set.of(ServiceType.SHELTER, ServiceType.MEDICAL), " +18765550100 ", "  ", null));

        assertEquals("JM-SHELTER", agency.getCode().value());
        assertEquals("Safe Harbour Shelter", agency.getName());
        assertEquals("+18765550100", agency.getContactPhone());
        assertNull(agency.getContactEmail(), "a blank email is stored as none");
        assertEquals(EnumSet.of(ServiceType.SHELTER, ServiceType.MEDICAL), agency.getServices());
        assertTrue(agency.isIn(new CountryCode("JM")));
        assertFalse(agency.isIn(new CountryCode("TT")));
        assertTrue(agency.isActive());
    }

    @ParameterizedTest
    @ValueSource(strings = {"876-555-0100", "(876) 5550100", "+0876555010", "+1876555010012345", "phone", "+"})
    void phoneNotInE164FormIsRefused(String phone) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> shelter().update(withContact(shelterDetails(), phone, null)));

        assertEquals(Set.of("contactPhone"), e.fieldErrors().keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"intake", "intake@", "intake@safeharbour", "in take@safeharbour.org", "a@b@c.org"})
    void malformedEmailIsRefused(String email) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> shelter().update(withContact(shelterDetails(), null, email)));

        assertEquals(Set.of("contactEmail"), e.fieldErrors().keySet());
    }

    @Test
    void refusedUpdateChangesNothing() {
        Agency agency = shelter();
        AgencyDetails changed = new AgencyDetails("Renamed Shelter", AgencyType.LEGAL_SERVICE, trinidad,
                EnumSet.of(ServiceType.LEGAL), "876-555-0199", "not-an-email", "2 Other Road");

        ValidationException e = assertThrows(ValidationException.class, () -> agency.update(changed));

        assertEquals(Set.of("contactPhone", "contactEmail"), e.fieldErrors().keySet());
        assertEquals("Safe Harbour Shelter", agency.getName());
        assertEquals(AgencyType.NGO, agency.getType());
        assertEquals(jamaica, agency.getCountry());
        assertEquals(EnumSet.of(ServiceType.SHELTER), agency.getServices());
        assertEquals("+18765550100", agency.getContactPhone());
        assertEquals("intake@safeharbour.example.org", agency.getContactEmail());
        assertEquals("1 Harbour Street, Kingston", agency.getContactAddress());
    }

    @Test
    void validUpdateReplacesAllDetails() {
        Agency agency = shelter();

        agency.update(new AgencyDetails("Legal Aid Clinic", AgencyType.LEGAL_SERVICE, trinidad,
                EnumSet.of(ServiceType.LEGAL), "+18685550100", "help@legalaid.example.org", null));

        assertEquals("Legal Aid Clinic", agency.getName());
        assertEquals(AgencyType.LEGAL_SERVICE, agency.getType());
        assertTrue(agency.isIn(new CountryCode("TT")));
        assertEquals(EnumSet.of(ServiceType.LEGAL), agency.getServices());
        assertNull(agency.getContactAddress());
    }

    @Test
    void nameAndTypeAreRequired() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Agency(new AgencyCode("X"),
                new AgencyDetails("   ", null, jamaica, null, null, null, null)));

        assertTrue(e.fieldErrors().keySet().containsAll(Set.of("name", "type")), e.fieldErrors().toString());
    }

    @Test
    void nationalAgencyNeedsACountry() {
        ValidationException e = assertThrows(ValidationException.class, () -> new Agency(new AgencyCode("POLICE"),
                new AgencyDetails("Police", AgencyType.LAW_ENFORCEMENT, null, null, null, null, null)));

        assertEquals(Set.of("country"), e.fieldErrors().keySet());
    }

    @Test
    void internationalOrganisationsAndNgosMayBeRegional() {
        Agency iom = new Agency(new AgencyCode("IOM"), new AgencyDetails("International Organization for Migration",
                AgencyType.INTERNATIONAL_ORGANISATION, null, null, null, null, null));
        Agency network = new Agency(new AgencyCode("CARIB-NGO"), new AgencyDetails("Caribbean Network",
                AgencyType.NGO, null, null, null, null, null));

        assertNull(iom.getCountry());
        assertNull(network.getCountry());
        assertFalse(iom.isIn(new CountryCode("JM")));
    }

    @Test
    void nameLongerThan150CharactersIsRefused() {
        assertThrows(ValidationException.class, () -> new Agency(new AgencyCode("LONG"),
                new AgencyDetails("N".repeat(151), AgencyType.NGO, jamaica, null, null, null, null)));
        assertEquals(150, new Agency(new AgencyCode("LONG"),
                new AgencyDetails("N".repeat(150), AgencyType.NGO, jamaica, null, null, null, null)).getName().length());
    }
}
