package org.casebridge.domain.model.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Where audit entries are appended and read back. Implementations never update or delete. */
public interface AuditLog {

    /** Appends one entry at the head of the chain, inside the current transaction. */
    AuditEntry append(AuditRecord record, Instant at);

    /** Entries matching the filter, newest first. */
    List<AuditEntry> find(AuditFilter filter, int first, int size);

    long count(AuditFilter filter);

    /**
     * A page of the entries matching the filter, in its order, at {@code at}: at most {@code size} entries, none after
     * the entry {@code at.upTo()}; a page of the log read page by page (a background export).
     */
    List<AuditEntry> find(AuditFilter filter, AuditCursor at, int size);

    /**
     * The changes made to one record (entries with outcome OK and action CREATE, UPDATE or
     * STATE_CHANGE), newest first: its history, without who read it.
     */
    List<AuditEntry> changesOf(String recordType, String recordId, int max);

    /**
     * A record's history with what belongs to it, newest first, at most {@code max} entries, outcome OK
     * only: changes (CREATE, UPDATE, STATE_CHANGE) and reads (VIEW) of the records in {@code viewed}
     * (record type to ids), changes of those in {@code changed}, and changes of the records of
     * {@code madeFrom} types made from or linked to {@code parent} (their CREATE entry's detail starts
     * with {@code parent}, e.g. "case=12 ...", or their UPDATE says "linked case=12").
     */
    List<AuditEntry> historyOf(Map<String, Set<String>> viewed, Map<String, Set<String>> changed,
            Set<String> madeFrom, String parent, int max);

    /**
     * Security events nobody's supervisor sees: refusals ({@link AuditOutcome#DENIED}) and failed
     * logins that concern no record country or were made by a user with no country, matching the
     * filter's user, outcome and time range, newest first.
     */
    List<AuditEntry> findSecurityEvents(AuditFilter filter, int first, int size);
    // and every ALARM entry (the trail failed a check), which concerns no one country

    long countSecurityEvents(AuditFilter filter);

    /**
     * Streams entries with sequence greater than {@code afterSequence}, in order, to {@code visitor}
     * until it returns false. Reads in batches so that memory stays flat however long the chain.
     */
    void walk(long afterSequence, Predicate<AuditEntry> visitor);

    Optional<AuditEntry> entry(long sequence);

    long lastSequence();

    /**
     * The head of the chain (last sequence and hash), locked until the transaction ends so that
     * nothing is appended meanwhile: what is read is exactly what the chain holds at commit.
     */
    AuditHead head();

    AuditCheckpoint addCheckpoint(AuditCheckpoint checkpoint);

    /**
     * Every stored checkpoint row, lowest sequence first, as stored: whether its signature holds is
     * for the caller to check before using it.
     */
    List<AuditCheckpoint> checkpoints();

    /** The stored checkpoint rows with sequence greater than {@code after}, lowest first, at most {@code max}, as stored. */
    List<AuditCheckpoint> checkpointsAfter(long after, int max);

    /** The stored checkpoint rows with the highest sequences, highest first, at most {@code max}. */
    List<AuditCheckpoint> latestCheckpoints(int max);

    /** The entry with the highest sequence among those with {@code action}. */
    Optional<AuditEntry> latest(AuditAction action);
}
