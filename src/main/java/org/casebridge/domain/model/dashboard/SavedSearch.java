package org.casebridge.domain.model.dashboard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * A user's saved case search: the case list's filters under a name of the user's choosing, found again on
 * their home page. Only its owner ever sees it; the list it opens is read within the owner's access as it
 * is at that moment, so a saved search never widens what its user may see. The filters are kept as the case
 * list's address parameters ({@code stage=ASSISTANCE&mine=true}); only the list's own filter names are
 * accepted. A saved search is a preference, not a record: deleting it removes it.
 */
@Entity
@Table(name = "saved_search")
@NamedQuery(name = SavedSearch.OF_USER, query = "select s from SavedSearch s where s.userId = :user order by lower(s.name), s.id")
@NamedQuery(name = SavedSearch.COUNT_OF_USER, query = "select count(s) from SavedSearch s where s.userId = :user")
@NamedQuery(name = SavedSearch.NAMED, query = "select count(s) from SavedSearch s where s.userId = :user and lower(s.name) = :name")
public class SavedSearch extends TrackedEntity {

    public static final String OF_USER = "SavedSearch.ofUser";
    public static final String COUNT_OF_USER = "SavedSearch.countOfUser";
    public static final String NAMED = "SavedSearch.named";
    public static final int NAME_MAX = 100;
    public static final int FILTERS_MAX = 1000;
    public static final int VALUE_MAX = 200;
    /** At most this many saved searches per user. */
    public static final int PER_USER_MAX = 50;
    /** The case list's filter names (its address parameters) that a saved search may hold. */
    public static final List<String> FILTERS = List.of("q", "number", "status", "stage", "risk", "level", "exploitation",
            "country", "from", "to", "mine", "overdue", "open", "reviewSoon", "plansDue", "closurePending", "sort", "asc");

    @Id
    @SequenceGenerator(name = "saved_search_seq", sequenceName = "saved_search_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_search_seq")
    private Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "filters", nullable = false, length = FILTERS_MAX)
    private String filters;

    protected SavedSearch() {
    }

    private SavedSearch(long userId, String name, String filters) {
        this.userId = userId;
        this.name = name;
        this.filters = filters;
    }

    /**
     * A new saved search of user {@code userId}. The name is one line of 1 to {@link #NAME_MAX} characters; the
     * filters are the case list's (names from {@link #FILTERS}, each value one line of at most {@link #VALUE_MAX}
     * characters, at least one filter), together at most {@link #FILTERS_MAX} characters once encoded.
     */
    public static SavedSearch of(long userId, String name, Map<String, String> filters) {
        ValidationException.Collector errors = new ValidationException.Collector();
        String n = Text.name(name, NAME_MAX, "name", "error.label.name", errors);
        errors.check(n != null, "name", "error.text.required", Message.of("error.label.name"), NAME_MAX);
        String encoded = encode(filters, errors);
        errors.throwIfAny();
        return new SavedSearch(userId, n, encoded);
    }

    private static String encode(Map<String, String> filters, ValidationException.Collector errors) {
        StringBuilder b = new StringBuilder();
        if (filters == null || filters.isEmpty()) {
            errors.add("filters", "error.dashboard.filters3");
            return null;
        }
        for (String key : FILTERS) {
            if (!filters.containsKey(key)) {
                continue;
            }
            String v = Text.oneLine(filters.get(key), VALUE_MAX, "filters", "error.label.filterValue", errors);
            if (v != null) {
                b.append(b.isEmpty() ? "" : "&").append(key).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        }
        for (String key : filters.keySet()) {
            if (key == null || !FILTERS.contains(key)) {
                errors.add("filters", "The case list has no filter of that name; use " + String.join(", ", FILTERS) + ".");
                return null;
            }
        }
        if (b.isEmpty()) {
            errors.add("filters", "error.dashboard.filters3");
        } else if (b.length() > FILTERS_MAX) {
            errors.add("filters", "The filters are too long to save (at most " + FILTERS_MAX + " characters).");
        }
        return b.toString();
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    /** The filters as the case list's address parameters, URL-encoded ({@code stage=ASSISTANCE&mine=true}). */
    public String getQueryString() {
        return filters;
    }

    /** The filters by name, in the case list's order. */
    public Map<String, String> filters() {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : filters.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                m.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
