package org.casebridge.infrastructure.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.cooperation.ExtractField;
import org.casebridge.domain.model.cooperation.RequestReference;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's cooperation requests on a migrated in-memory H2 database, generated in two runs: a
 * plausible spread over country pairs and states, references unique and below the counter (so the
 * application's next reference is free), deadlines as the application's defaults, the frozen extract
 * holding exactly the chosen fields, victim data only with consent or a legal basis, and a few messages.
 */
class SyntheticRequestsTest {

    private static final int CASES = 3000;
    private static Connection db;
    private static CaseGenerator.Result first;
    private static CaseGenerator.Result second;

    @BeforeAll
    static void generate() throws SQLException {
        db = GeneratedH2.migrated("generator-requests-test");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        first = new CaseGenerator(db, new CaseGenerator.Options(CASES, 11L, 500, true, today), null).run();
        // a second run on top, as a benchmark database is filled: references continue, focal points are reused
        second = new CaseGenerator(db, new CaseGenerator.Options(CASES / 3, 12L, 500, true, today), null).run();
    }

    @AfterAll
    static void close() throws SQLException {
        GeneratedH2.shutdown(db);
    }

    @Test
    void aboutOneRequestInFourCasesIsWrittenAndCounted() throws SQLException {
        long rows = count("select count(*) from cooperation_request");
        assertEquals(first.requests() + second.requests(), rows, "the results count what was written");
        double perCase = rows / (double) (CASES + CASES / 3);
        assertTrue(perCase > 0.22 && perCase < 0.34, "requests per case: " + perCase);
        assertEquals(first.requestMessages() + second.requestMessages(), count("select count(*) from cooperation_message"));
        assertEquals(rows, count("select count(*) from cooperation_request where created_by = 'generator'"));
        assertEquals(first.requests(), first.requestsByStatus().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(first.focalPointsCreated() > 0, "countries without a focal point get a disabled one");
        assertEquals(0, second.focalPointsCreated(), "and later runs reuse it");
        assertEquals(0, count("select count(*) from user_account u join user_role r on r.user_id = u.id"
                + " where u.username like 'gen-fp-%' and (u.enabled or u.password_hash <> 'disabled:' or r.role <> 'FOCAL_POINT')"));
        assertEquals(0, count("select count(*) from cooperation_request r where not exists (select 1 from user_account u"
                + " join user_role x on x.user_id = u.id and x.role = 'FOCAL_POINT' join agency a on a.id = u.agency_id"
                + " join country k on k.id = a.country_id where u.username = r.author and k.code = r.requesting_country)"),
                "sent by a focal point of the requesting country");
    }

    @Test
    void mostRequestsGoToNeighboursAndTheMainCorridors() throws SQLException {
        assertEquals(0, count("select count(*) from cooperation_request r join case_file c on c.id = r.case_id"
                + " join country k on k.id = c.country_id where k.code <> r.requesting_country"), "about a case of the requester");
        assertEquals(0, count("select count(*) from cooperation_request r join country k on k.code = r.requested_country"
                + " where not k.participating"));
        long all = count("select count(*) from cooperation_request");
        long pairs = count("select count(*) from (select distinct requesting_country, requested_country from cooperation_request) x");
        long topTen = count("select sum(n) from (select count(*) n from cooperation_request group by requesting_country,"
                + " requested_country order by n desc limit 10) x");
        assertTrue(topTen > all / 3, "skewed: the ten busiest of 420 pairs carry a third, " + topTen + " of " + all);
        assertTrue(pairs > 40 && pairs < 150, "but not all 420 possible pairs: " + pairs);
        long corridors = count("select count(*) from cooperation_request where requested_country in ('JM', 'BS', 'TT', 'DO', 'HT')");
        assertTrue(corridors > 0.45 * all, "about half to the five main destinations: " + corridors + " of " + all);
        assertTrue(count("select count(*) from cooperation_request where requesting_country = 'HT' and requested_country = 'DO'")
                > count("select count(*) from cooperation_request where requesting_country = 'HT' and requested_country = 'TT'"));
    }

    @Test
    void statusMixIsPlausible() throws SQLException {
        Map<String, Long> byStatus = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select status, count(*) from cooperation_request group by status")) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getLong(2));
            }
        }
        long all = byStatus.values().stream().mapToLong(Long::longValue).sum();
        for (RequestStatus status : RequestStatus.values()) {
            assertTrue(byStatus.getOrDefault(status.name(), 0L) > 0, "some requests are " + status + ": " + byStatus);
        }
        assertTrue(byStatus.get("CLOSED") + byStatus.get("ANSWERED") > 0.6 * all, "most closed or answered: " + byStatus);
        assertTrue(byStatus.get("DRAFT") < 0.05 * all, "few drafts: " + byStatus);
        long ended = byStatus.get("REFUSED") + byStatus.get("WITHDRAWN");
        assertTrue(ended > 0.05 * all && ended < 0.25 * all, "some refused or withdrawn: " + byStatus);
        long overdue = count("select count(*) from cooperation_request where (status = 'SENT' and acknowledge_by < current_timestamp)"
                + " or (status in ('SENT', 'ACKNOWLEDGED') and answer_by < current_timestamp)");
        assertTrue(overdue > 0.01 * all && overdue < 0.15 * all, "some overdue: " + overdue + " of " + all);
        assertEquals(first.overdueRequests() + second.overdueRequests(), overdue);
    }

    @Test
    void referencesAreUniquePerCountryAndYearAndTheApplicationsNextOneIsFree() throws SQLException {
        assertEquals(0, count("select count(*) from cooperation_request where (status = 'DRAFT') <> (reference is null)"),
                "every sent request has a reference, no draft has one");
        Map<String, Set<Integer>> used = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select reference, requesting_country, sent_at"
                + " from cooperation_request where reference is not null")) {
            while (rs.next()) {
                RequestReference ref = new RequestReference(rs.getString(1));
                assertEquals(rs.getString(2), ref.country().value());
                assertEquals(rs.getObject(3, java.time.OffsetDateTime.class).getYear(), ref.year(), "the year of sending");
                assertTrue(used.computeIfAbsent(ref.country().value() + "-" + ref.year(), k -> new HashSet<>())
                        .add(Integer.parseInt(ref.value().substring(11))), "unique: " + ref);
            }
        }
        assertTrue(used.size() > 30, "references of many countries and years: " + used.keySet());
        for (Map.Entry<String, Set<Integer>> e : used.entrySet()) {
            String cc = e.getKey().substring(0, 2);
            int year = Integer.parseInt(e.getKey().substring(3));
            long last = count("select last_value from cooperation_reference_counter where country_code = '" + cc
                    + "' and year_number = " + year);
            assertEquals(e.getValue().size(), last, "numbered 1.." + last + " without gaps: " + e.getKey());
            assertEquals(last, e.getValue().stream().mapToInt(Integer::intValue).max().orElseThrow());
            // YearCounters gives the application's next request of that country and year the counter's next value
            RequestReference next = RequestReference.of(new CountryCode(cc), year, last + 1);
            assertEquals(0, count("select count(*) from cooperation_request where reference = '" + next.value() + "'"),
                    "the application's next reference is free: " + next);
        }
    }

    @Test
    void deadlinesAndTimesFollowTheWorkflow() throws SQLException {
        assertEquals(0, count("select count(*) from cooperation_request where status = 'DRAFT' and (sent_at is not null"
                + " or acknowledge_by is not null or answer_by is not null or acknowledged_at is not null)"), "drafts were never sent");
        assertEquals(0, count("select count(*) from cooperation_request where status <> 'DRAFT' and (sent_by <> author"
                + " or sent_at < created_at or acknowledge_by <> dateadd('hour', case priority when 'URGENT' then 24 else 72 end,"
                + " sent_at) or answer_within_minutes <> case priority when 'URGENT' then 7 else 30 end * 1440)"),
                "acknowledge by 24 or 72 hours after sending, answer within 7 or 30 days, as CooperationDeadlines' defaults");
        assertEquals(0, count("select count(*) from cooperation_request where status <> 'DRAFT' and follow_ups = 0"
                + " and answer_by <> dateadd('minute', answer_within_minutes, sent_at)"), "the answer is due from sending");
        assertEquals(0, count("select count(*) from cooperation_request where follow_ups = 1 and (answer_by"
                + " < dateadd('minute', answer_within_minutes, first_answered_at) or status not in ('ACKNOWLEDGED', 'ANSWERED',"
                + " 'CLOSED'))"), "or from the follow-up, which came after the first answer");
        assertEquals(0, count("select count(*) from cooperation_request where status in ('ACKNOWLEDGED', 'ANSWERED', 'CLOSED')"
                + " and (acknowledged_at is null or acknowledged_at < sent_at)"));
        assertEquals(0, count("select count(*) from cooperation_request where status in ('ANSWERED', 'CLOSED')"
                + " and (first_answered_at is null or first_answered_at < acknowledged_at or answered_at < first_answered_at)"));
        assertEquals(0, count("select count(*) from cooperation_request where status = 'SENT' and (acknowledged_at is not null"
                + " or answered_at is not null or ended_at is not null)"));
        assertEquals(0, count("select count(*) from cooperation_request where status in ('CLOSED', 'REFUSED', 'WITHDRAWN')"
                + " and (ended_at is null or ended_by is null or ended_at < sent_at)"));
        assertEquals(0, count("select count(*) from cooperation_request where (status in ('REFUSED', 'WITHDRAWN'))"
                + " <> (end_reason is not null)"));
        assertEquals(0, count("select count(*) from cooperation_request where greatest(created_at, coalesce(sent_at, created_at),"
                + " coalesce(acknowledged_at, created_at), coalesce(answered_at, created_at), coalesce(ended_at, created_at))"
                + " > current_timestamp"), "nothing in the future");
        assertTrue(count("select count(*) from cooperation_request where follow_ups = 1") > 0, "some follow-ups");
        assertEquals(0, count("select count(*) from cooperation_request where status = 'SENT' and acknowledge_by"
                + " < dateadd('minute', -11, current_timestamp) and acknowledgement_escalated_at is null"),
                "a passed deadline of a waiting request was escalated, as the sweep would have");
        assertEquals(0, count("select count(*) from cooperation_request where acknowledgement_escalated_at < acknowledge_by"
                + " or answer_escalated_at < answer_by or acknowledgement_escalated_at > current_timestamp"));
    }

    @Test
    void theFrozenExtractHoldsExactlyTheChosenFieldsOfTheCaseAndVictim() throws SQLException {
        int checked = 0;
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select r.extract_fields, r.extract_victim_id, r.extract_case_number,"
                        + " r.extract_identified_on, r.extract_identification_place, r.extract_exploitation,"
                        + " r.extract_control_recruitment, r.extract_alias, r.extract_gender, r.extract_birth_date,"
                        + " r.extract_estimated_age, r.extract_citizenships, r.extract_languages, c.case_number,"
                        + " c.identification_date, c.identification_place, v.alias, v.gender, v.birth_date, v.citizenships,"
                        + " v.languages, c.methods_of_control, c.sex_exploitation_types, r.extract_given_name, r.extract_perpetrators,"
                        + " exists (select 1 from case_victim cv where cv.case_id = r.case_id and cv.victim_id = r.extract_victim_id)"
                        + " from cooperation_request r join case_file c on c.id = r.case_id"
                        + " left join victim v on v.id = r.extract_victim_id")) {
            while (rs.next()) {
                Set<ExtractField> f = new HashSet<>();
                for (String name : rs.getString(1).split(",")) {
                    f.add(ExtractField.valueOf(name));
                }
                boolean victimData = f.stream().anyMatch(ExtractField::victimData);
                assertEquals(victimData, rs.getObject(2) != null, "a victim exactly when a victim field is chosen");
                assertTrue(!victimData || rs.getBoolean(26), "the victim is one of the case's");
                assertEquals(f.contains(ExtractField.CASE_NUMBER) ? rs.getString(14) : null, rs.getString(3));
                assertEquals(f.contains(ExtractField.IDENTIFICATION) ? rs.getObject(15) : null, rs.getObject(4));
                assertEquals(f.contains(ExtractField.IDENTIFICATION) ? rs.getString(16) : null, rs.getString(5));
                assertEquals(f.contains(ExtractField.EXPLOITATION), rs.getString(6) != null);
                if (rs.getString(6) != null && rs.getString(23) != null) {
                    assertTrue(List.of(rs.getString(6).split(",")).containsAll(List.of(rs.getString(23).split(","))),
                            "the sexual exploitation types are in the extract");
                }
                assertEquals(f.contains(ExtractField.CONTROL_AND_RECRUITMENT), rs.getString(7) != null);
                if (rs.getString(7) != null) {
                    assertTrue(List.of(rs.getString(7).split(",")).containsAll(List.of(rs.getString(22).split(","))));
                }
                assertEquals(f.contains(ExtractField.VICTIM_NAMES) ? rs.getString(17) : null, rs.getString(8));
                assertEquals(f.contains(ExtractField.VICTIM_GENDER) ? rs.getString(18) : null, rs.getString(9));
                assertEquals(f.contains(ExtractField.VICTIM_BIRTH) ? rs.getObject(19) : null, rs.getObject(10));
                assertEquals(f.contains(ExtractField.VICTIM_BIRTH) && rs.getObject(19) == null, rs.getObject(11) != null,
                        "an estimated age only when the birth date is not known");
                assertEquals(f.contains(ExtractField.VICTIM_CITIZENSHIPS) ? rs.getString(20) : null, rs.getString(12));
                assertEquals(f.contains(ExtractField.VICTIM_LANGUAGES) ? rs.getString(21) : null, rs.getString(13));
                assertEquals(null, rs.getString(24), "generated victims have no names");
                assertEquals(null, rs.getString(25), "generated cases have no perpetrators");
                checked++;
            }
        }
        assertTrue(checked > CASES / 5, "checked " + checked);
    }

    @Test
    void victimDataGoesOnlyWithConsentCoveringTheRequestedCountryOrALegalBasis() throws SQLException {
        long withVictim = count("select count(*) from cooperation_request where extract_victim_id is not null and status <> 'DRAFT'");
        assertTrue(withVictim > 0);
        assertEquals(0, count("select count(*) from cooperation_request r where r.extract_victim_id is not null"
                + " and r.status <> 'DRAFT' and r.sharing_basis is null and not exists (select 1 from victim_consent c"
                + " where c.victim_id = r.extract_victim_id and c.purpose = 'CROSS_BORDER_SHARING'"
                + " and c.given_on <= cast(r.sent_at as date) and (c.expires_on is null or c.expires_on >= cast(r.sent_at as date))"
                + " and (c.withdrawn_on is null or c.withdrawn_on > cast(r.sent_at as date))"
                + " and (c.scope = 'ANY' or (c.scope = 'COUNTRY' and c.scope_value = r.requested_country)))"));
        long basis = count("select count(*) from cooperation_request where sharing_basis is not null");
        assertTrue(basis > 0 && basis < withVictim / 2, "a few on a legal basis: " + basis + " of " + withVictim);
        assertEquals(0, count("select count(*) from cooperation_request where sharing_basis is not null"
                + " and (sharing_basis_by <> author or extract_victim_id is null)"));
    }

    @Test
    void aFewMessagesPerRequestFromBothSides() throws SQLException {
        long sent = count("select count(*) from cooperation_request where status <> 'DRAFT'");
        long messages = count("select count(*) from cooperation_message");
        assertTrue(messages > sent && messages < 3 * sent, "a few per request: " + messages + " for " + sent);
        assertEquals(0, count("select count(*) from cooperation_message m join cooperation_request r on r.id = m.request_id"
                + " where r.status = 'DRAFT' or m.written_at < r.sent_at or m.written_at > current_timestamp"
                + " or m.author_country not in (r.requesting_country, r.requested_country)"
                + " or (r.ended_at is not null and m.written_at > r.ended_at)"));
        assertEquals(0, count("select count(*) from cooperation_request r where r.status in ('ANSWERED', 'CLOSED') and not exists"
                + " (select 1 from cooperation_message m where m.request_id = r.id and m.author_country = r.requested_country)"),
                "the answer is a message of the requested side");
        assertEquals(0, count("select count(*) from cooperation_message where read_at is not null and (read_at < written_at"
                + " or read_by = author)"), "read by the other side");
        assertFalse(count("select count(*) from cooperation_message where body not like 'Generated%'") > 0);
    }

    private static long count(String sql) throws SQLException {
        return GeneratedH2.count(db, sql);
    }
}
