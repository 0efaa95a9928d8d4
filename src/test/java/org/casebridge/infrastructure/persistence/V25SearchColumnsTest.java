package org.casebridge.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

/**
 * V25 folds the aliases already in the database, as the application folds a new one: a database
 * upgraded from before issue 15 finds "José Peña" with "jose pena" too.
 */
class V25SearchColumnsTest {

    @Test
    void existingAliasesAreFoldedWhenTheColumnIsAdded() throws SQLException {
        String url = "jdbc:h2:mem:v25fold;DB_CLOSE_DELAY=-1";
        // up to the last migration before V25, whichever that is
        MigrationVersion before = Arrays.stream(Migrations.configure(getClass().getClassLoader(), "h2")
                .dataSource(url, "sa", "").load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.isNewerThan("1") && !v.isAtLeast("25")).max(Comparator.naturalOrder()).orElseThrow();
        Migrations.configure(getClass().getClassLoader(), "h2").dataSource(url, "sa", "").target(before).load().migrate();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("José Peña", "jose pena");
        expected.put("Françoise Lefèvre", "francoise lefevre");
        expected.put("Mèsidye", "mesidye");
        expected.put("V-000123", "v-000123");
        expected.put("Sœur Ĳsbrand", "soeur ijsbrand");
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            try (PreparedStatement insert = db.prepareStatement("insert into victim (id, alias, trafficking_status, voided,"
                    + " version, created_by, created_at) values (?, ?, 'POSSIBLE', false, 1, 'test', ?)")) {
                long id = 1;
                for (String alias : expected.keySet()) {
                    insert.setLong(1, id++);
                    insert.setString(2, alias);
                    insert.setObject(3, OffsetDateTime.now());
                    insert.executeUpdate();
                }
            }
            Migrations.configure(getClass().getClassLoader(), "h2").dataSource(url, "sa", "").load().migrate();

            Map<String, String> folded = new LinkedHashMap<>();
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("select alias, alias_search from victim order by id")) {
                while (rs.next()) {
                    folded.put(rs.getString(1), rs.getString(2));
                }
            }
            assertEquals(expected, folded);
            try (Statement s = db.createStatement()) {
                s.execute("shutdown");
            }
        }
    }
}
