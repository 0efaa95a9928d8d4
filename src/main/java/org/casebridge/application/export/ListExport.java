package org.casebridge.application.export;

import java.util.List;

/**
 * One list that a {@code LIST_XLSX} export can hold ({@code ListSelection.LISTS}): the caller's own list checked
 * when it is asked for, then, when the job runs, counted and read a keyset page at a time in the owner's scope as
 * it is then (read again from the database by the owner's id; an owner disabled or no longer seeing the list meanwhile
 * gets no file). A stateless bean per list whose every call is a transaction of its own, so no more than a page is
 * ever in memory; {@link ListExports} finds it by {@link #name()}. The list's filters travel as the list's own
 * one-line text ({@code CaseQueryText}, {@code ReferralQueryText}, {@code RequestQueryText}, {@code AuditQueryText},
 * {@code UserQueryText}).
 *
 * @param <R> the list's row, as its screen and its synchronous download show it
 * @param <C> where a page starts (the list's keyset cursor)
 */
public interface ListExport<R, C> {

    /** Rows read at a time. */
    int PAGE = 500;

    /** The list's name ({@code ListSelection.LISTS}). */
    String name();

    /** The record type the rows' ids are audited as ({@code EXPORT <type>} entries naming the job). */
    String recordType();

    /**
     * The caller's list with {@code query}'s filters: the caller must see the list (otherwise audited DENIED and 403);
     * the filters as the caller's list holds them, as one line.
     */
    String asked(String query);

    /** How many rows the owner's list with these filters holds now. */
    long count(long ownerId, String query);

    /** The rows of the owner's list after {@code after} (from the start when null): at most {@link #PAGE}. */
    Page<R, C> page(long ownerId, String query, C after);

    /** A page of rows and where the next one starts (null after the last). */
    record Page<R, C>(List<R> rows, C next) {
    }
}
