package org.casebridge.infrastructure.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.casebridge.infrastructure.persistence.Migrations;

/** An in-memory H2 database migrated as the application migrates it, for the generator's tests. */
final class GeneratedH2 {

    private GeneratedH2() {
    }

    static Connection migrated(String name) throws SQLException {
        String url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
        Migrations.configure(GeneratedH2.class.getClassLoader(), "h2").dataSource(url, "sa", "").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    static void shutdown(Connection db) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("shutdown");
        }
        db.close();
    }

    static long count(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
