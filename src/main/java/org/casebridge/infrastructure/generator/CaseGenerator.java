package org.casebridge.infrastructure.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.casefile.CaseNumber;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.casefile.MethodOfRecruitment;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SexExploitationType;
import org.casebridge.domain.model.casefile.WebsiteOrApp;
import org.casebridge.domain.model.cooperation.RequestReference;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.referral.SummaryField;
import org.casebridge.domain.model.referral.Urgency;
import org.casebridge.domain.model.referral.VictimSummary;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.shared.SearchFolding;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.MigrationStatus;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.StatusDecisionOrg;
import org.casebridge.domain.model.victim.TraffickingStatus;

/**
 * Fills a CaseBridge database with synthetic trafficking cases for load and performance tests
 * (docs/performance.md): cases spread over the participating countries, their agencies and the HTCDS
 * code lists, over the last ten years, with victims, consents, events, notes and case teams.
 * Synthetic data carries no personal data at all: victims have an alias such as {@code V-000123},
 * no names, no contact details; texts say they are generated.
 *
 * <p>Plain JDBC batch inserts, ids taken from the entity sequences in blocks of 50 exactly as
 * EclipseLink takes them (nextval {@code v} gives {@code v-49 .. v}), case numbers reserved through
 * {@code case_number_counter} before any case is written (so numbers are never reused, and later
 * real cases continue after them), a commit every few thousand cases. Cases are owned only by
 * agencies that exist and assigned to their existing caseworkers; a country without any agency with
 * a caseworker gets synthetic government agencies ({@code GEN-GY-01}, "Generated agency GY-01") and
 * caseworker accounts ({@code gen-gy-01}) that are disabled and carry the unusable password hash
 * {@value #DISABLED_HASH}, so nobody can log in as them. Every generated row has
 * {@code created_by = 'generator'}.
 *
 * <p>Used by the command line ({@link CaseGeneratorCli}) and, in demo mode only, by the admin's
 * {@code POST /api/admin/generator}. Works on PostgreSQL and H2.
 */
public final class CaseGenerator {

    public static final String GENERATED_BY = "generator";
    public static final String DISABLED_HASH = "disabled:";
    public static final int MAX_CASES = 5_000_000;

    private static final int BLOCK = 50;
    private static final int DAYS = 3650;

    /** Rough relative case load per country (population, migration routes); unknown codes get 1. */
    private static final Map<String, Double> COUNTRY_WEIGHT = Map.ofEntries(
            Map.entry("DO", 15.0), Map.entry("JM", 14.0), Map.entry("HT", 12.0), Map.entry("TT", 11.0),
            Map.entry("GY", 8.0), Map.entry("CU", 7.0), Map.entry("SR", 5.0), Map.entry("BS", 5.0),
            Map.entry("BZ", 4.0), Map.entry("BB", 3.0), Map.entry("LC", 2.0), Map.entry("CW", 2.0),
            Map.entry("AW", 2.0), Map.entry("GD", 1.5), Map.entry("VC", 1.5), Map.entry("AG", 1.5),
            Map.entry("DM", 1.0), Map.entry("KY", 1.0), Map.entry("KN", 1.0), Map.entry("TC", 1.0),
            Map.entry("AI", 0.5));

    private static final String[] ORIGINS = {"VE", "HT", "DO", "CO", "GY", "JM", "CU", "CN", "IN", "NG", "BR", "PH"};

    /**
     * What to generate. {@code children=false} writes cases with their exploitation types and teams
     * only (what the case list reads), no victims, consents, events or notes.
     */
    public record Options(int cases, long seed, int commitEvery, boolean children, LocalDate today) {
        public Options {
            if (cases < 1 || cases > MAX_CASES) {
                throw new IllegalArgumentException("cases must be between 1 and " + MAX_CASES);
            }
            if (commitEvery < 1) {
                throw new IllegalArgumentException("commitEvery must be positive");
            }
        }

        public static Options of(int cases) {
            return new Options(cases, 20261128L, 2000, true, LocalDate.now(ZoneOffset.UTC));
        }
    }

    /**
     * What was written. {@code referralsByStatus} counts the referrals by status; {@code overdueReferrals}
     * those of them SENT past their response-due time, {@code crossBorderReferrals} those to a partner of
     * another country, {@code consentWithdrawnReferrals} those marked because the victim withdrew consent.
     * {@code requestsByStatus} counts the cooperation requests by status, {@code overdueRequests} those past
     * a deadline as the lists' overdue filter sees them, {@code requestMessages} the messages of their threads.
     */
    public record Result(int cases, int victims, int consents, int events, int notes, int teamMembers,
            int referrals, Map<ReferralStatus, Integer> referralsByStatus, int overdueReferrals, int crossBorderReferrals,
            int consentWithdrawnReferrals, int requests, Map<RequestStatus, Integer> requestsByStatus, int overdueRequests,
            int requestMessages, int agenciesCreated, int caseworkersCreated, int partnersCreated, int focalPointsCreated,
            long millis) {
    }

    /** Thrown when a run stops part-way; {@code committedCases} stay in the database. */
    public static class GenerationFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int committedCases;

        GenerationFailed(int committedCases, Throwable cause) {
            super("Generation stopped after " + committedCases + " committed cases: " + cause.getMessage(), cause);
            this.committedCases = committedCases;
        }

