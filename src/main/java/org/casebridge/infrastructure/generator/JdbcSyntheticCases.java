package org.casebridge.infrastructure.generator;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.casebridge.domain.model.casefile.SyntheticCases;
import org.casebridge.infrastructure.persistence.DataSourceConfiguration;

/**
 * The generator inside the application: runs {@link CaseGenerator} on a connection of the
 * application's data source outside any container transaction, so that it can commit every few
 * thousand cases instead of holding one huge transaction.
 */
@Stateless
public class JdbcSyntheticCases implements SyntheticCases {

    private static final Logger LOG = Logger.getLogger(JdbcSyntheticCases.class.getName());

    @Resource(lookup = DataSourceConfiguration.JNDI_NAME)
    DataSource dataSource;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Summary generate(int cases) {
        try (Connection db = dataSource.getConnection()) {
            CaseGenerator.Result r = new CaseGenerator(db, CaseGenerator.Options.of(cases),
                    line -> LOG.log(Level.INFO, "Generator: {0}", line)).run();
            LOG.log(Level.INFO, "Generator: {0} cases in {1} ms", new Object[] {r.cases(), r.millis()});
            return new Summary(r.cases(), r.victims(), r.events(), r.notes(), r.referrals(), r.requests(), r.requestMessages(),
                    r.agenciesCreated(), r.caseworkersCreated(), r.partnersCreated(), r.focalPointsCreated(), r.millis());
        } catch (CaseGenerator.GenerationFailed e) {
            LOG.log(Level.WARNING, "Generator stopped after {0} cases: {1}",
                    new Object[] {e.committedCases(), e.getCause().getClass().getName()});
            throw new Failed(e.committedCases(), e.getCause());
        } catch (SQLException e) {
            throw new Failed(0, e);
        }
    }
}
