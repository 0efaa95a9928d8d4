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
    K_ANONYMOUS(Role.ANALYST, Set.of(ExportFormat.CSV), "k-anonymous");

    private final Role role;
    private final Set<ExportFormat> formats;
    private final String fileStem;

    ExportKind(Role role, Set<ExportFormat> formats, String fileStem) {
        this.role = role;
        this.formats = formats;
        this.fileStem = fileStem;
    }

    /** The role that may ask for this kind. */
    public Role role() {
        return role;
    }

    public Set<ExportFormat> formats() {
        return formats;
    }

    public String fileStem() {
        return fileStem;
    }
}