        public int committedCases() {
            return committedCases;
        }
    }

    private record Country(long id, String code, double weight) {
    }

    private record Caseworker(long id, String username) {
    }

    private record Office(long agencyId, String agencyCode, List<Caseworker> staff) {
    }

    /** A partner agency that can receive referrals: active, not a government agency, offering services. */
    private record Partner(long id, String code, String countryCode, EnumSet<ServiceType> services) {
    }

    /** Referral response times as the application's defaults ({@code casebridge.referral.due-hours.*}). */
    static final Duration URGENT_DUE = Duration.ofHours(24);
    static final Duration NORMAL_DUE = Duration.ofHours(72);

    /** The texts a generated referral carries: generated, about no real person. */
    static final String REFERRAL_REASON = "Generated referral reason (synthetic test data).";
    static final String SUMMARY_NEEDS = "Generated needs: synthetic test data, about no real person.";
    static final String SUMMARY_SAFETY = "Generated safety note: synthetic test data.";
    static final String SUMMARY_CONTACT = "Generated contact arrangement: through the caseworker (synthetic test data).";
    static final String DECLINE_REASON = "Generated: no capacity at present (synthetic test data).";
    static final String OUTCOME = "Generated outcome: services delivered (synthetic test data).";
    static final String REVOKE_REASON = "Generated: no longer needed (synthetic test data).";

    private final Connection db;
    private final Options options;
    private final Consumer<String> progress;
    private final SplittableRandom rnd;
    private final boolean h2;
    private final Map<String, IdBlock> sequences = new HashMap<>();
    private final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);

    private int cases;
    private int victims;
    private int consents;
    private int events;
    private int notes;
    private int teamMembers;
    private int agenciesCreated;
    private int caseworkersCreated;
    private int partnersCreated;
    private int focalPointsCreated;
    /** Writes the cooperation requests (with children only); set once the run starts writing cases. */
    private SyntheticRequests cooperation;
    private int referrals;
    private int overdueReferrals;
    private int crossBorderReferrals;
    private int withdrawnReferrals;
    private final Map<ReferralStatus, Integer> referralsByStatus = new EnumMap<>(ReferralStatus.class);
    private int committedCases;
    /** Partner agencies by country code (regional partners, without a country, under ""). */
    private Map<String, List<Partner>> partners = Map.of();

    public CaseGenerator(Connection db, Options options, Consumer<String> progress) throws SQLException {
        this.db = db;
        this.options = options;
        this.progress = progress == null ? s -> { } : progress;
        this.rnd = new SplittableRandom(options.seed());
        this.h2 = db.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
    }

    /** Generates everything; commits as it goes and leaves the connection's auto-commit as it found it. */
    public Result run() {
        long start = System.nanoTime();
        boolean autoCommit = true;
        try {
            autoCommit = db.getAutoCommit();
            db.setAutoCommit(false);
            generate();
            analyze();
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; what was committed stays
            }
            throw new GenerationFailed(committedCases, e);
        } finally {
            try {
                db.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the caller closes the connection
            }
        }
        SyntheticRequests r = cooperation;
        return new Result(cases, victims, consents, events, notes, teamMembers, referrals, new EnumMap<>(referralsByStatus),
                overdueReferrals, crossBorderReferrals, withdrawnReferrals, r == null ? 0 : r.requests,
                r == null ? Map.of() : new EnumMap<>(r.byStatus), r == null ? 0 : r.overdue, r == null ? 0 : r.messages,
                agenciesCreated, caseworkersCreated, partnersCreated, focalPointsCreated, (System.nanoTime() - start) / 1_000_000);
    }

    private void generate() throws SQLException {
        List<Country> countries = countries();
        if (countries.isEmpty()) {
            throw new IllegalStateException("No participating countries: is the database migrated?");
        }
        Map<Long, List<Office>> offices = offices(countries);
        Map<String, String> focalPoints = Map.of();
        if (options.children()) {
            partners = partners(countries);
            focalPoints = focalPoints(countries, offices);
        }
        db.commit();
        progress.accept(String.format("Countries %d; agencies created %d, caseworker accounts created %d, partner agencies"
                + " created %d, focal point accounts created %d", countries.size(), agenciesCreated, caseworkersCreated,
                partnersCreated, focalPointsCreated));

        long[] plan = plan(countries);
        Map<String, int[]> numbers = reserveNumbers(plan, countries);
        Map<String, int[]> references = options.children() ? reserveReferences(plan, countries) : Map.of();
        db.commit();

        List<String> codes = countries.stream().map(Country::code).toList();
        Map<String, Double> weights = countries.stream().collect(Collectors.toMap(Country::code, Country::weight));
        try (Batches b = new Batches(db);
                SyntheticRequests requests = new SyntheticRequests(db, this, codes, weights, focalPoints, references, now)) {
            cooperation = requests;
            long lastReport = System.nanoTime();
            Map<Long, Long> lastVictimOfCountry = new HashMap<>();
            for (int i = 0; i < plan.length; i++) {
                Country country = countries.get((int) (plan[i] & 0xFF));
                LocalDate created = LocalDate.ofEpochDay(plan[i] >>> 32);
                String key = country.code() + "-" + created.getYear();
                int number = numbers.get(key)[0]++;
                writeCase(b, i, country, offices.get(country.id()), created,
                        CaseNumber.of(new CountryCode(country.code()), created.getYear(), number),
                        lastVictimOfCountry);
                if ((i + 1) % options.commitEvery() == 0 || i == plan.length - 1) {
                    b.flush();
                    requests.flush();
                    db.commit();
                    committedCases = cases;
                }
                if (System.nanoTime() - lastReport > 10_000_000_000L) {
                    lastReport = System.nanoTime();
                    progress.accept(String.format("%,d of %,d cases", cases, plan.length));
                }
            }
        }
    }

    /** Fresh planner statistics, so that the first lists after a large run get good plans. */
    private void analyze() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(h2 ? "analyze" : "analyze case_file, case_exploitation, case_team, victim, case_victim,"
                    + " victim_consent, case_event, case_note, referral, cooperation_request, cooperation_message, agency,"
                    + " agency_service, user_account, user_role");
        }
        db.commit();
    }

    // ---- reference data ------------------------------------------------------------------------

    private List<Country> countries() throws SQLException {
        List<Country> list = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("select id, code from country where participating = true order by code")) {
            while (rs.next()) {
                String code = rs.getString(2);
                list.add(new Country(rs.getLong(1), code, COUNTRY_WEIGHT.getOrDefault(code, 1.0)));
            }
        }
        if (list.size() > 255) {
            throw new IllegalStateException("more than 255 countries");
        }
        return list;
    }

    /** The agencies of each country that have caseworkers, creating synthetic ones where none do. */
    private Map<Long, List<Office>> offices(List<Country> countries) throws SQLException {
        Map<Long, Map<Long, Office>> byCountry = new HashMap<>();
        String sql = "select a.country_id, a.id, a.code, u.id, u.username from agency a"
                + " join user_account u on u.agency_id = a.id"
                + " join user_role r on r.user_id = u.id and r.role = 'CASEWORKER'"
                + " where a.country_id is not null and a.active = true"
                + " and (u.enabled = true or (a.code like 'GEN-%' and u.password_hash = '" + DISABLED_HASH + "'))"
                + " order by a.code, u.username";
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                byCountry.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getLong(2), k -> new Office(k, rsString(rs, 3), new ArrayList<>()))
                        .staff().add(new Caseworker(rs.getLong(4), rs.getString(5)));
            }
        }
        Map<Long, List<Office>> result = new HashMap<>();
        for (Country c : countries) {
            Map<Long, Office> existing = byCountry.get(c.id());
            result.put(c.id(), existing != null ? new ArrayList<>(existing.values()) : createOffices(c));
        }
        return result;
    }

    private static String rsString(ResultSet rs, int column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Synthetic government agencies (1-4 by the country's size) with three disabled caseworker accounts each. */
    private List<Office> createOffices(Country c) throws SQLException {
        int count = (int) Math.max(1, Math.min(4, 1 + Math.floor(c.weight() / 5)));
        String cc = c.code();
        List<Office> list = new ArrayList<>();
        try (PreparedStatement agency = db.prepareStatement("insert into agency (id, code, name, type, country_id, active,"
                + " version, created_by, created_at) values (?, ?, ?, ?, ?, true, 1, ?, ?)")) {
            int worker = 0;
            for (int a = 1; a <= count; a++) {
                String suffix = String.format("%s-%02d", cc, a);
                long agencyId = id("agency_seq");
                agency.setLong(1, agencyId);
                agency.setString(2, "GEN-" + suffix);
                agency.setString(3, "Generated agency " + suffix);
                agency.setString(4, a % 2 == 1 ? "LAW_ENFORCEMENT" : "CENTRAL_GOVERNMENT_ORGANISATION");
                agency.setLong(5, c.id());
                agency.setString(6, GENERATED_BY);
                agency.setObject(7, now);
                agency.executeUpdate();
                agenciesCreated++;
                List<Caseworker> staff = new ArrayList<>();
                for (int w = 0; w < 3; w++) {
                    worker++;
                    String username = String.format("gen-%s-%02d", cc.toLowerCase(Locale.ROOT), worker);
                    long userId = disabledAccount(username, String.format("Generated caseworker %s-%02d", cc, worker), agencyId,
                            "CASEWORKER");
                    caseworkersCreated++;
                    staff.add(new Caseworker(userId, username));
                }
                list.add(new Office(agencyId, "GEN-" + suffix, staff));
            }
        }
        return list;
    }

    /** A disabled account with the unusable password hash and one role. */
    private long disabledAccount(String username, String displayName, long agencyId, String role) throws SQLException {
        long userId = id("user_account_seq");
        try (PreparedStatement user = db.prepareStatement("insert into user_account (id, username, display_name,"
                + " agency_id, password_hash, enabled, failed_attempts, session_epoch, version, created_by, created_at)"
                + " values (?, ?, ?, ?, ?, false, 0, 0, 1, ?, ?)");
                PreparedStatement roles = db.prepareStatement("insert into user_role (user_id, role) values (?, ?)")) {
            user.setLong(1, userId);
            user.setString(2, username);
            user.setString(3, displayName);
            user.setLong(4, agencyId);
            user.setString(5, DISABLED_HASH);
            user.setString(6, GENERATED_BY);
            user.setObject(7, now);
            user.executeUpdate();
            roles.setLong(1, userId);
            roles.setString(2, role);
            roles.executeUpdate();
        }
        return userId;
    }

    /**
     * The focal point who sends and answers each country's cooperation requests: its first enabled focal
     * point, or a synthetic one ({@code gen-fp-gy}, "Generated focal point GY", disabled like the generated
     * caseworkers) in the country's first agency; later runs reuse them.
     */
    private Map<String, String> focalPoints(List<Country> countries, Map<Long, List<Office>> offices) throws SQLException {
        Map<String, String> byCountry = new HashMap<>();
        String sql = "select k.code, u.username from user_account u join user_role r on r.user_id = u.id"
                + " and r.role = 'FOCAL_POINT' join agency a on a.id = u.agency_id join country k on k.id = a.country_id"
                + " where u.enabled = true or (u.username like 'gen-fp-%' and u.password_hash = '" + DISABLED_HASH + "')"
                + " order by u.username";
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                byCountry.putIfAbsent(rs.getString(1), rs.getString(2));
            }
        }
        for (Country c : countries) {
            if (!byCountry.containsKey(c.code())) {
                String username = "gen-fp-" + c.code().toLowerCase(Locale.ROOT);
                disabledAccount(username, "Generated focal point " + c.code(), offices.get(c.id()).get(0).agencyId(),
                        "FOCAL_POINT");
                focalPointsCreated++;
                byCountry.put(c.code(), username);
            }
        }
        return byCountry;
    }

    /**
     * The partner agencies referrals can go to, by country: active agencies that are not government
     * agencies and offer at least one service. A country without any gets three synthetic partners
     * ({@code GEN-P-GY-01} "Generated partner agency GY-01": a shelter NGO, a health service, a legal
     * service) with no accounts; later runs reuse them.
     */
    private Map<String, List<Partner>> partners(List<Country> countries) throws SQLException {
        Map<String, List<Partner>> byCountry = new HashMap<>();
        String sql = "select a.id, a.code, c.code, s.service from agency a join agency_service s on s.agency_id = a.id"
                + " left join country c on c.id = a.country_id where a.active = true"
                + " and a.type not in ('LAW_ENFORCEMENT', 'CENTRAL_GOVERNMENT_ORGANISATION', 'LOCAL_GOVERNMENT_ORGANISATION',"
                + " 'IMMIGRATION_SERVICE') order by a.code, s.service";
        Map<Long, Partner> found = new LinkedHashMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String cc = rs.getString(3);
                found.computeIfAbsent(rs.getLong(1), k -> new Partner(k, rsString(rs, 2), cc, EnumSet.noneOf(ServiceType.class)))
                        .services().add(ServiceType.valueOf(rs.getString(4)));
            }
        }
        for (Partner p : found.values()) {
            byCountry.computeIfAbsent(p.countryCode() == null ? "" : p.countryCode(), k -> new ArrayList<>()).add(p);
        }
        for (Country c : countries) {
            if (!byCountry.containsKey(c.code())) {
                byCountry.put(c.code(), createPartners(c));
            }
        }
        return byCountry;
    }

    private List<Partner> createPartners(Country c) throws SQLException {
        String[] types = {"NGO", "HEALTH_SERVICE_ORGANISATION", "LEGAL_SERVICE"};
        List<EnumSet<ServiceType>> services = List.of(
                EnumSet.of(ServiceType.SHELTER, ServiceType.PSYCHOSOCIAL, ServiceType.EDUCATION_LIVELIHOOD),
                EnumSet.of(ServiceType.MEDICAL, ServiceType.PSYCHOSOCIAL),
                EnumSet.of(ServiceType.LEGAL, ServiceType.INTERPRETATION, ServiceType.REPATRIATION));
        List<Partner> list = new ArrayList<>();
        try (PreparedStatement agency = db.prepareStatement("insert into agency (id, code, name, type, country_id, active,"
                + " version, created_by, created_at) values (?, ?, ?, ?, ?, true, 1, ?, ?)");
                PreparedStatement service = db.prepareStatement("insert into agency_service (agency_id, service) values (?, ?)")) {
            for (int a = 0; a < types.length; a++) {
                String suffix = String.format("%s-%02d", c.code(), a + 1);
                long agencyId = id("agency_seq");
                agency.setLong(1, agencyId);
                agency.setString(2, "GEN-P-" + suffix);
                agency.setString(3, "Generated partner agency " + suffix);
                agency.setString(4, types[a]);
                agency.setLong(5, c.id());
                agency.setString(6, GENERATED_BY);
                agency.setObject(7, now);
                agency.executeUpdate();
                for (ServiceType t : services.get(a)) {
                    service.setLong(1, agencyId);
                    service.setString(2, t.name());
                    service.executeUpdate();
                }
                partnersCreated++;
                list.add(new Partner(agencyId, "GEN-P-" + suffix, c.code(), services.get(a)));
            }
        }
        return list;
    }

    // ---- plan and case numbers -----------------------------------------------------------------

    /**
     * One long per case: day opened (upper 32 bits), a random tie-breaker, the country index (low 8
     * bits); sorted, so ids and case numbers grow with time as they would in real use. More cases in
     * recent years (the system's use grows).
     */
    private long[] plan(List<Country> countries) {
        double[] cumulative = new double[countries.size()];
        double sum = 0;
        for (int i = 0; i < countries.size(); i++) {
            sum += countries.get(i).weight();
            cumulative[i] = sum;
        }
        long today = options.today().toEpochDay();
        long[] plan = new long[options.cases()];
        for (int i = 0; i < plan.length; i++) {
            double u = rnd.nextDouble() * sum;
            int country = Arrays.binarySearch(cumulative, u);
            country = country >= 0 ? country : Math.min(-country - 1, countries.size() - 1);
            long day = today - (long) (DAYS * Math.pow(rnd.nextDouble(), 1.4));
            plan[i] = (day << 32) | ((long) (rnd.nextInt() & 0xFFFFFF) << 8) | country;
        }
        Arrays.sort(plan);
        return plan;
    }

    /** Takes a block of case numbers per country and year from the counters. */
    private Map<String, int[]> reserveNumbers(long[] plan, List<Country> countries) throws SQLException {
        Map<String, Integer> needed = new LinkedHashMap<>();
        for (long p : plan) {
            Country c = countries.get((int) (p & 0xFF));
            needed.merge(c.code() + "-" + LocalDate.ofEpochDay(p >>> 32).getYear(), 1, Integer::sum);
        }
        return reserve("case_number_counter", needed, CaseNumber.MAX_PER_YEAR, "Case numbers");
    }

    /**
     * Takes a block of cooperation request references per requesting country and year of sending, as many
     * as the requests of the plan will be sent ({@link SyntheticRequests#plan}), so that the application's
     * next reference follows the generated ones.
     */
    private Map<String, int[]> reserveReferences(long[] plan, List<Country> countries) throws SQLException {
        Map<String, Integer> needed = new LinkedHashMap<>();
        for (int i = 0; i < plan.length; i++) {
            Country c = countries.get((int) (plan[i] & 0xFF));
            LocalDate opened = LocalDate.ofEpochDay(plan[i] >>> 32);
            for (SyntheticRequests.Planned p : SyntheticRequests.plan(SyntheticRequests.random(options.seed(), i), opened,
                    options.today())) {
                if (!p.draft()) {
                    needed.merge(c.code() + "-" + p.sent().getYear(), 1, Integer::sum);
                }
            }
        }
        return reserve("cooperation_reference_counter", needed, RequestReference.MAX_PER_YEAR, "Request references");
    }

    /**
     * Takes {@code needed} numbers per "country-year" key from a counter table in the caller's short
     * transaction: the numbers to use start at the returned value of each key.
     */
    private Map<String, int[]> reserve(String table, Map<String, Integer> needed, int max, String what) throws SQLException {
        Map<String, int[]> next = new HashMap<>();
        try (PreparedStatement update = db.prepareStatement("update " + table + " set last_value = last_value + ?"
                + " where country_code = ? and year_number = ?");
                PreparedStatement insert = db.prepareStatement("insert into " + table
                        + " (country_code, year_number, last_value) values (?, ?, ?)");
                PreparedStatement select = db.prepareStatement("select last_value from " + table
                        + " where country_code = ? and year_number = ?")) {
            for (Map.Entry<String, Integer> e : needed.entrySet()) {
                String cc = e.getKey().substring(0, 2);
                int year = Integer.parseInt(e.getKey().substring(3));
                update.setInt(1, e.getValue());
                update.setString(2, cc);
                update.setInt(3, year);
                if (update.executeUpdate() == 0) {
                    insert.setString(1, cc);
                    insert.setInt(2, year);
                    insert.setInt(3, e.getValue());
                    insert.executeUpdate();
                }
                select.setString(1, cc);
                select.setInt(2, year);
                int last;
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    last = rs.getInt(1);
                }
                if (last > max) {
                    throw new IllegalStateException(what + " of " + e.getKey() + " would pass " + max
                            + "; generate fewer cases");
                }
                next.put(e.getKey(), new int[] {last - e.getValue() + 1});
            }
        }
        return next;
    }

    // ---- one case ------------------------------------------------------------------------------

    private void writeCase(Batches b, int index, Country country, List<Office> offices, LocalDate opened, CaseNumber number,
            Map<Long, Long> lastVictimOfCountry) throws SQLException {
        LocalDate today = options.today();
        long age = today.toEpochDay() - opened.toEpochDay();
        Office office = offices.get(rnd.nextInt(offices.size()));
        Caseworker worker = office.staff().get(rnd.nextInt(office.staff().size()));
        long caseId = id("case_file_seq");
        OffsetDateTime createdAt = at(opened);
        LocalDate identified = opened.minusDays(Math.min(365, (long) (-20 * Math.log(1 - rnd.nextDouble()))));

        CaseStatus status = status(age);
        boolean closed = status.isClosed();
        boolean pendingClosure = !closed && rnd.nextInt(100) < 2;
        CaseStage stage = stage(status, age);
        RiskLevel risk = pick(RiskLevel.values(), 30, 40, 22, 8);
        EnumSet<ExploitationType> types = exploitation();
        boolean sexual = types.contains(ExploitationType.SEXUAL_EXPLOITATION);
        boolean labour = types.contains(ExploitationType.FORCED_LABOUR) || types.contains(ExploitationType.CHILD_LABOUR);
        OffsetDateTime changedAt = notAfterNow(createdAt.plusSeconds((long) (rnd.nextDouble() * Math.min(age, 400) * 86_400)));
        OffsetDateTime closedAt = closed ? changedAt : null;
        LocalDate reviewDue = closed ? identified.plusDays(30) : today.minusDays(30).plusDays(rnd.nextInt(121));
        if (reviewDue.isBefore(identified)) {
            reviewDue = identified;
        }
        boolean voided = rnd.nextInt(1000) < 3;

        PreparedStatement c = b.caseFile;
        int i = 1;
        c.setLong(i++, caseId);
        c.setString(i++, number.value());
        c.setLong(i++, country.id());
        c.setLong(i++, office.agencyId());
        c.setLong(i++, worker.id());
        c.setString(i++, status.name());
        c.setString(i++, stage.name());
        c.setString(i++, risk.name());
        c.setInt(i++, risk.ordinal() + 1);
        c.setObject(i++, identified);
        String place = rnd.nextInt(10) < 8 ? "Generated place " + (1 + rnd.nextInt(40)) : null;
        str(c, i++, place);
        str(c, i++, SearchFolding.fold(place));
        String sexTypes = sexual ? codes(SexExploitationType.values(), 1 + rnd.nextInt(2)) : null;
        str(c, i++, sexTypes);
        String industry = labour ? pick(ForcedLabourIndustry.values(), 20, 1, 10, 1, 1, 15, 8, 3, 14, 1, 1, 1, 1, 2, 1, 1, 2, 4, 6,
                12, 1).name() : null;
        str(c, i++, industry);
        String control = codes(MethodOfControl.values(), 1 + rnd.nextInt(3));
        str(c, i++, control);
        String recruitment = codes(MethodOfRecruitment.values(), 1 + rnd.nextInt(2));
        str(c, i++, recruitment);
        str(c, i++, rnd.nextInt(10) < 4 ? codes(WebsiteOrApp.values(), 1) : null);
        str(c, i++, rnd.nextInt(10) < 2 ? codes(WebsiteOrApp.values(), 1) : null);
        c.setObject(i++, reviewDue);
        str(c, i++, closed || pendingClosure ? "Generated closure reason (synthetic test data)." : null);
        str(c, i++, pendingClosure ? CaseStatus.CLOSED.name() : null);
        str(c, i++, closed || pendingClosure ? worker.username() : null);
        ts(c, i++, closed || pendingClosure ? changedAt : null);
        str(c, i++, null);
        str(c, i++, null);
        ts(c, i++, closedAt);
        c.setBoolean(i++, voided);
        str(c, i++, voided ? "Generated: entered twice (synthetic test data)." : null);
        c.setLong(i++, 1 + rnd.nextInt(6));
        c.setString(i++, GENERATED_BY);
        c.setObject(i++, createdAt);
        c.setString(i++, worker.username());
        c.setObject(i, changedAt);
        c.addBatch();
        cases++;

        for (ExploitationType t : types) {
            b.exploitation.setLong(1, caseId);
            b.exploitation.setString(2, t.name());
            b.exploitation.addBatch();
        }
        int team = rnd.nextInt(100) < 15 ? (rnd.nextInt(5) == 0 ? 2 : 1) : 0;
        if (team > 0) {
            List<Caseworker> colleagues = offices.stream().flatMap(o -> o.staff().stream())
                    .filter(w -> w.id() != worker.id()).distinct().toList();
            int first = colleagues.isEmpty() ? 0 : rnd.nextInt(colleagues.size());
            for (int t = 0; t < Math.min(team, colleagues.size()); t++) {
                b.team.setLong(1, caseId);
                b.team.setLong(2, colleagues.get((first + t) % colleagues.size()).id());
                b.team.addBatch();
                teamMembers++;
            }
        }
        if (!options.children()) {
            return;
        }
        List<GenVictim> written = writeVictims(b, country, office, worker, caseId, opened, identified, lastVictimOfCountry);
        writeReferrals(b, country, office, worker, caseId, opened, closed, written);
        SplittableRandom own = SyntheticRequests.random(options.seed(), index);
        List<SyntheticRequests.Planned> planned = SyntheticRequests.plan(own, opened, today);
        if (!planned.isEmpty()) {
            // the extract's code lists as the application freezes them: names in the order of their enums
            List<String> exploitation = new ArrayList<>();
            inEnumOrder(exploitation, ExploitationType.values(), names(types));
            inEnumOrder(exploitation, SexExploitationType.values(), sexTypes);
            inEnumOrder(exploitation, ForcedLabourIndustry.values(), industry);
            List<String> controlAndRecruitment = new ArrayList<>();
            inEnumOrder(controlAndRecruitment, MethodOfControl.values(), control);
            inEnumOrder(controlAndRecruitment, MethodOfRecruitment.values(), recruitment);
            cooperation.write(own, planned, new SyntheticRequests.CaseFacts(caseId, country.code(), number.value(), opened,
                    identified, place, String.join(",", exploitation), String.join(",", controlAndRecruitment), worker.username()), written);
        }
        for (GenVictim v : written) {
            for (GenConsent consent : v.consents()) {
                writeConsent(b, consent);
            }
        }
        writeEvents(b, country, caseId, identified, createdAt);
        writeNotes(b, worker, caseId, createdAt, changedAt);
    }

    /** The victims written for a case, with their consents (written after the referrals, which may add some). */
    private List<GenVictim> writeVictims(Batches b, Country country, Office office, Caseworker worker, long caseId,
            LocalDate opened, LocalDate identified, Map<Long, Long> lastVictimOfCountry) throws SQLException {
        List<GenVictim> written = new ArrayList<>();
        int r = rnd.nextInt(100);
        int count = r < 80 ? 1 : r < 93 ? 2 : r < 98 ? 3 : 4 + rnd.nextInt(3);
        OffsetDateTime createdAt = at(opened);
        for (int v = 0; v < count; v++) {
            long victimId = id("victim_seq");
            int age = rnd.nextInt(100) < 25 ? 8 + rnd.nextInt(10) : 18 + (int) Math.min(47, -9 * Math.log(1 - rnd.nextDouble()));
            boolean birthDateKnown = rnd.nextInt(10) < 4;
            String citizenship = rnd.nextInt(100) < 60 ? country.code()
                    : ORIGINS[rnd.nextInt(ORIGINS.length)];
            boolean national = citizenship.equals(country.code());
            TraffickingStatus ts = pick(TraffickingStatus.values(), 45, 50, 5);
            PreparedStatement p = b.victim;
            int i = 1;
            String alias = String.format("V-%06d", victimId);
            Gender gender = pick(Gender.values(), 62, 33, 1, 1, 1, 2);
            LocalDate birthDate = birthDateKnown ? identified.minusYears(age).minusDays(rnd.nextInt(365)) : null;
            String languages = language(citizenship);
            p.setLong(i++, victimId);
            p.setString(i++, alias);
            p.setString(i++, SearchFolding.fold(alias));
            p.setString(i++, gender.name());
            p.setObject(i++, birthDate, Types.DATE);
            if (birthDateKnown) {
                p.setNull(i++, Types.INTEGER);
            } else {
                p.setInt(i++, age);
            }
            p.setObject(i++, birthDateKnown ? null : opened, Types.DATE);
            p.setString(i++, citizenship);
            p.setString(i++, languages);
            p.setString(i++, ts.name());
            str(p, i++, ts == TraffickingStatus.ACTUAL ? pick(StatusDecisionOrg.values(), 50, 10, 10, 25, 5).name() : null);
            p.setInt(i++, Math.max(0, age - rnd.nextInt(4)));
            p.setString(i++, pick(RelationshipToTrafficker.values(), 20, 45, 35).name());
            p.setString(i++, national ? MigrationStatus.NATIONAL.name()
                    : pick(MigrationStatus.values(), 0, 15, 55, 10, 5, 2, 13).name());
            p.setString(i++, GENERATED_BY);
            p.setObject(i, createdAt);
            p.addBatch();
            victims++;
            link(b, caseId, victimId);
            GenVictim gv = new GenVictim(victimId, alias, gender, birthDate, birthDateKnown ? null : age, opened, citizenship,
                    languages,
                    new ArrayList<>());
            written.add(gv);
            if (rnd.nextInt(10) < 6) {
                gv.consents().add(randomConsent(country, office, worker, victimId, opened));
            }
            if (v == 0) {
                Long earlier = lastVictimOfCountry.put(country.id(), victimId);
                if (earlier != null && rnd.nextInt(100) < 1) {
                    // the same person in a second case
                    link(b, caseId, earlier);
                }
            }
        }
        return written;
    }

    private static void link(Batches b, long caseId, long victimId) throws SQLException {
        b.caseVictim.setLong(1, caseId);
        b.caseVictim.setLong(2, victimId);
        b.caseVictim.addBatch();
    }

    /** A consent of a purpose as recorded at intake (half of them to service referrals). */
    private GenConsent randomConsent(Country country, Office office, Caseworker worker, long victimId, LocalDate givenOn) {
        ConsentPurpose purpose = pick(ConsentPurpose.values(), 50, 10, 40);
        ConsentScope scope = switch (purpose) {
            case SERVICE_REFERRAL -> rnd.nextBoolean() ? ConsentScope.AGENCY : ConsentScope.COUNTRY;
            case CROSS_BORDER_SHARING -> ConsentScope.COUNTRY;
            case STATISTICS -> ConsentScope.ANY;
        };
        String value = switch (scope) {
            case AGENCY -> office.agencyCode();
            case COUNTRY -> purpose == ConsentPurpose.CROSS_BORDER_SHARING ? ORIGINS[rnd.nextInt(ORIGINS.length)] : country.code();
            case ANY -> null;
        };
        return new GenConsent(victimId, purpose, scope, value, givenOn, rnd.nextBoolean() ? givenOn.plusYears(1) : null,
                worker.username());
    }

    private void writeConsent(Batches b, GenConsent c) throws SQLException {
        PreparedStatement p = b.consent;
        p.setLong(1, id("victim_consent_seq"));
        p.setLong(2, c.victimId);
        p.setString(3, c.purpose.name());
        p.setString(4, c.scope.name());
        str(p, 5, c.value);
        p.setObject(6, c.givenOn);
        p.setObject(7, c.expiresOn, Types.DATE);
        p.setObject(8, c.withdrawnOn, Types.DATE);
        p.setString(9, c.recordedBy);
        p.setString(10, GENERATED_BY);
        p.setObject(11, at(c.givenOn));
        p.addBatch();
        consents++;
    }

    private void writeEvents(Batches b, Country country, long caseId, LocalDate identified, OffsetDateTime createdAt)
            throws SQLException {
        event(b, caseId, EventType.RECRUITMENT, rnd.nextInt(100) < 60 ? country.code() : ORIGINS[rnd.nextInt(ORIGINS.length)],
                identified.minusDays(60 + rnd.nextInt(600)), createdAt);
        if (rnd.nextInt(100) < 30) {
            event(b, caseId, EventType.TRANSIT, ORIGINS[rnd.nextInt(ORIGINS.length)], identified.minusDays(30 + rnd.nextInt(60)),
                    createdAt);
        }
        if (rnd.nextInt(100) < 85) {
            event(b, caseId, EventType.EXPLOITATION, country.code(), identified.minusDays(rnd.nextInt(30)), createdAt);
        }
    }

    private void event(Batches b, long caseId, EventType type, String cc, LocalDate date, OffsetDateTime createdAt)
            throws SQLException {
        PreparedStatement p = b.event;
        p.setLong(1, id("case_event_seq"));
        p.setLong(2, caseId);
        p.setString(3, type.name());
        p.setString(4, cc);
        str(p, 5, rnd.nextBoolean() ? "Generated place " + (1 + rnd.nextInt(40)) : null);
        p.setObject(6, rnd.nextInt(10) < 9 ? date : null, Types.DATE);
        p.setString(7, GENERATED_BY);
        p.setObject(8, createdAt);
        p.addBatch();
        events++;
    }

    private void writeNotes(Batches b, Caseworker worker, long caseId, OffsetDateTime createdAt, OffsetDateTime changedAt)
            throws SQLException {
        int count = (int) Math.min(6, -1.5 * Math.log(1 - rnd.nextDouble()));
        long span = Math.max(1, changedAt.toEpochSecond() - createdAt.toEpochSecond());
        for (int n = 1; n <= count; n++) {
            OffsetDateTime at = createdAt.plusSeconds((long) (rnd.nextDouble() * span));
            PreparedStatement p = b.note;
            p.setLong(1, id("case_note_seq"));
            p.setLong(2, caseId);
            p.setString(3, "Generated note " + n + ": synthetic test data, about no real person.");
            p.setString(4, worker.username());
            p.setObject(5, at);
            p.setString(6, GENERATED_BY);
            p.setObject(7, at);
            p.addBatch();
            notes++;
        }
    }

    // ---- referrals -----------------------------------------------------------------------------

    /** A victim written for the case, with what a referral summary and the consent check need. */
    record GenVictim(long id, String alias, Gender gender, LocalDate birthDate, Integer estimatedAge,
            LocalDate estimatedAgeOn, String citizenship, String languages, List<GenConsent> consents) {

        Integer ageOn(LocalDate date) {
            if (birthDate != null) {
                return Period.between(birthDate, date).getYears();
            }
            return estimatedAge == null ? null : estimatedAge + Period.between(estimatedAgeOn, date).getYears();
        }
    }

    /** A consent before it is written; a withdrawal may still be added. The rule is {@code Consent.covers}. */
    static final class GenConsent {
        final long victimId;
        final ConsentPurpose purpose;
        final ConsentScope scope;
        final String value;
        final LocalDate givenOn;
        final LocalDate expiresOn;
        final String recordedBy;
        LocalDate withdrawnOn;

        GenConsent(long victimId, ConsentPurpose purpose, ConsentScope scope, String value, LocalDate givenOn,
                LocalDate expiresOn, String recordedBy) {
            this.victimId = victimId;
            this.purpose = purpose;
            this.scope = scope;
            this.value = value;
            this.givenOn = givenOn;
            this.expiresOn = expiresOn;
            this.recordedBy = recordedBy;
        }

        boolean covers(Partner p, LocalDate date) {
            return covers(ConsentPurpose.SERVICE_REFERRAL, p.code(), p.countryCode(), date);
        }

        /** As {@code Consent.covers}: of that purpose, valid on {@code date}, and its scope takes in the agency or country. */
        boolean covers(ConsentPurpose wanted, String agencyCode, String countryCode, LocalDate date) {
            boolean valid = purpose == wanted && !date.isBefore(givenOn)
                    && (expiresOn == null || !date.isAfter(expiresOn)) && (withdrawnOn == null || date.isBefore(withdrawnOn));
            return valid && switch (scope) {
                case ANY -> true;
                case AGENCY -> value.equals(agencyCode);
                case COUNTRY -> value.equals(countryCode);
            };
        }
    }

    /** A referral before it is written. */
    private static final class GenReferral {
        GenVictim victim;
        Partner partner;
        EnumSet<ServiceType> services;
        Urgency urgency;
        ReferralStatus status;
        OffsetDateTime createdAt;
        OffsetDateTime sentAt;
        OffsetDateTime answeredAt;
        OffsetDateTime revokedAt;
        LocalDate completedOn;
        GenConsent consent;
        LocalDate consentWithdrawnOn;

        LocalDate sentDay() {
            return sentAt.toLocalDate();
        }
    }

    /**
     * About 1.2 referrals per case (none for a third of the cases), mostly of the case's first victim, to
     * partners of the case's country offering the services (3 % to a partner of another country). The
     * status follows the time since sending: drafts and unanswered referrals are mostly recent, old
     * referrals mostly completed or declined; a few are revoked, a few SENT ones were never answered and
     * are overdue. Every referral that was sent has a consent of its victim to service referrals that
     * covers its partner on the day it was sent (one is added when none of the intake consents does);
     * 2 % of the open ones had that consent withdrawn later and are marked as the application marks them.
     * The frozen summary holds only generated values: the alias, gender, age or age band, languages and
     * fixed generated texts.
     */
    private void writeReferrals(Batches b, Country country, Office office, Caseworker worker, long caseId, LocalDate opened,
            boolean caseClosed, List<GenVictim> victimsOfCase) throws SQLException {
        int r = rnd.nextInt(100);
        int count = r < 32 ? 0 : r < 65 ? 1 : r < 87 ? 2 : r < 96 ? 3 : 4;
        List<Partner> home = new ArrayList<>(partners.getOrDefault(country.code(), List.of()));
        home.addAll(partners.getOrDefault("", List.of()));
        if (count == 0 || victimsOfCase.isEmpty() || home.isEmpty()) {
            return;
        }
        LocalDate today = options.today();
        long caseAge = today.toEpochDay() - opened.toEpochDay();
        List<GenReferral> planned = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            GenReferral g = new GenReferral();
            g.victim = victimsOfCase.get(k < victimsOfCase.size() && rnd.nextInt(3) == 0 ? k : 0);
            boolean abroad = rnd.nextInt(100) < 3;
            List<Partner> candidates = abroad ? foreignPartners(country.code()) : home;
            if (candidates.isEmpty()) {
                candidates = home;
            }
            choosePartner(g, candidates);
            crossBorderReferrals += g.partner.countryCode() != null && !g.partner.countryCode().equals(country.code()) ? 1 : 0;
            g.urgency = rnd.nextInt(100) < 30 ? Urgency.URGENT : Urgency.NORMAL;
            g.createdAt = at(opened.plusDays(rnd.nextInt((int) Math.min(caseAge, 90) + 1)));
            g.status = referralStatus(ChronoUnit.DAYS.between(g.createdAt, now), caseClosed);
            if (g.status != ReferralStatus.DRAFT) {
                g.sentAt = notAfterNow(g.createdAt.plusSeconds(rnd.nextInt(3600)));
            }
            planned.add(g);
        }
        planned.sort(Comparator.comparing((GenReferral g) -> g.createdAt));
        for (GenReferral g : planned) {
            if (g.sentAt == null) {
                continue;
            }
            answer(g, today);
            LocalDate day = g.sentDay();
            g.consent = g.victim.consents().stream().filter(c -> c.covers(g.partner, day)).findFirst().orElse(null);
            if (g.consent == null) {
                int s = rnd.nextInt(100);
                ConsentScope scope = s < 35 || g.partner.countryCode() == null ? ConsentScope.AGENCY
                        : s < 90 ? ConsentScope.COUNTRY : ConsentScope.ANY;
                String value = switch (scope) {
                    case AGENCY -> g.partner.code();
                    case COUNTRY -> g.partner.countryCode();
                    case ANY -> null;
                };
                LocalDate given = day.minusDays(Math.min(rnd.nextInt(4), Math.max(0, day.toEpochDay() - opened.toEpochDay())));
                g.consent = new GenConsent(g.victim.id(), ConsentPurpose.SERVICE_REFERRAL, scope, value, given,
                        rnd.nextBoolean() ? given.plusYears(1) : null, worker.username());
                g.victim.consents().add(g.consent);
            }
        }
        withdrawSomeConsents(planned, today);
        for (GenReferral g : planned) {
            writeReferral(b, country, office, worker, caseId, g);
        }
    }

    private List<Partner> foreignPartners(String countryCode) {
        List<String> others = partners.keySet().stream().filter(k -> !k.isEmpty() && !k.equals(countryCode)).sorted().toList();
        return others.isEmpty() ? List.of() : partners.get(others.get(rnd.nextInt(others.size())));
    }

    /** One or two services by need, and a partner that offers them all (or, failing that, what one partner offers). */
    private void choosePartner(GenReferral g, List<Partner> candidates) {
        ServiceType[] all = ServiceType.values();
        int[] weights = {25, 20, 25, 15, 5, 6, 4};
        EnumSet<ServiceType> wanted = EnumSet.of(pick(all, weights));
        if (rnd.nextInt(100) < 20) {
            wanted.add(pick(all, weights));
        }
        List<Partner> fit = candidates.stream().filter(p -> p.services().containsAll(wanted)).toList();
        if (fit.isEmpty() && wanted.size() > 1) {
            wanted.retainAll(EnumSet.of(wanted.iterator().next()));
            fit = candidates.stream().filter(p -> p.services().containsAll(wanted)).toList();
        }
        if (fit.isEmpty()) {
            g.partner = candidates.get(rnd.nextInt(candidates.size()));
            List<ServiceType> offered = List.copyOf(g.partner.services());
            g.services = EnumSet.of(offered.get(rnd.nextInt(offered.size())));
        } else {
            g.partner = fit.get(rnd.nextInt(fit.size()));
            g.services = wanted;
        }
    }

    /** Where a referral stands after {@code days} since it was written: recent ones open, old ones mostly settled. */
    private ReferralStatus referralStatus(long days, boolean caseClosed) {
        ReferralStatus s;
        if (days < 3) {
            s = pick(ReferralStatus.values(), 15, 55, 20, 10, 0, 0);
        } else if (days < 180) {
            s = pick(ReferralStatus.values(), 4, 10, 30, 12, 38, 6);
        } else {
            s = pick(ReferralStatus.values(), 1, 3, 5, 25, 61, 5);
        }
        return caseClosed && s == ReferralStatus.ACCEPTED ? ReferralStatus.COMPLETED : s;
    }

    /** The partner's answer, the completion and the revocation, at times after sending and not after now. */
    private void answer(GenReferral g, LocalDate today) {
        long due = (g.urgency == Urgency.URGENT ? URGENT_DUE : NORMAL_DUE).toSeconds();
        boolean answered = g.status == ReferralStatus.ACCEPTED || g.status == ReferralStatus.DECLINED
                || g.status == ReferralStatus.COMPLETED || g.status == ReferralStatus.REVOKED && rnd.nextBoolean();
        if (answered) {
            g.answeredAt = notAfterNow(g.sentAt.plusSeconds(600 + (long) (rnd.nextDouble() * due * 1.3)));
        }
        OffsetDateTime last = answered ? g.answeredAt : g.sentAt;
        if (g.status == ReferralStatus.COMPLETED) {
            LocalDate on = last.toLocalDate().plusDays(1 + rnd.nextInt(60));
            g.completedOn = on.isAfter(today) ? today : on;
        }
        if (g.status == ReferralStatus.REVOKED) {
            g.revokedAt = notAfterNow(last.plusSeconds(3600 + rnd.nextInt(20 * 86_400)));
        }
    }

    /**
     * For 2 % of the open referrals the victim later withdrew the consent that covered it: the consent
     * gets its withdrawal date, and every open referral of the victim sent before it that no other consent
     * covers on that day is marked, as {@code ReferralConsentWatch} marks them. Skipped when a referral
     * sent on or after that day relied on the same consent.
     */
    private void withdrawSomeConsents(List<GenReferral> planned, LocalDate today) {
        for (GenReferral g : planned) {
            if (!g.status.isOpen() || g.consent == null || g.consent.withdrawnOn != null || rnd.nextInt(100) >= 2) {
                continue;
            }
            long span = today.toEpochDay() - g.sentDay().toEpochDay();
            if (span < 1) {
                continue;
            }
            LocalDate on = g.sentDay().plusDays(1 + rnd.nextInt((int) Math.min(span, 365)));
            GenConsent c = g.consent;
            if (planned.stream().anyMatch(o -> o.consent == c && !o.sentDay().isBefore(on))) {
                continue;
            }
            c.withdrawnOn = on;
            for (GenReferral o : planned) {
                if (o.victim == g.victim && o.status.isOpen() && o.consentWithdrawnOn == null && !o.sentDay().isAfter(on)
                        && o.victim.consents().stream().noneMatch(x -> x.covers(o.partner, on))) {
                    o.consentWithdrawnOn = on;
                }
            }
        }
    }

    private void writeReferral(Batches b, Country country, Office office, Caseworker worker, long caseId, GenReferral g)
            throws SQLException {
        OffsetDateTime taken = g.sentAt != null ? g.sentAt : g.createdAt;
        LocalDate summaryDay = taken.toLocalDate();
        EnumSet<SummaryField> fields = EnumSet.noneOf(SummaryField.class);
        if (rnd.nextInt(100) < 80) {
            fields.add(SummaryField.ALIAS);
        }
        if (rnd.nextInt(100) < 90) {
            fields.add(SummaryField.GENDER);
        }
        Integer age = g.victim.ageOn(summaryDay);
        int a = rnd.nextInt(100);
        if (a < 60) {
            fields.add(SummaryField.AGE_BAND);
        } else if (a < 85) {
            fields.add(SummaryField.AGE);
        }
        if (rnd.nextInt(100) < 70) {
            fields.add(SummaryField.LANGUAGES);
        }
        String needs = rnd.nextInt(100) < 80 ? SUMMARY_NEEDS : null;
        String safety = rnd.nextInt(100) < 40 ? SUMMARY_SAFETY : null;
        String contact = rnd.nextInt(100) < 30 ? SUMMARY_CONTACT : null;
        if (needs != null) {
            fields.add(SummaryField.NEEDS);
        }
        if (safety != null) {
            fields.add(SummaryField.SAFETY_NOTES);
        }
        if (contact != null) {
            fields.add(SummaryField.CONTACT_ARRANGEMENTS);
        }
        OffsetDateTime due = g.sentAt == null ? null
                : g.sentAt.plus(g.urgency == Urgency.URGENT ? URGENT_DUE : NORMAL_DUE);
        OffsetDateTime changedAt = g.revokedAt != null ? g.revokedAt : g.answeredAt != null ? g.answeredAt : g.sentAt;
        if (g.completedOn != null) {
            changedAt = notAfterNow(g.completedOn.atStartOfDay().atOffset(ZoneOffset.UTC).plusHours(15));
            if (changedAt.isBefore(g.answeredAt)) {
                changedAt = g.answeredAt;
            }
        }
        int version = 1 + (g.sentAt != null ? 1 : 0) + (g.answeredAt != null ? 1 : 0) + (g.completedOn != null ? 1 : 0)
                + (g.revokedAt != null ? 1 : 0) + (g.consentWithdrawnOn != null ? 1 : 0);
        PreparedStatement p = b.referral;
        int i = 1;
        p.setLong(i++, id("referral_seq"));
        p.setLong(i++, caseId);
        p.setLong(i++, g.victim.id());
        p.setLong(i++, office.agencyId());
        p.setString(i++, office.agencyCode());
        p.setString(i++, country.code());
        p.setString(i++, worker.username());
        p.setLong(i++, g.partner.id());
        p.setString(i++, g.partner.code());
        str(p, i++, g.partner.countryCode());
        p.setString(i++, names(g.services));
        p.setString(i++, g.urgency.name());
        p.setString(i++, REFERRAL_REASON);
        str(p, i++, names(fields));
        str(p, i++, fields.contains(SummaryField.ALIAS) ? g.victim.alias() : null);
        str(p, i++, fields.contains(SummaryField.GENDER) ? g.victim.gender().name() : null);
        if (fields.contains(SummaryField.AGE) && age != null) {
            p.setInt(i++, age);
        } else {
            p.setNull(i++, Types.INTEGER);
        }
        str(p, i++, fields.contains(SummaryField.AGE_BAND) ? VictimSummary.band(age) : null);
        str(p, i++, fields.contains(SummaryField.LANGUAGES) ? g.victim.languages() : null);
        str(p, i++, needs);
        str(p, i++, safety);
        str(p, i++, contact);
        p.setString(i++, g.status.name());
        str(p, i++, g.sentAt == null ? null : worker.username());
        ts(p, i++, g.sentAt);
        ts(p, i++, due);
        str(p, i++, g.answeredAt == null ? null : GENERATED_BY);
        ts(p, i++, g.answeredAt);
        str(p, i++, g.status == ReferralStatus.DECLINED ? DECLINE_REASON : null);
        str(p, i++, g.status == ReferralStatus.COMPLETED ? OUTCOME : null);
        str(p, i++, g.status == ReferralStatus.COMPLETED ? names(g.services) : null);
        p.setObject(i++, g.completedOn, Types.DATE);
        str(p, i++, g.revokedAt == null ? null : worker.username());
        ts(p, i++, g.revokedAt);
        str(p, i++, g.revokedAt == null ? null : REVOKE_REASON);
        p.setObject(i++, g.consentWithdrawnOn, Types.DATE);
        ts(p, i++, overdueNotice(g, due));
        p.setLong(i++, version);
        p.setString(i++, GENERATED_BY);
        p.setObject(i++, g.createdAt);
        str(p, i++, changedAt == null ? null : g.answeredAt != null && changedAt.equals(g.answeredAt) ? GENERATED_BY
                : worker.username());
        ts(p, i, changedAt);
        p.addBatch();
        referrals++;
        referralsByStatus.merge(g.status, 1, Integer::sum);
        if (g.status == ReferralStatus.SENT && due.isBefore(now)) {
            overdueReferrals++;
        }
        if (g.consentWithdrawnOn != null) {
            withdrawnReferrals++;
        }
    }

    /**
     * When the sender was told the referral is overdue ({@code ReferralOverdueWatch}): a minute after the
     * response-due time, if it was still SENT then; so that a server started on generated data does not
     * tell every sender of years of old referrals at once.
     */
    private OffsetDateTime overdueNotice(GenReferral g, OffsetDateTime due) {
        if (due == null) {
            return null;
        }
        OffsetDateTime waited = g.answeredAt != null ? g.answeredAt : g.revokedAt != null ? g.revokedAt : now;
        OffsetDateTime notice = due.plusMinutes(1);
        return notice.isBefore(waited) ? notice : null;
    }

    /** As the application's {@code EnumSetConverter} writes a set: names sorted, comma-separated, null when empty. */
    static String names(EnumSet<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    // ---- code-list distributions ---------------------------------------------------------------

    private CaseStatus status(long age) {
        if (age < 180) {
            return pick(CaseStatus.values(), 70, 25, 4, 1);
        }
        if (age < 730) {
            return pick(CaseStatus.values(), 30, 30, 30, 10);
        }
        return pick(CaseStatus.values(), 5, 5, 65, 25);
    }

    private CaseStage stage(CaseStatus status, long age) {
        if (status.isClosed()) {
            return pick(CaseStage.values(), 5, 25, 25, 30, 15);
        }
        return age < 60 ? pick(CaseStage.values(), 60, 30, 3, 2, 5) : pick(CaseStage.values(), 15, 40, 15, 15, 15);
    }

    private EnumSet<ExploitationType> exploitation() {
        EnumSet<ExploitationType> set = EnumSet.noneOf(ExploitationType.class);
        int[] weights = {350, 400, 50, 30, 60, 5, 5, 30, 5, 5, 55};
        set.add(pick(ExploitationType.values(), weights));
        if (rnd.nextInt(100) < 20) {
            set.add(pick(ExploitationType.values(), weights));
        }
        return set;
    }

    /** Adds the comma-separated code names {@code names} (or none when null) to {@code into}, in the order of their enum. */
    private static void inEnumOrder(List<String> into, Enum<?>[] values, String names) {
        if (names == null) {
            return;
        }
        List<String> wanted = List.of(names.split(","));
        for (Enum<?> e : values) {
            if (wanted.contains(e.name())) {
                into.add(e.name());
            }
        }
    }

    private <E extends Enum<E>> String codes(E[] values, int count) {
        List<E> chosen = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            E e = values[rnd.nextInt(values.length)];
            if (!chosen.contains(e)) {
                chosen.add(e);
            }
        }
        return chosen.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String language(String citizenship) {
        return switch (citizenship) {
            case "VE", "DO", "CO", "CU" -> "es";
            case "HT" -> "ht,fr";
            case "SR" -> "nl";
            case "AW", "CW" -> "pap,nl";
            case "BR" -> "pt";
            case "CN" -> "zh";
            case "IN" -> "hi,en";
            case "PH" -> "tl,en";
            default -> "en";
        };
    }

    private <E> E pick(E[] values, int... weights) {
        return pick(rnd, values, weights);
    }

    static <E> E pick(SplittableRandom rnd, E[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int k = 0; k < weights.length; k++) {
            r -= weights[k];
            if (r < 0) {
                return values[k];
            }
        }
        return values[values.length - 1];
    }

    /** A time during the (Caribbean) working day, never after now. */
    private OffsetDateTime at(LocalDate day) {
        return notAfterNow(day.atStartOfDay().atOffset(ZoneOffset.UTC).plusSeconds(12 * 3600 + rnd.nextInt(11 * 3600)));
    }

    private OffsetDateTime notAfterNow(OffsetDateTime t) {
        return t.isAfter(now) ? now : t;
    }

    // ---- JDBC plumbing -------------------------------------------------------------------------

    long id(String sequence) throws SQLException {
        return sequences.computeIfAbsent(sequence, IdBlock::new).next();
    }

    /** Ids as EclipseLink takes them: each nextval {@code v} of a sequence incremented by 50 gives {@code v-49 .. v}. */
    private final class IdBlock {
        private final String sql;
        private long next = 1;
        private long last;

        IdBlock(String sequence) {
            this.sql = h2 ? "select next value for " + sequence : "select nextval('" + sequence + "')";
        }

        long next() throws SQLException {
            if (next > last) {
                try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    rs.next();
                    last = rs.getLong(1);
                }
                next = last - (BLOCK - 1);
            }
            return next++;
        }
    }

    static void str(PreparedStatement p, int i, String value) throws SQLException {
        if (value == null) {
            p.setNull(i, Types.VARCHAR);
        } else {
            p.setString(i, value);
        }
    }

    static void ts(PreparedStatement p, int i, OffsetDateTime value) throws SQLException {
        if (value == null) {
            p.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            p.setObject(i, value);
        }
    }

    /** One prepared insert per table, executed in foreign-key order. */
    private static final class Batches implements AutoCloseable {
        final PreparedStatement caseFile;
        final PreparedStatement exploitation;
        final PreparedStatement team;
        final PreparedStatement victim;
        final PreparedStatement caseVictim;
        final PreparedStatement consent;
        final PreparedStatement event;
        final PreparedStatement note;
        final PreparedStatement referral;
        private final List<PreparedStatement> order;

        Batches(Connection db) throws SQLException {
            caseFile = db.prepareStatement("insert into case_file (id, case_number, country_id, owning_agency_id,"
                    + " assigned_to_id, status, stage, risk_level, risk_rank, identification_date, identification_place,"
                    + " identification_place_search, sex_exploitation_types, forced_labour_industry, methods_of_control,"
                    + " methods_of_recruitment, recruitment_apps, exploitation_apps, review_due, closure_reason, closure_requested_status,"
                    + " closure_requested_by, closure_requested_at, closure_review_comment, closure_reviewed_by, closed_at,"
                    + " voided, void_reason, version, created_by, created_at, changed_by, changed_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            exploitation = db.prepareStatement("insert into case_exploitation (case_id, type) values (?, ?)");
            team = db.prepareStatement("insert into case_team (case_id, user_id) values (?, ?)");
            victim = db.prepareStatement("insert into victim (id, alias, alias_search, gender, birth_date, estimated_age,"
                    + " estimated_age_on, citizenships, languages, trafficking_status, status_decided_by, age_when_trafficked,"
                    + " relationship_to_trafficker, migration_status, voided, version, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 1, ?, ?)");
            caseVictim = db.prepareStatement("insert into case_victim (case_id, victim_id) values (?, ?)");
            consent = db.prepareStatement("insert into victim_consent (id, victim_id, purpose, scope, scope_value, given_on,"
                    + " expires_on, withdrawn_on, recorded_by, version, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
            event = db.prepareStatement("insert into case_event (id, case_id, type, country_code, place, event_date, voided,"
                    + " version, created_by, created_at) values (?, ?, ?, ?, ?, ?, false, 1, ?, ?)");
            note = db.prepareStatement("insert into case_note (id, case_id, text, author, written_at, voided, version,"
                    + " created_by, created_at) values (?, ?, ?, ?, ?, false, 1, ?, ?)");
            referral = db.prepareStatement("insert into referral (id, case_id, victim_id, sending_agency_id, sending_agency_code,"
                    + " sending_country, author, recipient_agency_id, recipient_agency_code, recipient_country, services, urgency,"
                    + " reason, summary_fields, summary_name, summary_gender, summary_age, summary_age_band, summary_languages,"
                    + " summary_needs, summary_safety_notes, summary_contact, status, sent_by, sent_at, response_due, answered_by,"
                    + " answered_at, decline_reason, outcome, services_delivered, completed_on, revoked_by, revoked_at,"
                    + " revoke_reason, consent_withdrawn_on, overdue_notified_at, voided, version, created_by, created_at,"
                    + " changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?, ?)");
            order = List.of(caseFile, exploitation, team, victim, caseVictim, consent, event, note, referral);
        }

        void flush() throws SQLException {
            for (PreparedStatement p : order) {
                p.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement p : order) {
                p.close();
            }
        }
    }
}
