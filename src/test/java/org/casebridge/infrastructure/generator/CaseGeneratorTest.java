package org.casebridge.infrastructure.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's referrals on a migrated in-memory H2 database: about 1.2 per case with a plausible
 * status mix, addressed to partner agencies that offer the services, every sent one covered by a consent
 * of its victim on the day it was sent, and a frozen summary holding only generated values.
 */
class CaseGeneratorTest {

    private static final int CASES = 3000;
    private static Connection db;
    private static CaseGenerator.Result result;

    @BeforeAll
    static void generate() throws SQLException {
        db = GeneratedH2.migrated("generator-test");
        result = new CaseGenerator(db, new CaseGenerator.Options(CASES, 7L, 500, true, LocalDate.now(ZoneOffset.UTC)),
                null).run();
    }

    @AfterAll
    static void close() throws SQLException {
        GeneratedH2.shutdown(db);
    }

    @Test
    void aboutOnePointTwoReferralsPerCaseAreWrittenAndCounted() throws SQLException {
        long rows = count("select count(*) from referral");
        assertEquals(result.referrals(), rows, "the result counts what was written");
        double perCase = rows / (double) CASES;
        assertTrue(perCase > 1.05 && perCase < 1.35, "referrals per case: " + perCase);
        assertEquals(rows, result.referralsByStatus().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(rows, count("select count(*) from referral where created_by = 'generator'"));
        assertEquals(result.overdueReferrals(),
                count("select count(*) from referral where status = 'SENT' and response_due < current_timestamp"));
    }

    @Test
    void statusMixIsPlausible() throws SQLException {
        Map<String, Long> byStatus = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select status, count(*) from referral group by status")) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getLong(2));
            }
        }
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        for (ReferralStatus status : ReferralStatus.values()) {
            assertTrue(byStatus.getOrDefault(status.name(), 0L) > 0, "some referrals are " + status + ": " + byStatus);
        }
        double settled = (byStatus.get("COMPLETED") + byStatus.get("DECLINED")) / (double) all;
        assertTrue(settled > 0.6, "most referrals are completed or declined: " + byStatus);
        assertTrue(byStatus.get("REVOKED") < 0.1 * all, "a few are revoked: " + byStatus);
        assertTrue(byStatus.get("DRAFT") < 0.05 * all, "a few drafts: " + byStatus);
        long overdue = count("select count(*) from referral where status = 'SENT' and response_due < current_timestamp");
        assertTrue(overdue > 0.01 * all && overdue < 0.1 * all, "some are overdue: " + overdue + " of " + all);
        // referrals of cases opened more than two years ago are settled, hardly any still open
        long oldOpen = count("select count(*) from referral r join case_file c on c.id = r.case_id where c.created_at"
                + " < dateadd('year', -2, current_timestamp) and r.status in ('DRAFT', 'ACCEPTED')");
        long old = count("select count(*) from referral r join case_file c on c.id = r.case_id where c.created_at"
                + " < dateadd('year', -2, current_timestamp)");
        assertTrue(oldOpen < 0.08 * old, "old cases' referrals are settled: " + oldOpen + " open of " + old);
    }

    @Test
    void referralsFollowTheWorkflowsTimesAndFields() throws SQLException {
        assertEquals(0, count("select count(*) from referral where status = 'DRAFT' and (sent_at is not null"
                + " or response_due is not null or answered_at is not null)"), "drafts were never sent");
        assertEquals(0, count("select count(*) from referral where status <> 'DRAFT' and (sent_at is null or sent_by is null"
                + " or response_due <> dateadd('hour', case urgency when 'URGENT' then 24 else 72 end, sent_at))"),
                "sent referrals are due 24 or 72 hours after sending");
        assertEquals(0, count("select count(*) from referral where status in ('ACCEPTED', 'DECLINED', 'COMPLETED')"
                + " and (answered_at is null or answered_at < sent_at)"));
        assertEquals(0, count("select count(*) from referral where status = 'SENT' and response_due"
                + " < dateadd('minute', -2, current_timestamp) and overdue_notified_at is null"),
                "a passed response-due time is marked as noticed, as ReferralOverdueWatch marks it");
        assertEquals(0, count("select count(*) from referral where overdue_notified_at <= response_due"
                + " or overdue_notified_at >= coalesce(answered_at, revoked_at, current_timestamp)"),
                "noticed after the deadline, while the referral still waited");
        assertTrue(count("select count(*) from referral where overdue_notified_at is not null and status <> 'SENT'") > 0,
                "also those answered late");
        assertEquals(0, count("select count(*) from referral where status = 'DECLINED' and decline_reason is null"));
        assertEquals(0, count("select count(*) from referral where status = 'COMPLETED' and (outcome is null"
                + " or services_delivered is null or completed_on is null or completed_on < cast(sent_at as date)"
                + " or completed_on > current_date)"));
        assertEquals(0, count("select count(*) from referral where status = 'REVOKED' and (revoke_reason is null"
                + " or revoked_at < sent_at)"));
        assertEquals(0, count("select count(*) from referral where status not in ('SENT', 'ACCEPTED', 'COMPLETED', 'REVOKED')"
                + " and consent_withdrawn_on is not null"), "only referrals open at the time are marked");
        assertEquals(0, count("select count(*) from referral r join case_file c on c.id = r.case_id join agency a"
                + " on a.id = r.sending_agency_id join country k on k.id = c.country_id where a.id <> c.owning_agency_id"
                + " or r.sending_country <> k.code or r.sending_agency_code <> a.code"), "sent by the case's owning agency");
        assertEquals(0, count("select count(*) from referral r where not exists (select 1 from case_victim cv"
                + " where cv.case_id = r.case_id and cv.victim_id = r.victim_id)"), "the victim is one of the case's");
    }

    @Test
    void referralsGoToPartnersOfferingTheServicesMostlyInTheCasesCountry() throws SQLException {
        assertEquals(0, count("select count(*) from referral r join agency a on a.id = r.recipient_agency_id"
                + " where a.type in ('LAW_ENFORCEMENT', 'CENTRAL_GOVERNMENT_ORGANISATION', 'LOCAL_GOVERNMENT_ORGANISATION',"
                + " 'IMMIGRATION_SERVICE') or a.code <> r.recipient_agency_code"), "only partner agencies receive referrals");
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select r.id, r.services, (select listagg(x.service, ',') from agency_service x"
                        + " where x.agency_id = r.recipient_agency_id) from referral r")) {
            while (rs.next()) {
                Set<String> offered = Set.of(rs.getString(3).split(","));
                for (String wanted : rs.getString(2).split(",")) {
                    assertTrue(offered.contains(wanted), "referral " + rs.getLong(1) + " asks for " + wanted + ", offered " + offered);
                }
            }
        }
        long all = count("select count(*) from referral");
        long abroad = count("select count(*) from referral where recipient_country <> sending_country");
        assertTrue(abroad > 0 && abroad < 0.08 * all, "a few go abroad: " + abroad + " of " + all);
        assertEquals(result.crossBorderReferrals(), abroad);
    }

    @Test
    void everySentReferralHasAConsentCoveringItsPartnerOnTheDayItWasSent() throws SQLException {
        String covers = "c.victim_id = r.victim_id and c.purpose = 'SERVICE_REFERRAL' and c.given_on <= %1$s"
                + " and (c.expires_on is null or c.expires_on >= %1$s) and (c.withdrawn_on is null or c.withdrawn_on > %1$s)"
                + " and (c.scope = 'ANY' or (c.scope = 'AGENCY' and c.scope_value = r.recipient_agency_code)"
                + " or (c.scope = 'COUNTRY' and c.scope_value = r.recipient_country))";
        assertEquals(0, count("select count(*) from referral r where r.status <> 'DRAFT' and not exists (select 1 from"
                + " victim_consent c where " + String.format(covers, "cast(r.sent_at as date)") + ")"));
        long withdrawn = count("select count(*) from referral where consent_withdrawn_on is not null");
        assertTrue(withdrawn > 0, "some referrals are marked as consent withdrawn");
        assertEquals(result.consentWithdrawnReferrals(), withdrawn);
        assertEquals(0, count("select count(*) from referral r where r.consent_withdrawn_on is not null and (exists (select 1"
                + " from victim_consent c where " + String.format(covers, "r.consent_withdrawn_on") + ") or not exists"
                + " (select 1 from victim_consent w where w.victim_id = r.victim_id and w.withdrawn_on = r.consent_withdrawn_on))"),
                "a marked referral lost its consent that day and no other covers it");
        assertEquals(0, count("select count(*) from referral r join victim_consent w on w.victim_id = r.victim_id"
                + " where r.status in ('SENT', 'ACCEPTED') and r.consent_withdrawn_on is null"
                + " and w.withdrawn_on >= cast(r.sent_at as date) and not exists (select 1 from victim_consent c where "
                + String.format(covers, "w.withdrawn_on") + ")"),
                "an open referral left without consent by a withdrawal after it was sent is marked");
    }

    @Test
    void theFrozenSummaryHoldsOnlyGeneratedValuesItsFieldsName() throws SQLException {
        Set<String> allowed = Set.of("ALIAS", "GENDER", "AGE", "AGE_BAND", "LANGUAGES", "NEEDS", "SAFETY_NOTES",
                "CONTACT_ARRANGEMENTS");
        int checked = 0;
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select r.summary_fields, r.summary_name, r.summary_gender, r.summary_age,"
                        + " r.summary_age_band, r.summary_languages, r.summary_needs, r.summary_safety_notes, r.summary_contact,"
                        + " v.alias, v.gender, v.languages, r.reason, r.decline_reason, r.outcome, r.revoke_reason"
                        + " from referral r join victim v on v.id = r.victim_id")) {
            while (rs.next()) {
                Set<String> fields = rs.getString(1) == null ? Set.of() : new HashSet<>(Set.of(rs.getString(1).split(",")));
                assertTrue(allowed.containsAll(fields), "allowlisted fields only: " + fields);
                assertTrue(!fields.contains("FIRST_NAME"), "generated victims have no first name to share");
                assertEquals(fields.contains("ALIAS") ? rs.getString(10) : null, rs.getString(2));
                assertTrue(rs.getString(2) == null || rs.getString(2).matches("V-\\d{6}"), "a generated alias: " + rs.getString(2));
                assertEquals(fields.contains("GENDER") ? rs.getString(11) : null, rs.getString(3));
                assertTrue(fields.contains("AGE") || rs.getObject(4) == null);
                assertTrue(fields.contains("AGE_BAND") || rs.getObject(5) == null);
                assertTrue(!(fields.contains("AGE") && fields.contains("AGE_BAND")));
                assertEquals(fields.contains("LANGUAGES") ? rs.getString(12) : null, rs.getString(6));
                assertEquals(fields.contains("NEEDS") ? CaseGenerator.SUMMARY_NEEDS : null, rs.getString(7));
                assertEquals(fields.contains("SAFETY_NOTES") ? CaseGenerator.SUMMARY_SAFETY : null, rs.getString(8));
                assertEquals(fields.contains("CONTACT_ARRANGEMENTS") ? CaseGenerator.SUMMARY_CONTACT : null, rs.getString(9));
                assertEquals(CaseGenerator.REFERRAL_REASON, rs.getString(13));
                for (int text = 14; text <= 16; text++) {
                    assertTrue(rs.getString(text) == null || rs.getString(text).startsWith("Generated"), rs.getString(text));
                }
                checked++;
            }
        }
        assertTrue(checked > CASES, "checked " + checked);
        assertEquals(0, count("select count(*) from victim where given_name is not null or family_name is not null"
                + " or contact_phone is not null or contact_email is not null or contact_address is not null"),
                "generated victims carry no personal data that a summary could take");
    }

    private static long count(String sql) throws SQLException {
        return GeneratedH2.count(db, sql);
    }
}
