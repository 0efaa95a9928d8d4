package org.casebridge.domain.model.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.ForcedLabourIndustry;
import org.casebridge.domain.model.casefile.MethodOfControl;
import org.casebridge.domain.model.referral.ReferralStatus;
import org.casebridge.domain.model.victim.Gender;

/**
 * What a statistics table can be broken down by. Each dimension belongs to one or more
 * {@link Subject}s, has a fixed list of categories for a given universe (never taken from one
 * query's rows, so that every query of the family sees the same table), and is either single-valued
 * (each counted record in exactly one category) or multi-valued (a record counts once in each of its
 * categories, for example a victim exploited in two ways; totals then count mentions).
 */
public enum Dimension {
    YEAR("year", false, false, EnumSet.allOf(Subject.class)),
    /** Victims: the country of the case (identification); referrals: the sending country; requests: the requesting country. */
    COUNTRY("country", false, false, EnumSet.allOf(Subject.class)),
    /** The country of the case's exploitation event (the first by country code when there are several). */
    EXPLOITATION_COUNTRY("exploitationCountry", false, false, EnumSet.of(Subject.VICTIMS)),
    EXPLOITATION("exploitation", true, false, EnumSet.of(Subject.VICTIMS)),
    GENDER("gender", false, false, EnumSet.of(Subject.VICTIMS)),
    AGE_BAND("ageBand", false, false, EnumSet.of(Subject.VICTIMS)),
    CITIZENSHIP("citizenship", true, true, EnumSet.of(Subject.VICTIMS)),
    INDUSTRY("industry", false, false, EnumSet.of(Subject.VICTIMS)),
    CONTROL("control", true, true, EnumSet.of(Subject.VICTIMS)),
    SERVICE("service", true, true, EnumSet.of(Subject.REFERRALS)),
    OUTCOME("outcome", false, false, EnumSet.of(Subject.REFERRALS)),
    /** The requested country of a cooperation request. */
    COUNTERPART("counterpart", false, false, EnumSet.of(Subject.COOPERATION)),
    /** Whether a cooperation request was acknowledged by its acknowledge-by time. */
    TIMELINESS("timeliness", false, false, EnumSet.of(Subject.COOPERATION));

    /** The category of records with nothing recorded for a dimension. */
    public static final String NOT_RECORDED = "NOT_RECORDED";
    /** The category of a country code outside the participating countries. */
    public static final String OTHER = "OTHER";
    /** Cooperation request timeliness categories. */
    public static final List<String> TIMELINESS_CATEGORIES = List.of("ON_TIME", "LATE", "OVERDUE", "PENDING");

    private final String key;
    private final boolean multiValued;
    private final boolean commaList;
    private final Set<Subject> subjects;

    Dimension(String key, boolean multiValued, boolean commaList, Set<Subject> subjects) {
        this.key = key;
        this.multiValued = multiValued;
        this.commaList = commaList;
        this.subjects = subjects;
    }

    /** The name in addresses and the API ({@code rows=ageBand}). */
    public String key() {
        return key;
    }

    public boolean multiValued() {
        return multiValued;
    }

    /** The raw value is a comma-separated list of codes, split after grouping. */
    public boolean commaList() {
        return commaList;
    }

    public boolean countsIn(Subject subject) {
        return subjects.contains(subject);
    }

    public static Optional<Dimension> fromKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }

    public static List<Dimension> of(Subject subject) {
        return Arrays.stream(values()).filter(d -> d.countsIn(subject)).toList();
    }

    /**
     * The categories of this dimension in a universe whose records span {@code years}, given the
     * participating countries. They depend on no query, only on the universe.
     */
    public List<String> categories(List<Integer> years, List<String> countryCodes) {
        return switch (this) {
            case YEAR -> years.stream().map(String::valueOf).toList();
            case COUNTRY, COUNTERPART -> withOther(countryCodes, false);
            case EXPLOITATION_COUNTRY, CITIZENSHIP -> withOther(countryCodes, true);
            case EXPLOITATION -> names(ExploitationType.values(), true);
            case GENDER -> names(Gender.values(), true);
            case AGE_BAND -> names(AgeBand.values(), true);
            case INDUSTRY -> names(ForcedLabourIndustry.values(), true);
            case CONTROL -> names(MethodOfControl.values(), true);
            case SERVICE -> names(ServiceType.values(), false);
            case OUTCOME -> Stream.of(ReferralStatus.values()).filter(s -> s != ReferralStatus.DRAFT).map(Enum::name).toList();
            case TIMELINESS -> TIMELINESS_CATEGORIES;
        };
    }

    private static List<String> withOther(List<String> codes, boolean notRecorded) {
        List<String> all = new ArrayList<>(codes);
        all.add(OTHER);
        if (notRecorded) {
            all.add(NOT_RECORDED);
        }
        return List.copyOf(all);
    }

    private static List<String> names(Enum<?>[] values, boolean notRecorded) {
        List<String> all = new ArrayList<>(Stream.of(values).map(Enum::name).toList());
        if (notRecorded) {
            all.add(NOT_RECORDED);
        }
        return List.copyOf(all);
    }
}
