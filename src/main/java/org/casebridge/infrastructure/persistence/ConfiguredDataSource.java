package org.casebridge.infrastructure.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC driver data source behind the container's connection pool. It reads the database URL,
 * user and password from MicroProfile Config at run time ({@code casebridge.db.*}, environment
 * variables {@code CASEBRIDGE_DB_*} override) and picks H2 or PostgreSQL from the URL, so that one
 * WAR runs on either database without rebuilding. On PostgreSQL every session gets the statement timeout
 * {@code casebridge.db.statement-timeout-seconds} (default 60, 0 for none): a statement the database has not
 * finished by then, for example one waiting for a lock, is cancelled (SQLSTATE 57014, answered 503), and
 * query JIT compilation off unless {@code casebridge.db.jit=true}.
 */
public class ConfiguredDataSource implements DataSource {

    public static final String URL_KEY = "casebridge.db.url";
    public static final String USER_KEY = "casebridge.db.user";
    public static final String PASSWORD_KEY = "casebridge.db.password";
    public static final String STATEMENT_TIMEOUT_KEY = "casebridge.db.statement-timeout-seconds";
    public static final int DEFAULT_STATEMENT_TIMEOUT_SECONDS = 60;
    public static final String JIT_KEY = "casebridge.db.jit";
    public static final String DEFAULT_URL = "jdbc:h2:./data/casebridge;DB_CLOSE_ON_EXIT=FALSE";

    private volatile DataSource delegate;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource delegate() {
        DataSource d = delegate;
        if (d == null) {
            synchronized (this) {
                if (delegate == null) {
                    delegate = create();
                }
                d = delegate;
            }
        }
        return d;
    }

    private static DataSource create() {
        Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
        String url = config.getOptionalValue(URL_KEY, String.class).orElse(DEFAULT_URL);
        String user = config.getOptionalValue(USER_KEY, String.class).orElse(url.startsWith("jdbc:h2:") ? "sa" : "");
        String password = config.getOptionalValue(PASSWORD_KEY, String.class).orElse("");
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(user);
            pg.setPassword(password);
            pg.setApplicationName("casebridge");
            int timeout = config.getOptionalValue(STATEMENT_TIMEOUT_KEY, Integer.class).orElse(DEFAULT_STATEMENT_TIMEOUT_SECONDS);
            if (timeout < 0) {
                throw new IllegalStateException(STATEMENT_TIMEOUT_KEY + " must be 0 (none) or a number of seconds");
            }
            // No JIT compilation of queries (PostgreSQL's default compiles any plan above a cost of 100,000):
            // at 1,000,000 cases the list's quick search spent 877 of its 1,060 ms compiling itself, on
            // every request (docs/performance.md, "Load: the realistic mix"); casebridge.db.jit=true leaves the server's setting.
            boolean jit = config.getOptionalValue(JIT_KEY, Boolean.class).orElse(false);
            String options = ((timeout > 0 ? "-c statement_timeout=" + timeout + "s " : "") + (jit ? "" : "-c jit=off")).trim();
            if (!options.isEmpty()) {
                pg.setOptions(options);
            }
            return pg;
        }
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        throw new IllegalStateException(URL_KEY + " must be a jdbc:h2: or jdbc:postgresql: URL");
    }

    /** Which database this instance talks to, for health and logs (never the password). */
    public static String databaseKind() {
        String url = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader())
                .getOptionalValue(URL_KEY, String.class).orElse(DEFAULT_URL);
        return url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
    }

    @Override
    public Connection getConnection() throws SQLException {
        return delegate().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // The pool may pass the (empty) user of the definition; the configured account is the one to use.
        return delegate().getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return delegate().unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate().isWrapperFor(iface);
    }
}
