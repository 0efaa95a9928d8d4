package org.casebridge.application.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The ids of the records an export holds (cases, or a list's own records, and victims), collected while it is written (two growing arrays of longs, not
 * the rows), put on the audit trail as LIST entries do: in the entries' shown ids, split over as many
 * EXPORT entries as {@link #MAX_CHARS} requires, each naming the job, its part and the SHA-256 of all the
 * ids, which the job keeps too.
 */
public final class ExportedIds {

    /** What one audit entry's shown ids hold (AuditRecord.SHOWN_IDS_MAX). */
    public static final int MAX_CHARS = org.casebridge.domain.model.audit.AuditRecord.SHOWN_IDS_MAX;

    private long[] cases = new long[1024];
    private int caseCount;
    private long[] victims = new long[1024];
    private int victimCount;

    /** A row from case {@code caseId} and victim {@code victimId}; a case repeated in a row after its first counts once. */
    public void add(long caseId, Long victimId) {
        if (caseCount == 0 || cases[caseCount - 1] != caseId) {
            if (caseCount == cases.length) {
                cases = Arrays.copyOf(cases, cases.length * 2);
            }
            cases[caseCount++] = caseId;
        }
        if (victimId != null) {
            if (victimCount == victims.length) {
                victims = Arrays.copyOf(victims, victims.length * 2);
            }
            victims[victimCount++] = victimId;
        }
    }

    public long[] caseIds() {
        return Arrays.copyOf(cases, caseCount);
    }

    public long[] victimIds() {
        return Arrays.copyOf(victims, victimCount);
    }

    /**
     * SHA-256 (hex) of {@code <recordType>=<ids>\nvictim=<ids>} ({@code case_file=...} for cases), the ids
     * comma-separated in the file's order.
     */
    public String digest(String recordType) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((recordType + "=" + joined(caseIds()) + "\nvictim=" + joined(victimIds())).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The ids comma-separated in parts of at most {@link #MAX_CHARS} characters (none for no ids). */
    public static List<String> parts(long[] ids) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (long id : ids) {
            String s = Long.toString(id);
            if (part.length() + s.length() + 1 > MAX_CHARS) {
                parts.add(part.toString());
                part.setLength(0);
            }
            part.append(part.isEmpty() ? "" : ",").append(s);
        }
        if (!part.isEmpty()) {
            parts.add(part.toString());
        }
        return parts;
    }

    private static String joined(long[] ids) {
        StringBuilder b = new StringBuilder();
        for (long id : ids) {
            b.append(b.isEmpty() ? "" : ",").append(id);
        }
        return b.toString();
    }
}
