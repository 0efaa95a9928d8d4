package org.casebridge.interfaces.shared.export;

import java.util.List;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.interfaces.shared.export.Spreadsheet.Column;

/**
 * The columns of each list's download: what the list's table shows of a row, with the table's headers,
 * and nothing more (no victim names where the table shows none). The screens and REST use the same ones.
 */
public final class ListColumns {

    private ListColumns() {
    }

    /** The case list (cases/list.xhtml). */
    public static List<Column<CaseRow>> cases() {
        return List.of(
                Column.of("case.number", CaseRow::number),
                Column.of("case.status", c -> Labels.code(c.status())
                        + (c.closurePending() ? " (" + Labels.text("case.closure.pendingShort") + ")" : "")),
                Column.of("case.stage", c -> Labels.code(c.stage())),
                Column.of("case.riskLevel", c -> Labels.code(c.riskLevel())),
                Column.of("case.identificationDate", c -> Labels.text(c.identificationDate())),
                Column.of("case.reviewDue", c -> Labels.text(c.reviewDue())
                        + (c.overdue() ? " (" + Labels.text("case.overdue") + ")" : "")),
                Column.of("case.assignedTo", c -> c.assignedTo() == null ? "" : c.assignedTo().displayName()),
                Column.of("case.owningAgency", CaseRow::owningAgencyCode),
                Column.of("case.country", CaseRow::countryCode),
                Column.of("case.changedAt", c -> Labels.when(c.changedAt())));
    }
}
