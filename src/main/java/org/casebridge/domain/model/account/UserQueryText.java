package org.casebridge.domain.model.account;

import java.util.LinkedHashMap;
import java.util.Map;
import org.casebridge.domain.model.shared.QueryLine;

/**
 * The user list's search as one line of text, kept with a background export of the list ({@code filter=jm}): the
 * name of {@code GET /api/users}'s parameter, in {@link QueryLine}'s form. Read back strictly (another parameter, or a
 * search longer than the list takes, is refused); a search only ever narrows the list.
 */
public final class UserQueryText {

    /** The longest search the list takes. */
    public static final int FILTER_MAX = 100;

    private UserQueryText() {
    }

    public static String encode(String filter) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("filter", filter == null || filter.isBlank() ? null : filter);
        return QueryLine.write(p);
    }

    /** The search, or null for none. */
    public static String decode(String text) {
        Map<String, String> p = QueryLine.read(text);
        String filter = p.remove("filter");
        QueryLine.noneLeft(p);
        if (filter != null && filter.length() > FILTER_MAX) {
            throw QueryLine.wrong();
        }
        return filter;
    }
}
