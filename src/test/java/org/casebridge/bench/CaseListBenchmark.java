package org.casebridge.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.casebridge.domain.model.casefile.CaseCursor;
import org.casebridge.domain.model.casefile.CaseSort;

/**
 * The case list benchmark (docs/performance.md): not a test, a program. Against a PostgreSQL
 * database filled by the generator it times, for realistic scopes, filters and sorts, page 1, a deep
 * page reached with a keyset cursor, the same deep page with OFFSET, and the count, three ways:
 * <ul>
 * <li><b>raw</b>: hand-written SQL over JDBC doing the same work (the list's columns, the exploitation
 * types of the page, the count), keyset by row-value comparison;</li>
 * <li><b>EL-SQL</b>: the SQL EclipseLink generates for {@code JpaCaseRepository}'s JPQL (captured from
 * the database log of a running server), run over JDBC with the same parameters, with the batch
 * fetch of exploitation types; shows what the SQL shape costs, without the server;</li>
 * <li><b>REST</b>: {@code GET /api/cases} of a running server on that database (optional), end to
 * end: HTTP, Basic authentication, access scope, JPQL, DTOs, JSON and the audit entry.</li>
 * </ul>
 * Medians of several runs after warm-up; ratios against raw; EXPLAIN (ANALYZE, BUFFERS) of the main
 * queries written to a folder. Run with
 * {@code ./mvnw -q test-compile exec:java@bench-cases -Dbench.args="--url ... --server http://..."}.
 */
public final class CaseListBenchmark {

    static final String USAGE = """
            Usage: CaseListBenchmark --url JDBC_URL [--user USER] [--password PASSWORD]
                                     [--server http://host:port] [--password-demo PASSWORD]
                                     [--runs N] [--warmup N] [--size N] [--deep PAGE] [--plans DIR] [--out FILE]
              --url           a PostgreSQL database filled by the generator (with the demo accounts)
              --server        a CaseBridge server running on that database, for the REST timings
              --password-demo the demo accounts' password (default Demo-Password-2026)
              --runs N        measured runs per query (default 7; the median is reported)
              --warmup N      unmeasured runs first (default 2)
              --size N        page size (default 25, the application's default)
              --deep PAGE     the deep page (default 1000; the last page if the list is shorter)
              --plans DIR     write EXPLAIN (ANALYZE, BUFFERS) of the main queries there
              --out FILE      also write the result tables (Markdown) there
              --only WHO      supervisor, caseworker, referrals, cooperation, statistics, tokens or dashboard: only that part (default all
                              but tokens); tokens times GET /api/cases with an API token, without authentication
                              and with Basic, and 50 concurrent token clients (needs --server; the server should
                              run with casebridge.http.server-timing=true)
              --server-pid P  the server's process id, to report its CPU time per request (tokens)
              --only export   the HTCDS export of JM's cases (POST to download, needs --server) against a COPY of
                              the same columns, with the server's heap sampled by jstat during the export (--server-pid)
              --export-cases N  the export holds JM's newest N cases (default 100000; 0: all of JM's cases)
              --only audit-writes  concurrent writers adding notes with API tokens (needs --server): writes/s, p50,
                              p95, load; then the chain checked gapless and unforked and verified by the server
              --writers N,M   concurrent writers for audit-writes (default 8,32), --seconds S per run (default 20)""";

    /** The SELECT list EclipseLink generates for the list query (CaseFile with country, agency and caseworker fetched). */
    private static final String EL_SELECT = "SELECT t1.ID AS a1, t1.changed_at AS a2, t1.changed_by AS a3, t1.closed_at AS a4,"
            + " t1.closure_reason AS a5, t1.closure_requested_at AS a6, t1.closure_requested_by AS a7,"
            + " t1.closure_requested_status AS a8, t1.closure_review_comment AS a9, t1.closure_reviewed_by AS a10,"
            + " t1.created_at AS a11, t1.created_by AS a12, t1.exploitation_apps AS a13, t1.forced_labour_industry AS a14,"
            + " t1.identification_date AS a15, t1.identification_place AS a16, t1.methods_of_control AS a17,"
            + " t1.methods_of_recruitment AS a18, t1.case_number AS a19, t1.recruitment_apps AS a20, t1.review_due AS a21,"
            + " t1.risk_level AS a22, t1.risk_rank AS a23, t1.sex_exploitation_types AS a24, t1.stage AS a25,"
            + " t1.status AS a26, t1.version AS a27, t1.void_reason AS a28, t1.voided AS a29, t1.assigned_to_id AS a30,"
            + " t1.country_id AS a31, t1.owning_agency_id AS a32, t0.ID AS a33, t0.changed_at AS a34, t0.changed_by AS a35,"
            + " t0.closure_approval AS a36, t0.code AS a37, t0.created_at AS a38, t0.created_by AS a39, t0.name AS a40,"
            + " t0.participating AS a41, t0.version AS a42, t2.ID AS a43, t2.active AS a44, t2.changed_at AS a45,"
            + " t2.changed_by AS a46, t2.code AS a47, t2.contact_address AS a48, t2.contact_email AS a49,"
            + " t2.contact_phone AS a50, t2.created_at AS a51, t2.created_by AS a52, t2.name AS a53, t2.type AS a54,"
            + " t2.version AS a55, t2.country_id AS a56, t3.ID AS a57, t3.changed_at AS a58, t3.changed_by AS a59,"
            + " t3.created_at AS a60, t3.created_by AS a61, t3.display_name AS a62, t3.enabled AS a63,"
            + " t3.failed_attempts AS a64, t3.last_login_at AS a65, t3.locked_until AS a66, t3.password_changed_at AS a67,"
            + " t3.password_hash AS a68, t3.session_epoch AS a69, t3.username AS a70, t3.version AS a71, t3.agency_id AS a72"
            + " FROM user_account t3, agency t2, case_file t1, country t0 WHERE ";

    private static final String RAW_SELECT = "select c.id, c.case_number, k.code, a.code, u.id, u.username, u.display_name,"
            + " c.status, c.stage, c.risk_level, c.identification_date, c.identification_place, c.review_due,"
            + " c.closure_requested_status, c.changed_at, c.version"
            + " from case_file c join country k on k.id = c.country_id join agency a on a.id = c.owning_agency_id"
            + " join user_account u on u.id = c.assigned_to_id where ";

    /**
     * Who lists: a supervisor sees the country, a caseworker the cases of their country ({@code homeCountry})
     * that their agency owns or that they work on.
     */
    record Scope(String label, String login, Long countryId, Long agencyId, Long userId, Long homeCountry) {
    }

    /**
     * How the caseworker scope is written: as the application does now (the country, then agency, assignee
     * or an uncorrelated "id in (the user's team rows)"); as EclipseLink wrote it before V7_1 (the same,
     * with the team as a correlated EXISTS joining case_file and user_account again); as an "id in (…
     * union … union …)"; or without the country bound, as before the country became part of the rule.
     */
    enum ScopeForm {
        APPLICATION, EXISTS_BEFORE, UNION, UNBOUNDED
    }

    /** Open cases of sexual exploitation identified in the last three years, or no filter. */
    record Filter(String label, boolean on, LocalDate from, LocalDate to) {
    }

    enum Sort {
        IDENTIFIED("identification_date", CaseSort.IDENTIFIED),
        RISK("risk_rank", CaseSort.RISK),
        NUMBER("case_number", CaseSort.NUMBER),
        CHANGED("changed_at", CaseSort.CHANGED);

        final String column;
        final CaseSort caseSort;

        Sort(String column, CaseSort caseSort) {
            this.column = column;
            this.caseSort = caseSort;
        }
    }

    /** The keyset predicate EclipseLink gets from the JPQL: the plain OR, or the OR bounded by the key (index range). */
    enum Keyset {
        OR, BOUNDED_OR, ROW_VALUE
    }

    /** A statement with its parameters. */
    record Sql(String text, List<Object> params) {
    }

    private final Connection db;
    private final String server;
    private final String demoPassword;
    private final int runs;
    private final int warmup;
    private final int size;
    private final int deep;
    private final Path plans;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> table = new ArrayList<>();
    private String only;
    /** How many concurrent writers, and seconds per run, for audit-writes. */
    private int[] writers;
    private int seconds;
    private Long serverPid;
    private int exportCases = 100000;
    private int planNumber;
    private final Map<ScopeForm, Sql> alternatives = new LinkedHashMap<>();
    /** Page 1 with its count, per scope label and "filter / sort": raw, EL-SQL, REST; for the ratios. */
    private final Map<String, double[]> firstPages = new LinkedHashMap<>();

