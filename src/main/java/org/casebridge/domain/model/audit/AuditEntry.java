package org.casebridge.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audited event. Append-only: no setters, no version, never updated or deleted (the database
 * refuses both). {@code sequence} is gapless; {@code previousHash} and {@code entryHash} chain the
 * entries (see {@link AuditChain}). Holds ids and codes only, never names or free text. An action
 * or outcome stored as no known value is read as null (see {@link StoredCodes}), so that a planted
 * value makes the entry fail verification at its own sequence instead of failing the whole read.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @Column(name = "seq", nullable = false, updatable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", length = 64, updatable = false)
    private String username;

    @Column(name = "roles", length = 120, updatable = false)
    private String roles;

    @Column(name = "agency_code", length = 32, updatable = false)
    private String agencyCode;

    @Column(name = "country_code", length = 2, updatable = false)
    private String countryCode;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Column(name = "server_node", length = 100, updatable = false)
    private String serverNode;

    @Convert(converter = StoredCodes.Action.class)
    @Column(name = "action", nullable = false, length = 30, updatable = false)
    private AuditAction action;

    @Column(name = "record_type", length = 40, updatable = false)
    private String recordType;

    @Column(name = "record_id", length = 64, updatable = false)
    private String recordId;

    @Column(name = "record_country", length = 2, updatable = false)
    private String recordCountry;

    @Column(name = "shown_ids", length = 4000, updatable = false)
    private String shownIds;

    @Convert(converter = StoredCodes.Outcome.class)
    @Column(name = "outcome", nullable = false, length = 10, updatable = false)
    private AuditOutcome outcome;

    @Column(name = "detail", length = 500, updatable = false)
    private String detail;

    @Column(name = "prev_hash", nullable = false, length = 64, updatable = false)
    private String previousHash;

    @Column(name = "entry_hash", nullable = false, length = 64, updatable = false)
    private String entryHash;

    protected AuditEntry() {
    }

    public AuditEntry(long sequence, Instant occurredAt, AuditRecord record, String previousHash, String entryHash) {
        this.sequence = sequence;
        this.occurredAt = occurredAt;
        this.username = record.username();
        this.roles = record.roles();
        this.agencyCode = record.agencyCode();
        this.countryCode = record.countryCode();
        this.clientAddress = record.clientAddress();
        this.serverNode = record.serverNode();
        this.action = record.action();
        this.recordType = record.recordType();
        this.recordId = record.recordId();
        this.recordCountry = record.recordCountry();
        this.shownIds = record.shownIds();
        this.outcome = record.outcome();
        this.detail = record.detail();
        this.previousHash = previousHash;
        this.entryHash = entryHash;
    }

    /** The fields covered by the hash, in the chain's canonical order. */
    public AuditRecord record() {
        return new AuditRecord(username, roles, agencyCode, countryCode, clientAddress, serverNode, action,
                recordType, recordId, recordCountry, shownIds, outcome, detail);
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRoles() {
        return roles;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getServerNode() {
        return serverNode;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getRecordType() {
        return recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public String getRecordCountry() {
        return recordCountry;
    }

    public String getShownIds() {
        return shownIds;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getEntryHash() {
        return entryHash;
    }
}
