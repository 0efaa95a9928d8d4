package org.casebridge.domain.model.export;

import java.util.Set;
import org.casebridge.domain.model.account.Role;

/**
 * What an export holds, who may ask for it and in which formats. A new kind (a list as XLSX, a case
 * summary as PDF) is a constant here, its formats, and a writer for it in the application layer.
 */
public enum ExportKind {
    /** A country's cases in HTCDS 2.0 form, one row per victim of a case, for the country's supervisors. */
    HTCDS_CASES(Role.SUPERVISOR, Set.of(ExportFormat.CSV), "htcds-cases"),
    /** CTDC-style k-anonymous records of every country (generalised quasi-identifiers only), for analysts. */
    K_ANONYMOUS(Role.ANALYST, Set.of(ExportFormat.CSV), "k-anonymous"),
    /**
     * A list a user sees (the case list, the referral list or a partner's inbox, the cooperation request list, the
     * audit log, the user list: an administrator's only list here), with
     * its filters and sort, as XLSX: the synchronous download's file, for a list longer than that download's limit.
     * Asked for from the list, by whoever may see a list (each list's own access policy checks the one asked for);
     * it holds what the owner's list shows, read again in their scope when it runs.
     */
    LIST_XLSX(Role.CASEWORKER, Set.of(ExportFormat.XLSX), "list", Role.SUPERVISOR, Role.PARTNER, Role.FOCAL_POINT, Role.ADMIN);

    private final Role role;
    private final Set<Role> roles;
    private final Set<ExportFormat> formats;
    private final String fileStem;

    ExportKind(Role role, Set<ExportFormat> formats, String fileStem, Role... others) {
        this.role = role;
        java.util.EnumSet<Role> all = java.util.EnumSet.of(role, others);
        this.roles = java.util.Collections.unmodifiableSet(all);
        this.formats = formats;
        this.fileStem = fileStem;
    }

    /** The role that may ask for this kind. */
    public Role role() {
        return role;
    }

    /** Every role that may ask for this kind ({@link #role()} and, for a list, the others who see it). */
    public Set<Role> roles() {
        return roles;
    }

    /** A kind asked for from a list screen (or over REST with the list's filters), not on the exports screen's form. */
    public boolean isList() {
        return this == LIST_XLSX;
    }

    public Set<ExportFormat> formats() {
        return formats;
    }

    public String fileStem() {
        return fileStem;
    }
}
