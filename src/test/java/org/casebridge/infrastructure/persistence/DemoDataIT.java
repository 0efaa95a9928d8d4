package org.casebridge.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.casebridge.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Demo mode's seeding inside the container, on the configured database: the demo cases with their
 * fictional victims, consents and referrals are there after the start, and seeding again (what every
 * restart does) adds nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DemoDataIT {

    private static final String DEMO_VICTIMS = "(select v.id from victim v where v.family_name = 'Fictional-Demo')";
    private static final String DEMO_REQUEST = "case_id in (select case_id from case_victim where victim_id in " + DEMO_VICTIMS + ")";

    @Deployment
    static WebArchive deployment() {
        return Deployments.casebridge(DemoDataIT.class);
    }

    @Inject
    StartupData startupData;

    @Test
    void aSecondStartAddsNoDemoRecords() throws SQLException {
        Map<String, Long> before = counts();
        assertEquals(7, before.get("victims"), "seven fictional victims: " + before);
        assertEquals(6, before.get("cases"), "six demo cases: " + before);
        assertEquals(11, before.get("referrals"), "eleven demo referrals: " + before);
        assertEquals(9, before.get("cooperation requests"), "nine demo cooperation requests: " + before);
        assertEquals(4, before.get("cooperation messages"), "four messages on their threads: " + before);
        startupData.seed();
        startupData.seed();
        assertEquals(before, counts(), "seeding again changes nothing");
    }

    @Test
    void theDemoReferralsFollowTheRules() throws SQLException {
        assertEquals(0, count("select count(*) from referral r where r.victim_id in " + DEMO_VICTIMS
                + " and r.status <> 'DRAFT' and r.consent_override_basis is null and not exists (select 1 from victim_consent c"
                + " where c.victim_id = r.victim_id and c.purpose = 'SERVICE_REFERRAL' and c.given_on <= cast(r.sent_at as date)"
                + " and (c.withdrawn_on is null or c.withdrawn_on > cast(r.sent_at as date)))"),
                "every demo referral sent without an override had consent that day");
        assertEquals(1, count("select count(*) from referral where victim_id in " + DEMO_VICTIMS
                + " and consent_override_basis is not null and consent_override_by = 'sup-jm' and status = 'SENT'"));
        assertEquals(1, count("select count(*) from referral where victim_id in " + DEMO_VICTIMS
                + " and consent_withdrawn_on is not null and status = 'ACCEPTED'"), "one whose consent was withdrawn");
        assertEquals(1, count("select count(*) from referral where victim_id in " + DEMO_VICTIMS
                + " and status = 'SENT' and response_due < current_timestamp"), "one overdue");
        assertEquals(0, count("select count(*) from referral where victim_id in " + DEMO_VICTIMS
                + " and (summary_name like '%Fictional%Demo%' or summary_needs like '%Fictional-Demo%')"),
                "the family name is never in a summary");
        assertTrue(count("select count(*) from case_file where identification_place like 'Demo data:%'") >= 6);
    }

    @Test
    void theDemoCooperationRequestsShareVictimDataOnlyOnConsentOrALegalBasis() throws SQLException {
        assertEquals(0, count("select count(*) from cooperation_request r where " + DEMO_REQUEST + " and r.status <> 'DRAFT'"
                + " and r.extract_victim_id is not null and r.sharing_basis is null and not exists (select 1 from victim_consent c"
                + " where c.victim_id = r.extract_victim_id and c.purpose = 'CROSS_BORDER_SHARING' and c.scope = 'COUNTRY'"
                + " and c.scope_value = r.requested_country and c.given_on <= cast(r.sent_at as date) and c.withdrawn_on is null)"),
                "every demo request carrying victim data had the victim's consent for that country, or a legal basis");
        assertEquals(1, count("select count(*) from cooperation_request where " + DEMO_REQUEST
                + " and extract_victim_id is not null and sharing_basis is not null"), "one shares on a legal basis");
        assertEquals(1, count("select count(*) from cooperation_request where " + DEMO_REQUEST
                + " and status = 'SENT' and acknowledge_by < current_timestamp"), "one overdue");
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("victims", count("select count(*) from victim where family_name = 'Fictional-Demo'"));
        m.put("cases", count("select count(distinct case_id) from case_victim where victim_id in " + DEMO_VICTIMS));
        m.put("consents", count("select count(*) from victim_consent where victim_id in " + DEMO_VICTIMS));
        m.put("referrals", count("select count(*) from referral where victim_id in " + DEMO_VICTIMS));
        m.put("cooperation requests", count("select count(*) from cooperation_request where " + DEMO_REQUEST));
        m.put("cooperation messages", count("select count(*) from cooperation_message where request_id in"
                + " (select id from cooperation_request where " + DEMO_REQUEST + ")"));
        m.put("accounts", count("select count(*) from user_account"));
        m.put("agencies", count("select count(*) from agency"));
        return m;
    }

    private static long count(String sql) throws SQLException {
        DataSource ds;
        try {
            ds = InitialContext.doLookup("java:app/jdbc/casebridge");
        } catch (NamingException e) {
            throw new SQLException(e);
        }
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
