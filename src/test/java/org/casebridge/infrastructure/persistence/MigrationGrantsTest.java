package org.casebridge.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table gets what the application's role may do with it in the migration that creates it, so
 * that CaseBridge run as a role that owns nothing (docs/operations.md) works after every upgrade.
 * The tables of the migrations written before that rule are granted by V10 (PostgreSQL).
 */
class MigrationGrantsTest {

    private static final Path ROOT = Path.of("src/main/resources/db");
    private static final Set<String> BEFORE_THE_RULE = Set.of("V1__accounts_agencies_countries.sql",
            "V2__participating_countries.sql", "V3__audit_trail.sql", "V4__audit_append_only.sql",
            "V5__cases_and_victims.sql", "V6__case_list_indexes.sql", "V7_1__caseworker_scope_indexes.sql",
            "V8__referrals.sql");
    private static final Path GRANTS_OF_OLDER_TABLES = ROOT.resolve("vendor/postgresql/V10__audit_checkpoint_integrity.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

    @Test
    void everyTableIsGrantedToTheApplicationRoleInTheMigrationThatCreatesIt() throws IOException {
        List<String> missing = new ArrayList<>();
        List<String> older = new ArrayList<>();
        for (Path file : migrations()) {
            String sql = sql(file);
            for (String table : tables(sql)) {
                if (BEFORE_THE_RULE.contains(file.getFileName().toString())) {
                    older.add(table);
                } else if (!grants(sql, table)) {
                    missing.add(file.getFileName() + ": " + table);
                }
            }
        }
        assertEquals(List.of(), missing, "tables without 'grant ... on <table> ... to ${appRole}' in their own migration");
        String v10 = sql(GRANTS_OF_OLDER_TABLES);
        assertFalse(older.isEmpty());
        assertEquals(List.of(), older.stream().filter(t -> !grants(v10, t)).toList(), "older tables V10 does not grant");
    }

    @Test
    void theRuleSeesAMissingGrant() {
        String sql = "create table notification (id bigint);\ncreate table other (id bigint);\n"
                + "grant select, insert on other to ${appRole};";
        assertEquals(List.of("notification", "other"), tables(sql));
        assertFalse(grants(sql, "notification"));
        assertEquals(true, grants(sql, "other"));
    }

    private static List<Path> migrations() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(f -> f.getFileName().toString().matches("V[0-9_]+__.*\\.sql")).sorted().toList();
        }
    }

    private static String sql(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).lines().map(l -> l.replaceAll("--.*$", ""))
                    .reduce("", (a, b) -> a + "\n" + b).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> tables(String sql) {
        List<String> tables = new ArrayList<>();
        Matcher m = CREATE_TABLE.matcher(sql.toLowerCase(Locale.ROOT));
        while (m.find()) {
            tables.add(m.group(1));
        }
        return tables;
    }

    /** Whether one grant statement names {@code table} and goes to the application role. */
    static boolean grants(String sql, String table) {
        for (String statement : sql.toLowerCase(Locale.ROOT).split(";")) {
            String s = statement.strip().replaceAll("\\s+", " ");
            if (s.startsWith("grant ") && s.endsWith(" to ${approle}") && !s.contains(" on sequence ")) {
                String on = s.substring(s.indexOf(" on ") + 4, s.lastIndexOf(" to "));
                for (String name : on.replace("table ", "").split(",")) {
                    if (name.strip().equals(table)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
