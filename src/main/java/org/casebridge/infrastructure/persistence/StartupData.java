package org.casebridge.infrastructure.persistence;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.PasswordHasher;
import org.casebridge.domain.model.account.PasswordPolicy;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyCode;
import org.casebridge.domain.model.agency.AgencyDetails;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.shared.Message;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Data created at start-up: the demo agencies and accounts in demo mode only, and in production the
 * first administrator from the one-time bootstrap settings (ignored once any administrator exists).
 */
@Stateless
public class StartupData {

    private static final Logger LOG = Logger.getLogger(StartupData.class.getName());
    static final String OPERATIONS_AGENCY = "CB-OPS";

    @Inject
    @ConfigProperty(name = "casebridge.demo", defaultValue = "false")
    boolean demo;

    @Inject
    @ConfigProperty(name = "casebridge.bootstrap.admin-username")
    Optional<String> bootstrapUsername;

    @Inject
    @ConfigProperty(name = "casebridge.bootstrap.admin-password")
    Optional<String> bootstrapPassword;

    @Inject
    AccountRepository accounts;

    @Inject
    AgencyRepository agencies;

    @Inject
    PasswordHasher hasher;

    @Inject
    DemoData demoData;

    public void seed() {
        if (demo) {
            demoData.createIfMissing();
        }
        if (accounts.countWithRole(Role.ADMIN) > 0) {
            if (bootstrapPassword.isPresent()) {
                LOG.warning("An administrator exists: remove the casebridge.bootstrap.admin-* settings.");
            }
            return;
        }
        if (bootstrapUsername.isEmpty() || bootstrapPassword.isEmpty()) {
            LOG.warning("No administrator account exists. Set CASEBRIDGE_BOOTSTRAP_ADMIN_USERNAME and "
                    + "CASEBRIDGE_BOOTSTRAP_ADMIN_PASSWORD for one start (docs/operations.md, 'First administrator').");
            return;
        }
        Username username = new Username(bootstrapUsername.get());
        Optional<Message> problem = PasswordPolicy.problem(bootstrapPassword.get(), username.value());
        if (problem.isPresent()) {
            throw new IllegalStateException("The bootstrap administrator password is refused: " + english(problem.get()));
        }
        Agency operations = agencies.agencyByCode(new AgencyCode(OPERATIONS_AGENCY)).orElseGet(() -> agencies.add(
                new Agency(new AgencyCode(OPERATIONS_AGENCY), new AgencyDetails("CaseBridge operations",
                        AgencyType.INTERNATIONAL_ORGANISATION, null, null, null, null, null))));
        UserAccount first = new UserAccount(username, "Administrator", operations,
                EnumSet.of(Role.ADMIN), hasher.hash(bootstrapPassword.get()), Instant.now());
        // The bootstrap password sits in the environment: a temporary one, changed at the first login.
        first.resetPassword(first.getPasswordHash(), Instant.now());
        UserAccount admin = accounts.add(first);
        LOG.log(Level.WARNING, "First administrator account created (id {0}). Remove the bootstrap settings now.",
                admin.getId());
    }

    /** A policy refusal in English, for the operator reading the start-up failure (the screens' English bundle). */
    private static String english(Message m) {
        ResourceBundle english = ResourceBundle.getBundle("org.casebridge.interfaces.messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return english.containsKey(m.key())
                ? new java.text.MessageFormat(english.getString(m.key()), Locale.ENGLISH).format(m.args().toArray())
                : m.toString();
    }
}
