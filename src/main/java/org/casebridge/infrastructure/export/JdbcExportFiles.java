package org.casebridge.infrastructure.export;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.casebridge.domain.model.export.ExportFiles;
import org.casebridge.infrastructure.persistence.DataSourceConfiguration;

/**
 * The finished files in {@code export_file}, through the container's data source: in a JTA transaction
 * the connection joins it, so the file and the job's DONE commit together.
 */
@ApplicationScoped
public class JdbcExportFiles implements ExportFiles {

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    public void store(long jobId, InputStream content, long length) throws IOException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("insert into export_file (job_id, content) values (?, ?)")) {
            insert.setLong(1, jobId);
            insert.setBinaryStream(2, content, length);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("export file not stored: " + e.getSQLState(), e);
        }
    }

    @Override
    public Optional<byte[]> read(long jobId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("select content from export_file where job_id = ?")) {
            select.setLong(1, jobId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("export file not read: " + e.getSQLState(), e));
        }
    }

    @Override
    public boolean remove(long jobId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement delete = c.prepareStatement("delete from export_file where job_id = ?")) {
            delete.setLong(1, jobId);
            return delete.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException("export file not removed: " + e.getSQLState(), e));
        }
    }
}
