package org.casebridge.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.AuditLog;
import org.casebridge.domain.model.audit.AuditVerifier;
import org.casebridge.domain.model.audit.ChainCheck;
import org.casebridge.domain.model.audit.ChainFault;
import org.casebridge.domain.model.audit.Countersignature;
import org.casebridge.domain.model.audit.PublishedCheckpoints;
import org.casebridge.domain.model.audit.VerificationResult;

/**
 * Verifies and signs the audit chain in the application database with the configured keys. Walking
 * clears the persistence context batch by batch, so it must run before anything is written in the
 * same transaction.
 */
@ApplicationScoped
public class AuditVerification implements AuditVerifier {

    private static final Logger LOG = Logger.getLogger(AuditVerification.class.getName());

    @Inject
    AuditLog log;

    @Inject
    AuditKeys keys;

    @Inject
    PublishedCheckpoints published;

    @Override
    public VerificationResult verifyAll(Collection<AuditCheckpoint> given) {
        List<AuditCheckpoint> all = new ArrayList<>(log.checkpoints());
        all.addAll(published.all());
        all.addAll(given);
        return walk(ChainCheck.whole(keys.chain(), all, keys.verifyKey()));
    }

    @Override
    public VerificationResult verifySince(AuditCheckpoint previous) {
        return walk(previous == null ? ChainCheck.whole(keys.chain(), List.of(), keys.verifyKey())
                : ChainCheck.from(keys.chain(), previous, List.of(), keys.verifyKey()));
    }

    private VerificationResult walk(ChainCheck check) {
        try {
            log.walk(check.startAfter(), check);
        } catch (PersistenceException unreadable) {
            // Stored values no entry can hold are read as null and reported by the check itself; this is the last resort.
            LOG.log(Level.WARNING, "Audit verification could not read an entry: {0}", unreadable.getClass().getName());
            check.unreadableAt(-1, ChainFault.UNREADABLE);
        }
        VerificationResult result = check.result();
        LOG.log(result.ok() ? Level.INFO : Level.SEVERE, "Audit chain verification: {0}", result);
        return result;
    }

    @Override
    public AuditCheckpoint sign(long sequence, String headHash, Instant at) {
        return AuditCheckpoint.sign(sequence, headHash, at, keys.signingKey());
    }

    @Override
    public boolean signatureValid(AuditCheckpoint checkpoint) {
        return checkpoint.signedBy(keys.verifyKey());
    }

    @Override
    public String countersign(PublicKey source, AuditCheckpoint theirs, Instant witnessedAt) {
        return Countersignature.sign(source, theirs, witnessedAt, keys.signingKey());
    }

    @Override
    public String publicKey() {
        return Base64.getEncoder().encodeToString(keys.verifyKey().getEncoded());
    }
}
