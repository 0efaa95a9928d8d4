package org.casebridge.interfaces.shared.rest;

/** The paging parameters alone ({@code first}, {@code size}, {@code after}), for lists that take no other parameter. */
public class PageParams extends ListParams {
}
