package org.casebridge.application.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HTCDS 2.0 field standard as the tests read it, from the copy of IOM's field list in
 * {@code src/test/resources/htcds} (CC BY 4.0): each field's name with its prefix, and for picklists
 * their value names. Read independently of the code under test.
 */
final class HtcdsFieldStandard {

    private final Map<String, Set<String>> fields = new HashMap<>();

    HtcdsFieldStandard() throws IOException {
        try (InputStream in = HtcdsFieldStandard.class.getResourceAsStream("/htcds/htcds-2.0-field-standards.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (!line.startsWith(" | ")) {
                    continue;
                }
                String[] cols = line.split(" \\| ", -1);
                // Section | Status | Core | Prefix | Name | Label | Name including Prefix | Type | SF | Value Names | ...
                if (cols.length < 7 || cols[6].isBlank() || cols[6].equals("N/A")) {
                    continue;
                }
                Set<String> values = cols.length > 9 && !cols[9].isBlank() && !cols[9].startsWith("Use ")
                        ? Arrays.stream(cols[9].trim().split("\\s+")).collect(Collectors.toSet()) : Set.of();
                fields.put(cols[6].trim(), values);
            }
        }
    }

    boolean hasField(String name) {
        return fields.containsKey(name);
    }

    /** The field's value names; empty when it is not a picklist with listed values. */
    Set<String> values(String field) {
        return fields.getOrDefault(field, Set.of());
    }

    List<String> names() {
        return List.copyOf(fields.keySet());
    }
}
