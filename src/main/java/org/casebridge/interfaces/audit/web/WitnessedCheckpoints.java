package org.casebridge.interfaces.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.casebridge.application.audit.CheckpointListing;
import org.casebridge.application.audit.WitnessService;

/**
 * The newest checkpoints on the audit screen, with which other installations witnessed each and
 * when: a checkpoint held by another organisation cannot be laundered here. Loaded once per view.
 */
@Named
@ViewScoped
public class WitnessedCheckpoints implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 10;

    @Inject
    WitnessService witnesses;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = witnesses.recentCheckpoints(SHOWN).stream().map(WitnessedCheckpoints::row).toList();
    }

    private static Row row(CheckpointListing.Listed l) {
        String by = l.witnesses().stream()
                .map(w -> w.getWitness() + " (" + AuditLogView.TIME.format(w.getWitnessedAt()) + ")")
                .collect(Collectors.joining(", "));
        return new Row(l.checkpoint().getSequence(), AuditLogView.TIME.format(l.checkpoint().getCreatedAt()),
                l.checkpoint().getHeadHash(), by);
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One checkpoint as shown: sequence, signed at (UTC), head hash, witnesses with their times; empty: none yet. */
    public record Row(long sequence, String signedAt, String headHash, String witnessedBy) implements Serializable {
    }
}
