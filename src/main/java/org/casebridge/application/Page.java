package org.casebridge.application;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with the total count of the whole list. */
public record Page<T>(List<T> items, long total, int first, int size) {

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, first, size);
    }

    /** Clamps paging parameters a client sent to sane values. */
    public static int size(Integer requested) {
        return requested == null || requested < 1 ? 25 : Math.min(requested, 200);
    }

    public static int first(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
