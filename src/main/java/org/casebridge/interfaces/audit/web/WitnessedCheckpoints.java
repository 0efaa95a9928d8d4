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
import org.casebridge.interfaces.shared.i18n.UserLocale;

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

    @Inject
    UserLocale userLocale;

    private List<Row> rows;

    @PostConstruct
    void load() {
        rows = witnesses.recentCheckpoints(SHOWN).stream().map(this::row).toList();
    }

    private Row row(CheckpointListing.Listed l) {
        String by = l.witnesses().stream()
                .map(w -> w.getWitness() + " (" + userLocale.timeToSecond(w.getWitnessedAt()) + ")")
                .collect(Collectors.joining(", "));
        return new Row(l.checkpoint().getSequence(), userLocale.timeToSecond(l.checkpoint().getCreatedAt()),
                l.checkpoint().getHeadHash(), by);
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One checkpoint as shown: sequence, signed at (in the reader's time zone), head hash, witnesses with their times; empty: none yet. */
    public record Row(long sequence, String signedAt, String headHash, String witnessedBy) implements Serializable {
    }
}
