package org.casebridge.application.casefile.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditEntry;

/**
 * One line of a case's history: a change to the case or to what belongs to it (record type and id, field
 * names never values), or a run of reads folded into one line: {@code views} reads between
 * {@code since} and {@code occurredAt}, by {@code viewers} (each username once, most reads first).
 */
public record HistoryEntry(long sequence, Instant occurredAt, String username, AuditAction action, String detail,
        String recordType, String recordId, int views, List<String> viewers, Instant since) implements Serializable {

    public static HistoryEntry of(AuditEntry e) {
        return new HistoryEntry(e.getSequence(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getDetail(),
                e.getRecordType(), e.getRecordId(), 0, List.of(), null);
    }

    /**
     * The entries (newest first) as history lines: each change as it is, and each run of reads of the same
     * record between two changes as one line.
     */
    public static List<HistoryEntry> folded(List<AuditEntry> newestFirst) {
        List<HistoryEntry> lines = new ArrayList<>();
        List<AuditEntry> run = new ArrayList<>();
        for (AuditEntry e : newestFirst) {
            boolean view = e.getAction() == AuditAction.VIEW;
            if (!run.isEmpty() && (!view || !sameRecord(run.get(0), e))) {
                lines.add(views(run));
                run.clear();
            }
            if (view) {
                run.add(e);
            } else {
                lines.add(of(e));
            }
        }
        if (!run.isEmpty()) {
            lines.add(views(run));
        }
        return lines;
    }

    private static boolean sameRecord(AuditEntry a, AuditEntry b) {
        return Objects.equals(a.getRecordType(), b.getRecordType()) && Objects.equals(a.getRecordId(), b.getRecordId());
    }

    private static HistoryEntry views(List<AuditEntry> run) {
        Map<String, Integer> byUser = new LinkedHashMap<>();
        for (AuditEntry e : run) {
            byUser.merge(e.getUsername() == null ? "" : e.getUsername(), 1, Integer::sum);
        }
        List<String> viewers = byUser.entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue())).map(Map.Entry::getKey).toList();
        AuditEntry newest = run.get(0);
        AuditEntry oldest = run.get(run.size() - 1);
        return new HistoryEntry(newest.getSequence(), newest.getOccurredAt(), null, AuditAction.VIEW, null,
                newest.getRecordType(), newest.getRecordId(), run.size(), viewers, oldest.getOccurredAt());
    }
}