    private CaseListBenchmark(Connection db, String server, String demoPassword, int runs, int warmup, int size, int deep,
            Path plans, PrintStream out) {
        this.db = db;
        this.server = server;
        this.demoPassword = demoPassword;
        this.runs = runs;
        this.warmup = warmup;
        this.size = size;
        this.deep = deep;
        this.plans = plans;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--help") || args[i].equals("-h")) {
                System.out.println(USAGE);
                return;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("bad argument " + args[i]);
                System.err.println(USAGE);
                System.exit(2);
            }
            o.put(args[i], args[++i]);
        }
        if (!o.containsKey("--url")) {
            System.err.println(USAGE);
            System.exit(2);
        }
        Path plans = o.containsKey("--plans") ? Files.createDirectories(Path.of(o.get("--plans"))) : null;
        try (Connection db = DriverManager.getConnection(o.get("--url"), o.getOrDefault("--user", "postgres"),
                o.getOrDefault("--password", ""))) {
            CaseListBenchmark b = new CaseListBenchmark(db, o.get("--server"),
                    o.getOrDefault("--password-demo", "Demo-Password-2026"), Integer.parseInt(o.getOrDefault("--runs", "7")),
                    Integer.parseInt(o.getOrDefault("--warmup", "2")), Integer.parseInt(o.getOrDefault("--size", "25")),
                    Integer.parseInt(o.getOrDefault("--deep", "1000")), plans, System.out);
            b.only = o.get("--only");
            b.serverPid = o.containsKey("--server-pid") ? Long.parseLong(o.get("--server-pid")) : null;
            b.exportCases = Integer.parseInt(o.getOrDefault("--export-cases", "100000"));
            b.writers = java.util.Arrays.stream(o.getOrDefault("--writers", "8,32").split(","))
                    .mapToInt(w -> Integer.parseInt(w.trim())).toArray();
            b.seconds = Integer.parseInt(o.getOrDefault("--seconds", "20"));
            b.runAll();
            if (o.containsKey("--out")) {
                Files.write(Path.of(o.get("--out")), b.table, StandardCharsets.UTF_8);
            }
        }
    }

    private void runAll() throws Exception {
        long cases = single("select count(*) from case_file");
        long jm = single("select id from country where code = 'JM'");
        long cwId = single("select id from user_account where username = 'cw1-jm'");
        long cwAgency = single("select agency_id from user_account where username = 'cw1-jm'");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        line("# Case list benchmark: %,d cases; page size %d; deep page %d; median of %d runs after %d warm-up (ms)",
                cases, size, deep, runs, warmup);
        line("");
        line("PostgreSQL: %s; jit = %s (the database's setting, as the server's connections have it)",
                text("select version()"), text("show jit"));
        line("");
        if ("audit-writes".equals(only)) {
            AuditWritesBenchmark.run(db, server, demoPassword, writers, seconds, runs, this::line);
            return;
        }
        if (server != null) {
            line("REST baseline, GET /api/me (authentication and account only): sup-jm %.2f ms, cw1-jm %.2f ms",
                    median(() -> rest("/api/me", "sup-jm")), median(() -> rest("/api/me", "cw1-jm")));
            line("");
        }
        if ("referrals".equals(only)) {
            referralScenarios(jm, cwAgency, cwId, now());
            return;
        }
        if ("cooperation".equals(only)) {
            cooperationScenarios(now());
            return;
        }
        if ("statistics".equals(only)) {
            statisticsScenarios();
            return;
        }
        if ("dashboard".equals(only)) {
            DashboardBenchmark.run(server, demoPassword, size, runs, warmup, this::line);
            return;
        }
        if ("tokens".equals(only)) {
            TokenBenchmark.run(server, demoPassword, size, runs, warmup, serverPid, this::line);
            return;
        }
        // exports (issue 13)
        if ("export".equals(only)) {
            ExportBenchmark.run(db, server, demoPassword, runs, exportCases, serverPid, this::line);
            return;
        }
        List<Scope> scopes = List.of(new Scope("supervisor JM", "sup-jm", jm, null, null, null),
                new Scope("caseworker cw1-jm", "cw1-jm", null, cwAgency, cwId, jm));
        List<Filter> filters = List.of(new Filter("no filter", false, null, null),
                new Filter("open+sexual+3y", true, today.minusYears(3), today));
        line("| scope | filter | sort | rows | query | raw | EL-SQL | EL/raw | REST | REST/raw |");
        line("|---|---|---|---:|---|---:|---:|---:|---:|---:|");
        for (Scope scope : scopes) {
            if (only != null && !scope.label().startsWith(only)) {
                continue;
            }
            for (Filter filter : filters) {
                for (Sort sort : Sort.values()) {
                    // the other two sorts once, for the supervisor's whole list: enough to see their indexes work
                    if (sort == Sort.IDENTIFIED || sort == Sort.RISK || scope.countryId() != null && !filter.on()) {
                        scenario(scope, filter, sort);
                    }
                }
            }
        }
        ratios();
        if (only == null) {
            referralScenarios(jm, cwAgency, cwId, now());
            cooperationScenarios(now());
        }
    }

    /**
     * The caseworker's first page with its count against the supervisor's, for each filter and sort both
     * ran: what issue 7 item 9 asks to keep at 1.5 or below. REST includes per-request authentication
     * (the password hash at the server's configured iterations), which is the same for both.
     */
    private void ratios() {
        line("");
        line("Caseworker page 1 with its count ÷ supervisor page 1 with its count:");
        line("");
        line("| filter / sort | raw cw | raw sup | raw ratio | EL-SQL cw | EL-SQL sup | EL-SQL ratio | REST cw | REST sup | REST ratio |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Map.Entry<String, double[]> cw : firstPages.entrySet()) {
            if (!cw.getKey().startsWith("caseworker")) {
                continue;
            }
            String what = cw.getKey().substring(cw.getKey().indexOf('|') + 1);
            double[] sup = firstPages.entrySet().stream().filter(e -> e.getKey().startsWith("supervisor")
                    && e.getKey().endsWith("|" + what)).map(Map.Entry::getValue).findFirst().orElse(null);
            if (sup == null) {
                continue;
            }
            double[] c = cw.getValue();
            line("| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |", what, ms(c[0]), ms(sup[0]), ratio2(c[0], sup[0]),
                    ms(c[1]), ms(sup[1]), ratio2(c[1], sup[1]), ms(c[2]), ms(sup[2]), ratio2(c[2], sup[2]));
        }
    }

    private void scenario(Scope s, Filter f, Sort sort) throws Exception {
        Sql rawCount = rawCount(s, f);
        if (s.countryId() == null && sort == Sort.IDENTIFIED) {
            // the caseworker's page 1 with the alternative scope forms, to weigh them (raw only)
            for (ScopeForm form : ALTERNATIVES) {
                List<Object> p = new ArrayList<>();
                StringBuilder sql = new StringBuilder(RAW_SELECT).append(rawWhere(s, f, p, form));
                sql.append(" order by c.identification_date desc, c.id desc limit ?");
                p.add(size);
                Sql alt = new Sql(sql.toString(), p);
                check(alt, rawPage(s, f, sort, null, 0));
                alternatives.put(form, alt);
            }
        }
        long total = count(rawCount);
        String head = String.format("| %s | %s | %s | %,d |", s.label(), f.label(), sort, total);
        // count
        Sql elCount = elCount(s, f);
        double rc = median(() -> time(rawCount));
        double ec = median(() -> time(elCount));
        row(head, "count", rc, ec, Double.NaN);
        plan(s, f, sort, "count", elCount);
        if (s.countryId() == null && sort == Sort.IDENTIFIED) {
            for (ScopeForm form : ALTERNATIVES) {
                List<Object> p = new ArrayList<>();
                Sql alt = new Sql("select count(*) from case_file c where " + rawWhere(s, f, p, form), p);
                if (count(alt) != total) {
                    throw new IllegalStateException("the " + form + " scope counts differently");
                }
                row(head, "count, scope as " + form + " (raw alternative)", median(() -> time(alt)), Double.NaN, Double.NaN);
                plan(s, f, sort, "count-" + form.name().toLowerCase(Locale.ROOT), alt);
            }
        }

        // page 1
        Sql raw1 = rawPage(s, f, sort, null, 0);
        Sql el1 = elPage(s, f, sort, null, Keyset.OR, 0);
        check(raw1, el1);
        double r1 = median(() -> timeEl(raw1));
        double e1 = median(() -> timeEl(el1));
        double rest1 = server == null ? Double.NaN : median(() -> rest(restPath(f, sort, null, 0), s.login()));
        row(head, "page 1 (+count)", r1 + rc, e1 + ec, rest1);
        firstPages.put(s.label() + "|" + f.label() + " / " + sort, new double[] {r1 + rc, e1 + ec, rest1});
        plan(s, f, sort, "page1", el1);
        for (Map.Entry<ScopeForm, Sql> alt : alternatives.entrySet()) {
            row(head, "page 1, scope as " + alt.getKey() + " (raw alternative, without count)", median(() -> timeEl(alt.getValue())),
                    Double.NaN, Double.NaN);
            plan(s, f, sort, "page1-" + alt.getKey().name().toLowerCase(Locale.ROOT), alt.getValue());
        }
        alternatives.clear();

        // deep page
        long pages = Math.max(1, (total + size - 1) / size);
        int page = (int) Math.min(deep, pages);
        if (page < 2) {
            return;
        }
        int offset = (page - 1) * size;
        Object[] key = keyAt(s, f, sort, offset - 1);
        Sql rawKey = rawPage(s, f, sort, key, 0);
        Sql elKeyOr = elPage(s, f, sort, key, Keyset.OR, 0);
        Sql elKeyBounded = elPage(s, f, sort, key, Keyset.BOUNDED_OR, 0);
        Sql elKeyRow = elPage(s, f, sort, key, Keyset.ROW_VALUE, 0);
        Sql rawOffset = rawPage(s, f, sort, null, offset);
        Sql elOffset = elPage(s, f, sort, null, Keyset.OR, offset);
        check(rawKey, elKeyOr);
        check(rawKey, elKeyBounded);
        check(rawKey, elKeyRow);
        check(rawKey, rawOffset);
        check(rawKey, elOffset);
        String keyText = key[0] instanceof java.time.OffsetDateTime t ? t.toInstant().toString() : key[0].toString();
        String afterToken = new CaseCursor(sort.caseSort, keyText, ((Number) key[1]).longValue()).token();
        double rk = median(() -> timeEl(rawKey));
        double ekOr = median(() -> timeEl(elKeyOr));
        double ekB = median(() -> timeEl(elKeyBounded));
        double ekR = median(() -> timeEl(elKeyRow));
        double restK = server == null ? Double.NaN : median(() -> rest(restPath(f, sort, afterToken, 0), s.login()));
        // A page asked with the token is not counted again: the token carries the first page's total.
        row(head, "page " + page + " keyset, plain OR (before the fix), no count", rk, ekOr, Double.NaN);
        row(head, "page " + page + " keyset, bounded OR (as now), no count", rk, ekB, restK);
        row(head, "page " + page + " keyset, row value, no count", rk, ekR, Double.NaN);
        double ro = median(() -> timeEl(rawOffset));
        double eo = median(() -> timeEl(elOffset));
        double restO = server == null ? Double.NaN : median(() -> rest(restPath(f, sort, null, offset), s.login()));
        row(head, "page " + page + " OFFSET " + offset + " (+count)", ro + rc, eo + ec, restO);
        plan(s, f, sort, "keyset-or", elKeyOr);
        plan(s, f, sort, "keyset-bounded", elKeyBounded);
        plan(s, f, sort, "keyset-raw-rowvalue", rawKey);
        plan(s, f, sort, "offset", elOffset);
    }

    // ---- referrals (issue 9 item 9) -------------------------------------------------------------------

    /**
     * Who lists referrals: a partner its agency's inbox ({@code recipientAgencyId}), a supervisor their
     * country's ({@code sendingCountry}), a caseworker those of the cases of their country their agency owns,
     * that are assigned to them or whose team they are on, sent from their country ({@code casesCountry}, the
     * bound the application adds); {@code unscoped}: the same query with no scope.
     */
    record RefScope(String label, String login, Long recipientAgencyId, String sendingCountry, Long caseworkerCountry,
            Long agencyId, Long userId, String casesCountry) {

        boolean unscoped() {
            return recipientAgencyId == null && sendingCountry == null && userId == null;
        }
    }

    /** A referral list's filter: none, overdue (SENT past the response-due time), or one case's referrals. */
    record RefFilter(String label, boolean overdue, Long caseId) {
    }

    /** The columns the list rows show (ReferralRow), for the raw SQL. */
    private static final String REF_RAW_SELECT = "select r.id, r.case_id, r.victim_id, r.status, r.urgency, r.services,"
            + " r.sending_agency_code, r.sending_country, r.recipient_agency_code, r.recipient_country, r.sent_at,"
            + " r.response_due, r.consent_withdrawn_on, r.version from referral r where ";

    /** Every column of the Referral entity in the order EclipseLink selects them (from the statement log of a running server). */
    private static final List<String> REF_EL_COLUMNS = List.of("ID", "answered_at", "answered_by", "author", "case_id",
            "changed_at", "changed_by", "completed_on", "consent_override_at", "consent_override_basis", "consent_override_by",
            "consent_withdrawn_on", "created_at", "created_by", "decline_reason", "outcome", "reason", "recipient_agency_code",
            "recipient_agency_id", "recipient_country", "response_due", "revoke_reason", "revoked_at", "revoked_by",
            "sending_agency_code", "sending_agency_id", "sending_country", "sent_at", "sent_by", "services", "services_delivered",
            "status", "urgency", "version", "victim_id", "void_reason", "voided", "voided_at", "voided_by", "summary_age",
            "summary_age_band", "summary_contact", "summary_fields", "summary_gender", "summary_languages", "summary_name",
            "summary_needs", "summary_safety_notes");

    /** Page 1 with its count, per list: raw, EL-SQL, REST; for the ratios. */
    private final Map<String, double[]> refFirstPages = new LinkedHashMap<>();

    /**
     * The referral lists at scale: a partner's inbox (and the same query without the scope), a
     * supervisor's list and its overdue filter, a case's referrals (the Referrals tab) for the caseworker
     * and the supervisor, and a caseworker's whole list. Page 1 and a deep page reached with the
     * {@code after} token (the application keys referral lists by id alone); every referral page is
     * counted by the application, so every page row includes the count.
     */
    private void referralScenarios(long jm, long cwAgency, long cwId, java.time.Instant now) throws Exception {
        long referrals = single("select count(*) from referral");
        long partnerAgency = single("select a.id from agency a join user_account u on u.agency_id = a.id where u.username = 'partner1-jm'");
        // a generated case of cw1-jm's agency with the most referrals among the newest (the Referrals tab)
        long caseId = single("select c.id from case_file c join referral r on r.case_id = c.id where c.owning_agency_id = "
                + cwAgency + " and c.created_by = 'generator' and c.id > (select max(id) - 20000 from case_file)"
                + " group by c.id order by count(*) desc, c.id desc limit 1");
        line("");
        line("## Referrals: %,d referrals; page size %d; deep page %d (or the last); median of %d runs after %d warm-up (ms)",
                referrals, size, deep, runs, warmup);
        line("");
        line("Rows marked (+count) add the list's count to the page, as the application counts every referral page;"
                + " rows marked alone are the page query by itself. Case for the Referrals tab: id %d.", caseId);
        line("");
        line("| scope | filter | rows | query | raw | EL-SQL | EL/raw | REST | REST/raw |");
        line("|---|---|---:|---|---:|---:|---:|---:|---:|");
        RefScope partner = new RefScope("partner1-jm inbox", "partner1-jm", partnerAgency, null, null, null, null, null);
        RefScope unscoped = new RefScope("no scope", null, null, null, null, null, null, null);
        // the partner with the fewest referrals (no account; raw and EL-SQL only): a sparse scope
        long smallAgency = single("select recipient_agency_id from referral group by recipient_agency_id order by count(*), 1 limit 1");
        RefScope small = new RefScope("smallest partner inbox (agency " + smallAgency + ")", null, smallAgency, null, null, null, null, null);
        RefScope supervisor = new RefScope("supervisor JM", "sup-jm", null, "JM", null, null, null, null);
        RefScope caseworker = new RefScope("caseworker cw1-jm", "cw1-jm", null, null, jm, cwAgency, cwId, "JM");
        RefFilter none = new RefFilter("no filter", false, null);
        RefFilter overdue = new RefFilter("overdue", true, null);
        RefFilter oneCase = new RefFilter("case " + caseId, false, caseId);
        refScenario(partner, none, now);
        refScenario(unscoped, none, now);
        refScenario(small, none, now);
        refScenario(supervisor, none, now);
        refScenario(supervisor, overdue, now);
        refScenario(unscoped, overdue, now);
        refScenario(caseworker, oneCase, now);
        refScenario(supervisor, oneCase, now);
        refScenario(caseworker, none, now);
        line("");
        line("Ratios (each page with its count, unless marked alone):");
        line("");
        line("| ratio | raw | EL-SQL | REST |");
        line("|---|---:|---:|---:|");
        refRatio("partner inbox: page " + deep + " ÷ page 1", "partner1-jm inbox|no filter|deep", "partner1-jm inbox|no filter|1");
        refRatio("partner inbox: page " + deep + " ÷ page 1, pages alone", "partner1-jm inbox|no filter|deepp",
                "partner1-jm inbox|no filter|1p");
        refRatio("partner inbox ÷ the same query without the scope, page 1 alone", "partner1-jm inbox|no filter|1p",
                "no scope|no filter|1p");
        refRatio("partner inbox ÷ the same query without the scope, deep page alone", "partner1-jm inbox|no filter|deepp",
                "no scope|no filter|deepp");
        refRatio("smallest partner inbox: last page ÷ page 1", "smallest partner inbox (agency " + smallAgency + ")|no filter|deep",
                "smallest partner inbox (agency " + smallAgency + ")|no filter|1");
        refRatio("smallest partner inbox ÷ without the scope, page 1 alone",
                "smallest partner inbox (agency " + smallAgency + ")|no filter|1p", "no scope|no filter|1p");
        refRatio("partner inbox ÷ the same query without the scope, page 1", "partner1-jm inbox|no filter|1", "no scope|no filter|1");
        refRatio("partner inbox ÷ the same query without the scope, deep page", "partner1-jm inbox|no filter|deep",
                "no scope|no filter|deep");
        refRatio("supervisor's overdue list: deep page ÷ page 1", "supervisor JM|overdue|deep", "supervisor JM|overdue|1");
        refRatio("supervisor's overdue list: deep page ÷ page 1, pages alone", "supervisor JM|overdue|deepp", "supervisor JM|overdue|1p");
        refRatio("supervisor's overdue list ÷ overdue without the scope, page 1", "supervisor JM|overdue|1", "no scope|overdue|1");
        refRatio("supervisor's overdue list ÷ overdue without the scope, page 1 alone", "supervisor JM|overdue|1p",
                "no scope|overdue|1p");
        refRatio("supervisor's list: page " + deep + " ÷ page 1", "supervisor JM|no filter|deep", "supervisor JM|no filter|1");
        refRatio("caseworker's list: page " + deep + " ÷ page 1", "caseworker cw1-jm|no filter|deep", "caseworker cw1-jm|no filter|1");
    }

    private void refRatio(String what, String a, String b) {
        double[] x = refFirstPages.get(a);
        double[] y = refFirstPages.get(b);
        if (x == null || y == null) {
            line("| %s | – | – | – |", what);
            return;
        }
        line("| %s | %s | %s | %s |", what, ratio2(x[0], y[0]), ratio2(x[1], y[1]), ratio2(x[2], y[2]));
    }

    private void refScenario(RefScope s, RefFilter f, java.time.Instant now) throws Exception {
        idListScenario(new RefList(s, f, now), refFirstPages);
    }

    /**
     * A list keyed by id alone (referrals, cooperation requests): its SQL both ways, its REST path and who
     * may ask for it; the lists count every page, so every page is timed alone and with its count.
     */
    interface IdList {
        String scope();

        String filter();

        /** Who lists it over REST; null: nobody with an account (raw and EL-SQL only). */
        String login();

        Sql rawCount();

        Sql elCount();

        Sql rawPage(Long after);

        Sql elPage(Long after);

        /** The id at {@code offset} in the list's order: the token of the page after it. */
        Sql idAt(int offset);

        String restPath(String after);

        /** The plan file's name for {@code what} (count, page1, page1000). */
        String planName(String what);
    }

    /** A referral list as an {@link IdList}. */
    private final class RefList implements IdList {
        private final RefScope s;
        private final RefFilter f;
        private final java.time.Instant now;

        RefList(RefScope s, RefFilter f, java.time.Instant now) {
            this.s = s;
            this.f = f;
            this.now = now;
        }

        @Override
        public String scope() {
            return s.label();
        }

        @Override
        public String filter() {
            return f.label();
        }

        @Override
        public String login() {
            return s.login();
        }

        @Override
        public Sql rawCount() {
            return refRawCount(s, f, now);
        }

        @Override
        public Sql elCount() {
            return refElCount(s, f, now);
        }

        @Override
        public Sql rawPage(Long after) {
            return refRawPage(s, f, after, now);
        }

        @Override
        public Sql elPage(Long after) {
            return refElPage(s, f, after, now);
        }

        @Override
        public Sql idAt(int offset) {
            List<Object> p = new ArrayList<>();
            return idAtOffset("select r.id from referral r where " + refRawWhere(s, f, p, now), p, offset);
        }

        @Override
        public String restPath(String after) {
            return refRestPath(f, after);
        }

        @Override
        public String planName(String what) {
            String who = s.login() != null ? s.login() : s.recipientAgencyId() != null ? "agency" + s.recipientAgencyId() : "noscope";
            return String.format("referrals-%s-%s-%s", who, f.label().replace(' ', '-'), what);
        }
    }

    /**
     * Times one id-keyed list: the count, page 1 and the deep page (page {@code deep}, or the last page of
     * a shorter list, reached with the id of the row before it as the application's token), each page
     * alone and with the count; raw, EL-SQL (checked to return the same rows) and REST. Results go to
     * {@code results} under "scope|filter|" and 1p, 1, deepp, deep.
     */
    /** The id at {@code offset} of the list {@code selectWhere} (selecting {@code r.id}), newest first. */
    private static Sql idAtOffset(String selectWhere, List<Object> p, int offset) {
        p.add(offset);
        return new Sql(selectWhere + " order by r.id desc offset ? limit 1", p);
    }

    private void idListScenario(IdList l, Map<String, double[]> results) throws Exception {
        Sql rawCount = l.rawCount();
        long total = count(rawCount);
        Sql elCount = l.elCount();
        if (count(elCount) != total) {
            throw new IllegalStateException("raw and EclipseLink counts differ for " + l.scope() + " / " + l.filter());
        }
        String key = l.scope() + "|" + l.filter() + "|";
        String head = String.format("| %s | %s | %,d |", l.scope(), l.filter(), total);
        double rc = median(() -> time(rawCount));
        double ec = median(() -> time(elCount));
        row(head, "count", rc, ec, Double.NaN);
        listPlan(l, "count", elCount);

        Sql raw1 = l.rawPage(null);
        Sql el1 = l.elPage(null);
        check(raw1, el1);
        double r1p = median(() -> time(raw1));
        double e1p = median(() -> time(el1));
        row(head, "page 1 alone (no count)", r1p, e1p, Double.NaN);
        results.put(key + "1p", new double[] {r1p, e1p, Double.NaN});
        double r1 = r1p + rc;
        double e1 = e1p + ec;
        double rest1 = server == null || l.login() == null ? Double.NaN : median(() -> rest(l.restPath(null), l.login()));
        row(head, "page 1 (+count)", r1, e1, rest1);
        results.put(key + "1", new double[] {r1, e1, rest1});
        listPlan(l, "page1", el1);

        long pages = Math.max(1, (total + size - 1) / size);
        int page = (int) Math.min(deep, pages);
        if (page < 2) {
            return;
        }
        long after = count(l.idAt((page - 1) * size - 1));
        Sql rawK = l.rawPage(after);
        Sql elK = l.elPage(after);
        check(rawK, elK);
        double rkp = median(() -> time(rawK));
        double ekp = median(() -> time(elK));
        row(head, "page " + page + " keyset alone (no count)", rkp, ekp, Double.NaN);
        results.put(key + "deepp", new double[] {rkp, ekp, Double.NaN});
        double rk = rkp + rc;
        double ek = ekp + ec;
        double restK = server == null || l.login() == null ? Double.NaN
                : median(() -> rest(l.restPath(Long.toString(after)), l.login()));
        row(head, "page " + page + " keyset (+count)", rk, ek, restK);
        results.put(key + "deep", new double[] {rk, ek, restK});
        listPlan(l, "page" + page, elK);
    }

    private static String refRawWhere(RefScope s, RefFilter f, List<Object> p, java.time.Instant now) {
        StringBuilder w = new StringBuilder("not r.voided");
        if (s.recipientAgencyId() != null) {
            w.append(" and r.recipient_agency_id = ? and r.status <> 'DRAFT'");
            p.add(s.recipientAgencyId());
        } else if (s.sendingCountry() != null) {
            w.append(" and r.sending_country = ?");
            p.add(s.sendingCountry());
        } else if (s.userId() != null) {
            w.append(" and r.sending_country = ? and r.case_id in (select c.id from case_file c where c.country_id = ?"
                    + " and (c.owning_agency_id = ? or c.assigned_to_id = ? or c.id in (select m.case_id from case_team m"
                    + " where m.user_id = ?)))");
            p.addAll(List.of(s.casesCountry(), s.caseworkerCountry(), s.agencyId(), s.userId(), s.userId()));
        }
        if (f.overdue()) {
            w.append(" and r.status = 'SENT' and r.response_due < ?");
            p.add(java.time.OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        }
        if (f.caseId() != null) {
            w.append(" and r.case_id = ?");
            p.add(f.caseId());
        }
        return w.toString();
    }

    private static Sql refRawCount(RefScope s, RefFilter f, java.time.Instant now) {
        List<Object> p = new ArrayList<>();
        return new Sql("select count(*) from referral r where " + refRawWhere(s, f, p, now), p);
    }

    private Sql refRawPage(RefScope s, RefFilter f, Long after, java.time.Instant now) {
        List<Object> p = new ArrayList<>();
        return rawIdPage(REF_RAW_SELECT + refRawWhere(s, f, p, now), p, after);
    }

    /** A page of an id-keyed list: {@code selectWhere} with its parameters {@code p}, below the token, newest first. */
    private Sql rawIdPage(String selectWhere, List<Object> p, Long after) {
        StringBuilder sql = new StringBuilder(selectWhere);
        if (after != null) {
            sql.append(" and r.id < ?");
            p.add(after);
        }
        sql.append(" order by r.id desc limit ?");
        p.add(size);
        return new Sql(sql.toString(), p);
    }

    /**
     * The WHERE of JpaReferralRepository as EclipseLink writes it (from the statement log of a running
     * server): {@code voided = FALSE}, then the scope, then each filter, nested to the left; the partner's
     * scope as recipient and not a draft, the supervisor's as the sending country, the caseworker's as their country's
     * referrals and an EXISTS on case_file with the case list's own scope clause (aliases t0, t1 then). The no-scope
     * form, for comparison only, leaves the scope out.
     */
    private static String refElWhere(RefScope s, RefFilter f, Long after, List<Object> p, java.time.Instant now) {
        String t = s.userId() != null ? "t0." : "";
        String w = "(" + t + "voided = FALSE)";
        if (s.recipientAgencyId() != null) {
            w = "(" + w + " AND ((recipient_agency_id = ?) AND (status <> ?)))";
            p.add(s.recipientAgencyId());
            p.add("DRAFT");
        } else if (s.sendingCountry() != null) {
            w = "(" + w + " AND (sending_country = ?))";
            p.add(s.sendingCountry());
        } else if (s.userId() != null) {
            w = "(" + w + " AND ((t0.sending_country = ?) AND EXISTS (SELECT ? FROM case_file t1 WHERE ((t1.ID = t0.case_id)"
                    + " AND ((t1.country_id = ?) AND (((t1.owning_agency_id = ?) OR (t1.assigned_to_id = ?)) OR ((t1.ID in"
                    + " (select m.case_id from case_team m where m.user_id = ?)) = TRUE)))))))";
            p.addAll(List.of(s.casesCountry(), 1, s.caseworkerCountry(), s.agencyId(), s.userId(), s.userId()));
        }
        if (f.overdue()) {
            w = "((" + w + " AND (" + t + "status = ?)) AND (" + t + "response_due < ?))";
            p.add("SENT");
            p.add(java.time.OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        }
        if (f.caseId() != null) {
            w = "(" + w + " AND (" + t + "case_id = ?))";
            p.add(f.caseId());
        }
        if (after != null) {
            w = "(" + w + " AND (" + t + "ID < ?))";
            p.add(after);
        }
        return w;
    }

    private static Sql refElCount(RefScope s, RefFilter f, java.time.Instant now) {
        List<Object> p = new ArrayList<>();
        boolean aliased = s.userId() != null;
        return new Sql("SELECT COUNT(" + (aliased ? "t0." : "") + "ID) FROM referral" + (aliased ? " t0" : "") + " WHERE "
                + refElWhere(s, f, null, p, now), p);
    }

    private Sql refElPage(RefScope s, RefFilter f, Long after, java.time.Instant now) {
        List<Object> p = new ArrayList<>();
        String t = s.userId() != null ? "t0." : "";
        StringJoiner columns = new StringJoiner(", ");
        for (int i = 0; i < REF_EL_COLUMNS.size(); i++) {
            columns.add(t + REF_EL_COLUMNS.get(i) + " AS a" + (i + 1));
        }
        String where = refElWhere(s, f, after, p, now);
        p.add(size);
        p.add(0);
        return new Sql("SELECT " + columns + " FROM referral" + (t.isEmpty() ? "" : " t0") + " WHERE " + where + " ORDER BY "
                + t + "ID DESC LIMIT ? OFFSET ?", p);
    }

    private String refRestPath(RefFilter f, String after) {
        StringJoiner q = new StringJoiner("&", "/api/referrals?", "");
        q.add("size=" + size);
        if (f.overdue()) {
            q.add("overdue=true");
        }
        if (f.caseId() != null) {
            q.add("caseId=" + f.caseId());
        }
        if (after != null) {
            q.add("after=" + after);
        }
        return q.toString();
    }

    private void listPlan(IdList l, String what, Sql sql) throws SQLException, IOException {
        if (plans == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("-- " + l.scope() + " / " + l.filter() + " / " + what);
        lines.add("-- " + sql.text());
        lines.add("-- params " + sql.params());
        try (PreparedStatement ps = prepare(new Sql("EXPLAIN (ANALYZE, BUFFERS) " + sql.text(), sql.params()));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        Files.write(plans.resolve(String.format("%02d-%s.txt", ++planNumber, l.planName(what))), lines, StandardCharsets.UTF_8);
    }

    // ---- cooperation requests ----------------------------------------------------------------------

    /**
     * A cooperation request list of Jamaica's focal point: {@code direction} OUTGOING, INCOMING or null for
     * both (what the list shows without a direction), optionally one {@code status}, optionally overdue
     * (SENT past the acknowledge-by time, or SENT or ACKNOWLEDGED past the answer-by time).
     */
    record CoopList(String direction, String status, boolean overdue) {

        String label() {
            String d = direction == null ? "both directions" : direction.toLowerCase(Locale.ROOT);
            return d + (status != null ? ", " + status : "") + (overdue ? ", overdue" : "");
        }
    }

    /** The columns a list row shows (RequestRow), for the raw SQL. */
    private static final String COOP_RAW_SELECT = "select r.id, r.reference, r.status, r.request_type, r.priority,"
            + " r.requesting_country, r.requested_country, r.sent_at, r.acknowledge_by, r.answer_by, r.voided, r.version"
            + " from cooperation_request r where ";

    /** Every column of CooperationRequest in the order EclipseLink selects them (from the statement log of a running server). */
    private static final List<String> COOP_EL_COLUMNS = List.of("ID", "acknowledge_by", "acknowledged_at", "acknowledged_by",
            "acknowledgement_escalated_at", "answer_by", "answer_escalated_at", "answer_within_minutes", "answered_at",
            "answered_by", "author", "case_id", "changed_at", "changed_by", "created_at", "created_by", "end_reason", "ended_at",
            "ended_by", "first_answered_at", "follow_ups", "legal_basis", "linked_case_id", "priority", "purpose", "reference",
            "requested_country", "requesting_country", "sent_at", "sent_by", "sharing_basis", "sharing_basis_by", "status",
            "request_type", "version", "void_reason", "voided", "voided_at", "voided_by", "extract_alias", "extract_birth_date",
            "extract_case_number", "extract_citizenships", "extract_control_recruitment", "extract_estimated_age",
            "extract_exploitation", "extract_family_name", "extract_fields", "extract_gender", "extract_given_name",
            "extract_identification_place", "extract_identified_on", "extract_languages", "extract_perpetrators",
            "extract_victim_id");

    /** Page 1 and the deep page of each cooperation list: raw, EL-SQL, REST; for the ratios. */
    private final Map<String, double[]> coopPages = new LinkedHashMap<>();

    /**
     * The cooperation request lists of Jamaica's focal point {@code fp-jm} (issue 10): both directions,
     * incoming, outgoing, outgoing CLOSED, incoming overdue and outgoing overdue; page 1 and the deep page
     * by the {@code after} token, each with the count the application adds to every page.
     */
    /**
     * Regional statistics (issue 13): each question's raw GROUP BY (the two-way count the application
     * runs; it also runs the grand total and the two one-way counts) against GET /api/statistics, which
     * adds those counts, the suppression and the audit entry; and against the case list's page 1 over REST.
     */
    private void statisticsScenarios() throws Exception {
        line("");
        line("## Statistics: median of %d runs after %d warm-up (ms); REST calls with an API token of the caller", runs, warmup);
        line("");
        String victims = "from case_victim cv join case_file c on c.id = cv.case_id join victim v on v.id = cv.victim_id"
                + " join country co on co.id = c.country_id";
        record Question(String who, String query, String sql) {
        }
        String year = "extract(year from c.identification_date)";
        // the count first: the harness reads the first column of every row as a number
        List<Question> questions = List.of(
                new Question("analyst", "rows=year", "select count(*), " + year + " " + victims
                        + " where c.voided = false and v.voided = false group by " + year),
                new Question("analyst", "rows=gender", "select count(*), v.gender " + victims
                        + " where c.voided = false and v.voided = false group by v.gender"),
                new Question("analyst", "rows=country&columns=year", "select count(*), co.code, " + year + " "
                        + victims + " where c.voided = false and v.voided = false group by co.code, " + year),
                new Question("analyst", "rows=exploitation&columns=gender", "select count(*), x.type, v.gender " + victims
                        + " left join case_exploitation x on x.case_id = c.id where c.voided = false and v.voided = false group by x.type, v.gender"),
                // the widest two-way tables of an analyst (two many-valued dimensions: the most cells to sum)
                new Question("analyst", "rows=industry&columns=control", "select count(*), c.forced_labour_industry,"
                        + " c.methods_of_control " + victims + " where c.voided = false and v.voided = false"
                        + " group by c.forced_labour_industry, c.methods_of_control"),
                new Question("analyst", "rows=citizenship&columns=control", "select count(*), v.citizenships,"
                        + " c.methods_of_control " + victims + " where c.voided = false and v.voided = false"
                        + " group by v.citizenships, c.methods_of_control"),
                new Question("analyst", "rows=control&country=JM", "select count(*), c.methods_of_control " + victims
                        + " where c.voided = false and v.voided = false and co.code = 'JM' group by c.methods_of_control"),
                new Question("sup-jm", "rows=year", "select count(*), " + year + " " + victims
                        + " where c.voided = false and v.voided = false and co.code = 'JM' group by " + year),
                new Question("sup-jm", "rows=gender&columns=control", "select count(*), v.gender, c.methods_of_control " + victims
                        + " where c.voided = false and v.voided = false and co.code = 'JM' group by v.gender, c.methods_of_control"));
        if (server == null) {
            line("| who | question | raw GROUP BY |");
            line("|---|---|---:|");
            for (Question q : questions) {
                line("| %s | %s | %.1f |", q.who(), q.query(), median(() -> time(new Sql(q.sql(), new ArrayList<>()))));
            }
            return;
        }
        try (BenchToken sup = BenchToken.create(http, server, "sup-jm", demoPassword, "bench-statistics");
                BenchToken analyst = BenchToken.create(http, server, "analyst", demoPassword, "bench-statistics")) {
            double[] caseList = timedRest("/api/cases?size=" + size, sup.authorization());
            line("Case list page 1 over REST (sup-jm, GET /api/cases?size=%d): wall %.1f ms, of it authentication %.1f ms,"
                    + " without it %.1f ms", size, caseList[0], caseList[1], caseList[2]);
            line("");
            line("| who | question | raw GROUP BY | REST wall | REST authentication | REST without authentication | REST/raw"
                    + " | wall ÷ case list page 1 wall | without authentication ÷ the same of page 1 |");
            line("|---|---|---:|---:|---:|---:|---:|---:|---:|");
            for (Question q : questions) {
                double raw = median(() -> time(new Sql(q.sql(), new ArrayList<>())));
                double[] rest = timedRest("/api/statistics?" + q.query(),
                        q.who().equals("analyst") ? analyst.authorization() : sup.authorization());
                line("| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f |", q.who(), q.query(), raw, rest[0], rest[1],
                        rest[2], rest[0] / raw, rest[0] / caseList[0], rest[2] / caseList[2]);
            }
        }
    }

    /** Medians of wall time, the server's authentication time (Server-Timing auth;dur=) and their difference, in ms. */
    private double[] timedRest(String path, String authorization) throws Exception {
        for (int i = 0; i < warmup; i++) {
            restCall(path, authorization);
        }
        double[][] s = new double[3][runs];
        for (int i = 0; i < runs; i++) {
            double[] t = restCall(path, authorization);
            s[0][i] = t[0];
            s[1][i] = t[1];
            s[2][i] = t[0] - t[1];
        }
        double[] m = new double[3];
        for (int k = 0; k < 3; k++) {
            Arrays.sort(s[k]);
            m[k] = runs % 2 == 1 ? s[k][runs / 2] : (s[k][runs / 2 - 1] + s[k][runs / 2]) / 2;
        }
        return m;
    }

    private double[] restCall(String path, String authorization) throws Exception {
        return DashboardBenchmark.call(http, server, path, authorization);
    }

    private void cooperationScenarios(java.time.Instant now) throws Exception {
        long requests = single("select count(*) from cooperation_request");
        line("");
        line("## Cooperation requests: %,d requests; page size %d; deep page %d (or the last); median of %d runs after %d"
                + " warm-up (ms)", requests, size, deep, runs, warmup);
        line("");
        line("Rows marked (+count) add the list's count to the page, as the application counts every page;"
                + " rows marked alone are the page query by itself. All lists are fp-jm's (Jamaica's focal point).");
        line("");
        line("| list | filter | rows | query | raw | EL-SQL | EL/raw | REST | REST/raw |");
        line("|---|---|---:|---|---:|---:|---:|---:|---:|");
        List<CoopList> lists = List.of(new CoopList(null, null, false), new CoopList("INCOMING", null, false),
                new CoopList("OUTGOING", null, false), new CoopList("OUTGOING", "CLOSED", false),
                new CoopList("INCOMING", "ACKNOWLEDGED", false), new CoopList("INCOMING", null, true),
                new CoopList("OUTGOING", null, true));
        for (CoopList l : lists) {
            idListScenario(new CoopIdList(l, now), coopPages);
        }
        line("");
        line("Page %d (or the last) ÷ page 1, with the count as the application answers, and the pages alone:", deep);
        line("");
        line("| list | raw | EL-SQL | REST | raw alone | EL-SQL alone |");
        line("|---|---:|---:|---:|---:|---:|");
        for (CoopList l : lists) {
            String key = "fp-jm|" + l.label() + "|";
            double[] d = coopPages.get(key + "deep");
            double[] p1 = coopPages.get(key + "1");
            if (d == null || p1 == null) {
                line("| %s | – | – | – | – | – |", l.label());
                continue;
            }
            double[] dp = coopPages.get(key + "deepp");
            double[] p1p = coopPages.get(key + "1p");
            line("| %s | %s | %s | %s | %s | %s |", l.label(), ratio2(d[0], p1[0]), ratio2(d[1], p1[1]), ratio2(d[2], p1[2]),
                    ratio2(dp[0], p1p[0]), ratio2(dp[1], p1p[1]));
        }
    }

    /** A cooperation list of fp-jm as an {@link IdList}: JpaCooperationRepository's WHERE, raw and as EclipseLink writes it. */
    private final class CoopIdList implements IdList {
        private final CoopList l;
        private final java.time.Instant now;

        CoopIdList(CoopList l, java.time.Instant now) {
            this.l = l;
            this.now = now;
        }

        @Override
        public String scope() {
            return "fp-jm";
        }

        @Override
        public String filter() {
            return l.label();
        }

        @Override
        public String login() {
            return "fp-jm";
        }

        private String rawWhere(List<Object> p) {
            StringBuilder w = new StringBuilder("not r.voided and ");
            if ("OUTGOING".equals(l.direction())) {
                w.append("r.requesting_country = ?");
                p.add("JM");
            } else if ("INCOMING".equals(l.direction())) {
                w.append("r.requested_country = ? and r.status <> 'DRAFT'");
                p.add("JM");
            } else {
                w.append("(r.requesting_country = ? or (r.requested_country = ? and r.status <> 'DRAFT'))");
                p.addAll(List.of("JM", "JM"));
            }
            if (l.status() != null) {
                w.append(" and r.status = ?");
                p.add(l.status());
            }
            if (l.overdue()) {
                java.time.OffsetDateTime t = java.time.OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                w.append(" and ((r.status = 'SENT' and r.acknowledge_by < ?) or (r.status in ('SENT', 'ACKNOWLEDGED')"
                        + " and r.answer_by < ?))");
                p.addAll(List.of(t, t));
            }
            return w.toString();
        }

        /** As the benchmark server's statement log showed it: voided, the scope, then each filter, nested to the left. */
        private String elWhere(Long after, List<Object> p) {
            String w = "(voided = FALSE)";
            if ("OUTGOING".equals(l.direction())) {
                w = "(" + w + " AND (requesting_country = ?))";
                p.add("JM");
            } else if ("INCOMING".equals(l.direction())) {
                w = "(" + w + " AND ((requested_country = ?) AND (status <> ?)))";
                p.addAll(List.of("JM", "DRAFT"));
            } else {
                w = "(" + w + " AND ((requesting_country = ?) OR ((requested_country = ?) AND (status <> ?))))";
                p.addAll(List.of("JM", "JM", "DRAFT"));
            }
            if (l.status() != null) {
                w = "(" + w + " AND (status IN (?)))";
                p.add(l.status());
            }
            if (l.overdue()) {
                java.time.OffsetDateTime t = java.time.OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
                w = "(" + w + " AND (((status = ?) AND (acknowledge_by < ?)) OR ((status IN (?,?)) AND (answer_by < ?))))";
                p.addAll(List.of("SENT", t, "SENT", "ACKNOWLEDGED", t));
            }
            if (after != null) {
                w = "(" + w + " AND (ID < ?))";
                p.add(after);
            }
            return w;
        }

        @Override
        public Sql rawCount() {
            List<Object> p = new ArrayList<>();
            return new Sql("select count(*) from cooperation_request r where " + rawWhere(p), p);
        }

        @Override
        public Sql elCount() {
            List<Object> p = new ArrayList<>();
            return new Sql("SELECT COUNT(ID) FROM cooperation_request WHERE " + elWhere(null, p), p);
        }

        @Override
        public Sql rawPage(Long after) {
            List<Object> p = new ArrayList<>();
            return rawIdPage(COOP_RAW_SELECT + rawWhere(p), p, after);
        }

        @Override
        public Sql elPage(Long after) {
            List<Object> p = new ArrayList<>();
            StringJoiner columns = new StringJoiner(", ");
            for (int i = 0; i < COOP_EL_COLUMNS.size(); i++) {
                columns.add(COOP_EL_COLUMNS.get(i) + " AS a" + (i + 1));
            }
            String where = elWhere(after, p);
            p.add(size);
            p.add(0);
            return new Sql("SELECT " + columns + " FROM cooperation_request WHERE " + where + " ORDER BY ID DESC LIMIT ? OFFSET ?", p);
        }

        @Override
        public Sql idAt(int offset) {
            List<Object> p = new ArrayList<>();
            return idAtOffset("select r.id from cooperation_request r where " + rawWhere(p), p, offset);
        }

        @Override
        public String restPath(String after) {
            StringJoiner q = new StringJoiner("&", "/api/cooperation-requests?", "");
            q.add("size=" + size);
            if (l.direction() != null) {
                q.add("direction=" + l.direction());
            }
            if (l.status() != null) {
                q.add("status=" + l.status());
            }
            if (l.overdue()) {
                q.add("overdue=true");
            }
            if (after != null) {
                q.add("after=" + after);
            }
            return q.toString();
        }

        @Override
        public String planName(String what) {
            return "cooperation-" + l.label().replace(", ", "-").replace(' ', '-') + "-" + what;
        }
    }

    private static java.time.Instant now() {
        return java.time.Instant.now();
    }

    // ---- SQL builders ------------------------------------------------------------------------------

    private Sql rawCount(Scope s, Filter f) {
        List<Object> p = new ArrayList<>();
        return new Sql("select count(*) from case_file c where " + rawWhere(s, f, p), p);
    }

    private Sql rawPage(Scope s, Filter f, Sort sort, Object[] after, int offset) {
        List<Object> p = new ArrayList<>();
        StringBuilder sql = new StringBuilder(RAW_SELECT).append(rawWhere(s, f, p));
        if (after != null) {
            sql.append(" and (c.").append(sort.column).append(", c.id) < (?, ?)");
            p.add(after[0]);
            p.add(after[1]);
        }
        sql.append(" order by c.").append(sort.column).append(" desc, c.id desc limit ?");
        p.add(size);
        if (offset > 0) {
            sql.append(" offset ?");
            p.add(offset);
        }
        return new Sql(sql.toString(), p);
    }

    /** The forms timed beside the application's, on the caseworker's first page and count. */
    private static final List<ScopeForm> ALTERNATIVES = List.of(ScopeForm.EXISTS_BEFORE, ScopeForm.UNION, ScopeForm.UNBOUNDED);

    private static String rawWhere(Scope s, Filter f, List<Object> p) {
        return rawWhere(s, f, p, ScopeForm.APPLICATION);
    }

    private static String rawWhere(Scope s, Filter f, List<Object> p, ScopeForm form) {
        StringBuilder w = new StringBuilder("not c.voided");
        if (s.countryId() != null) {
            w.append(" and c.country_id = ?");
            p.add(s.countryId());
        } else if (form == ScopeForm.UNION) {
            w.append(" and c.country_id = ? and c.id in (select x.id from case_file x where x.owning_agency_id = ?"
                    + " union select y.id from case_file y where y.assigned_to_id = ?"
                    + " union select m.case_id from case_team m where m.user_id = ?)");
            p.addAll(List.of(s.homeCountry(), s.agencyId(), s.userId(), s.userId()));
        } else if (form == ScopeForm.EXISTS_BEFORE) {
            w.append(" and c.country_id = ? and (c.owning_agency_id = ? or c.assigned_to_id = ? or exists (select 1"
                    + " from case_file t2, user_account t1, case_team t3 where t2.id = c.id and t1.id = ?"
                    + " and t3.case_id = t2.id and t1.id = t3.user_id))");
            p.addAll(List.of(s.homeCountry(), s.agencyId(), s.userId(), s.userId()));
        } else {
            if (form == ScopeForm.APPLICATION) {
                w.append(" and c.country_id = ?");
                p.add(s.homeCountry());
            }
            w.append(" and (c.owning_agency_id = ? or c.assigned_to_id = ?"
                    + " or c.id in (select m.case_id from case_team m where m.user_id = ?))");
            p.add(s.agencyId());
            p.add(s.userId());
            p.add(s.userId());
        }
        if (f.on()) {
            w.append(" and c.status in (?, ?) and exists (select 1 from case_exploitation e where e.case_id = c.id"
                    + " and e.type = ?) and c.identification_date >= ? and c.identification_date <= ?");
            p.addAll(List.of("ACTIVE", "FOLLOW_UP", "SEXUAL_EXPLOITATION", f.from(), f.to()));
        }
        return w.toString();
    }

    /** EclipseLink's count query for JpaCaseRepository.count, as captured from the database log. */
    private static Sql elCount(Scope s, Filter f) {
        List<Object> p = new ArrayList<>();
        String w = elWhere(s, f, p, "t0");
        return new Sql("SELECT COUNT(t0.ID) FROM case_file t0 WHERE " + w, p);
    }

    /** EclipseLink's page query for JpaCaseRepository.search, as captured from the database log. */
    private Sql elPage(Scope s, Filter f, Sort sort, Object[] after, Keyset keyset, int offset) {
        List<Object> p = new ArrayList<>();
        StringBuilder w = new StringBuilder("(").append(elWhere(s, f, p, "t1"));
        if (after != null) {
            String col = "t1." + sort.column;
            switch (keyset) {
                case OR -> {
                    w.append(" AND ((" + col + " < ?) OR ((" + col + " = ?) AND (t1.ID < ?)))");
                    p.addAll(List.of(after[0], after[0], after[1]));
                }
                case BOUNDED_OR -> {
                    w.append(" AND (" + col + " <= ?) AND ((" + col + " < ?) OR ((" + col + " = ?) AND (t1.ID < ?)))");
                    p.addAll(List.of(after[0], after[0], after[0], after[1]));
                }
                case ROW_VALUE -> {
                    w.append(" AND ((" + col + ", t1.ID) < (?, ?))");
                    p.addAll(List.of(after[0], after[1]));
                }
            }
        }
        w.append(") AND (((t0.ID = t1.country_id) AND (t2.ID = t1.owning_agency_id)) AND (t3.ID = t1.assigned_to_id))");
        w.append(" ORDER BY t1.").append(sort.column).append(" DESC, t1.ID DESC LIMIT ? OFFSET ?");
        p.add(size);
        p.add(offset);
        return new Sql(EL_SELECT + w, p);
    }

    /**
     * The WHERE of JpaCaseRepository as EclipseLink writes it (from the statement log of a running
     * server, V7_1): the caseworker's team part is the SQL the repository passes through
     * (an uncorrelated IN on case_team, compared with TRUE); the exploitation EXISTS subquery joins
     * case_file again, as the JPQL's "from CaseFile ec join ec.exploitationTypes et" says.
     */
    private static String elWhere(Scope s, Filter f, List<Object> p, String c) {
        StringBuilder w = new StringBuilder("(" + c + ".voided = FALSE)");
        if (s.countryId() != null) {
            w.append(" AND (" + c + ".country_id = ?)");
            p.add(s.countryId());
        } else {
            w.append(" AND ((" + c + ".country_id = ?) AND (((" + c + ".owning_agency_id = ?) OR (" + c
                    + ".assigned_to_id = ?)) OR ((" + c + ".ID in (select m.case_id from case_team m where m.user_id = ?)) = TRUE)))");
            p.addAll(List.of(s.homeCountry(), s.agencyId(), s.userId(), s.userId()));
        }
        if (f.on()) {
            w.append(" AND (" + c + ".status IN (?,?)) AND EXISTS (SELECT ? FROM case_exploitation e2, case_file e1 WHERE (((e1.ID = "
                    + c + ".ID) AND (e2.type = ?)) AND (e2.case_id = e1.ID))) AND (" + c + ".identification_date >= ?) AND ("
                    + c + ".identification_date <= ?)");
            p.addAll(List.of("ACTIVE", "FOLLOW_UP", 1, "SEXUAL_EXPLOITATION", f.from(), f.to()));
        }
        return w.toString();
    }

    private Object[] keyAt(Scope s, Filter f, Sort sort, int offset) throws SQLException {
        List<Object> p = new ArrayList<>();
        String sql = "select c." + sort.column + ", c.id from case_file c where " + rawWhere(s, f, p) + " order by c."
                + sort.column + " desc, c.id desc offset ? limit 1";
        p.add(offset);
        try (PreparedStatement ps = prepare(new Sql(sql, p)); ResultSet rs = ps.executeQuery()) {
            rs.next();
            Object key = sort == Sort.CHANGED ? rs.getObject(1, java.time.OffsetDateTime.class)
                    : sort == Sort.IDENTIFIED ? rs.getObject(1, LocalDate.class) : rs.getObject(1);
            return new Object[] {key, rs.getLong(2)};
        }
    }

    private String restPath(Filter f, Sort sort, String after, int first) {
        StringJoiner q = new StringJoiner("&", "/api/cases?", "");
        q.add("size=" + size).add("sort=" + sort.caseSort);
        if (f.on()) {
            q.add("status=ACTIVE").add("status=FOLLOW_UP").add("exploitation=SEXUAL_EXPLOITATION").add("from=" + f.from())
                    .add("to=" + f.to());
        }
        if (after != null) {
            q.add("after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
        }
        if (first > 0) {
            q.add("first=" + first);
        }
        return q.toString();
    }

    // ---- timing ------------------------------------------------------------------------------------

    @FunctionalInterface
    interface Timed {
        double run() throws Exception;
    }

    private double median(Timed t) throws Exception {
        for (int i = 0; i < warmup; i++) {
            t.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = t.run();
        }
        Arrays.sort(ms);
        return runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
    }

    /** Executes and reads every column of every row; milliseconds. */
    private double time(Sql sql) throws SQLException {
        long start = System.nanoTime();
        readAll(sql);
        return (System.nanoTime() - start) / 1e6;
    }

    /** The page as the application reads it: the page query, then the exploitation types of its rows (batch fetch IN). */
    private double timeEl(Sql sql) throws SQLException {
        long start = System.nanoTime();
        List<Long> ids = readAll(sql);
        if (!ids.isEmpty()) {
            StringJoiner in = new StringJoiner(",", "SELECT t0.case_id, t0.type FROM case_exploitation t0 WHERE (t0.case_id IN (", "))");
            ids.forEach(id -> in.add("?"));
            readAll(new Sql(in.toString(), new ArrayList<>(ids)));
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private List<Long> readAll(Sql sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                ids.add(rs.getLong(1));
                for (int i = 2; i <= columns; i++) {
                    rs.getString(i);
                }
            }
        }
        return ids;
    }

    private double rest(String path, String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + demoPassword).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json").GET().build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        if (path.startsWith("/api/cases") || path.startsWith("/api/referrals") || path.startsWith("/api/cooperation-requests")) {
            try (JsonReader r = Json.createReader(new StringReader(response.body()))) {
                JsonObject page = r.readObject();
                if (page.getJsonArray("items").isEmpty()) {
                    throw new IllegalStateException(path + " returned no rows");
                }
            }
        }
        return ms;
    }

    /** The raw and the EclipseLink form must return the same rows, or the comparison is void. */
    private void check(Sql raw, Sql el) throws SQLException {
        List<Long> a = readAll(raw);
        List<Long> b = readAll(el);
        if (!a.equals(b)) {
            throw new IllegalStateException("raw and EclipseLink SQL return different rows:\n" + raw.text() + "\n" + el.text());
        }
    }

    private long count(Sql sql) throws SQLException {
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void plan(Scope s, Filter f, Sort sort, String what, Sql sql) throws SQLException, IOException {
        if (plans == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("-- " + s.label() + " / " + f.label() + " / " + sort + " / " + what);
        lines.add("-- " + sql.text());
        lines.add("-- params " + sql.params());
        try (PreparedStatement ps = prepare(new Sql("EXPLAIN (ANALYZE, BUFFERS) " + sql.text(), sql.params()));
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        String name = String.format("%02d-%s-%s-%s-%s.txt", ++planNumber, s.login(), f.on() ? "filtered" : "all",
                sort.name().toLowerCase(Locale.ROOT), what);
        Files.write(plans.resolve(name), lines, StandardCharsets.UTF_8);
    }

    private PreparedStatement prepare(Sql sql) throws SQLException {
        PreparedStatement ps = db.prepareStatement(sql.text());
        int i = 1;
        for (Object o : sql.params()) {
            ps.setObject(i++, o);
        }
        return ps;
    }

    private long single(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("nothing for " + sql + ": generate data with the demo accounts first");
            }
            return rs.getLong(1);
        }
    }

    private String text(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void row(String head, String query, double raw, double el, double rest) {
        line("%s %s | %s | %s | %s | %s | %s |", head, query, ms(raw), ms(el), ratio(el, raw), ms(rest), ratio(rest, raw));
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String ratio2(double v, double base) {
        return Double.isNaN(v) || Double.isNaN(base) ? "–" : String.format(Locale.ROOT, "%.2f", v / base);
    }

    private static String ratio(double v, double base) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.1f", v / base);
    }

    private void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        out.println(s);
        table.add(s);
    }
}
