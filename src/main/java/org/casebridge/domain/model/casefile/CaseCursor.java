package org.casebridge.domain.model.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * Where a page of a case list ended: the sort key and id of its last row, as an opaque token for
 * clients ({@code after=...}). Continuing from it reads only the rows of the next page.
 */
public record CaseCursor(CaseSort sort, String key, long id) {

    public static CaseCursor after(CaseFile last, CaseSort sort) {
        String key = switch (sort) {
            case IDENTIFIED -> last.getIdentificationDate().toString();
            case NUMBER -> last.getNumber().value();
            case RISK -> Integer.toString(last.getRiskLevel().ordinal() + 1);
            case CHANGED -> last.getChangedAt().toString();
        };
        return new CaseCursor(sort, key, last.getId());
    }

    /** The key as the type the sort column has. */
    public Object typedKey() {
        try {
            return switch (sort) {
                case IDENTIFIED -> LocalDate.parse(key);
                case NUMBER -> key;
                case RISK -> Integer.parseInt(key);
                case CHANGED -> Instant.parse(key);
            };
        } catch (RuntimeException e) {
            throw ValidationException.of("after", "error.case.after2");
        }
    }

    public String token() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sort.name() + "|" + key + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static CaseCursor parse(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|");
            CaseCursor cursor = new CaseCursor(CaseSort.valueOf(parts[0]), parts[1], Long.parseLong(parts[2]));
            cursor.typedKey();
            return cursor;
        } catch (RuntimeException e) {
            throw ValidationException.of("after", "error.case.after2");
        }
    }
}
