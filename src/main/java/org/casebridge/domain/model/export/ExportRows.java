package org.casebridge.domain.model.export;

import java.util.function.Consumer;

/**
 * The rows of a case export, read a page at a time (keyset paging on identification date and id), so
 * that an export of any size holds one page in memory.
 */
public interface ExportRows {

    /** How many rows {@link #forEach} will give: one per victim of each case, one for a case without victims. */
    long count(ExportSelection selection);

    /** Gives every row in case order (identification date, id), then victim id. */
    void forEach(ExportSelection selection, Consumer<CaseExportRow> sink);
}
