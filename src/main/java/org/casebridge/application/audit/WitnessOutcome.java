package org.casebridge.application.audit;

/**
 * What one run of witnessing gave for one source: OK (with how many checkpoints were newly stored and
 * countersigned, and how many countersignatures the source acknowledged), ALARM (the source
 * contradicted the copy held here; nothing more was taken from it) or UNREACHABLE (a warning: try again
 * next run).
 */
public record WitnessOutcome(String source, Status status, int stored, Long latestSequence, int delivered,
        String detail) {

    public enum Status {
        OK, ALARM, UNREACHABLE
    }

    WitnessOutcome withDelivered(int count) {
        return new WitnessOutcome(source, status, stored, latestSequence, count, detail);
    }

    WitnessOutcome plus(WitnessOutcome later) {
        return new WitnessOutcome(source, later.status, stored + later.stored,
                later.latestSequence != null ? later.latestSequence : latestSequence, delivered, later.detail);
    }

    @Override
    public String toString() {
        return source + "=" + status + " stored=" + stored + " delivered=" + delivered
                + (latestSequence == null ? "" : " latest=" + latestSequence);
    }
}
