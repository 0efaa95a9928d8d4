package org.casebridge.application.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the k of a published data set from the file alone: every data row's combination of values (all
 * columns are quasi-identifiers) is counted, and k is the smallest count. Knows nothing of how the file
 * was made.
 */
public final class KAnonymityVerifier {

    private KAnonymityVerifier() {
    }

    /** The k of the CSV text (header row first); Integer.MAX_VALUE for a file without data rows. */
    public static int measure(String csv) {
        List<List<String>> rows = CsvParser.parse(csv);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            counts.merge(row, 1, Integer::sum);
        }
        return counts.values().stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
    }
}
