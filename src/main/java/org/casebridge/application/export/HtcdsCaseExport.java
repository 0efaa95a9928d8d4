package org.casebridge.application.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.casebridge.domain.model.export.CaseExportRow;
import org.casebridge.domain.model.export.ExportFilters;
import org.casebridge.domain.model.export.ExportFormat;
import org.casebridge.domain.model.export.ExportKind;
import org.casebridge.domain.model.export.ExportRows;
import org.casebridge.domain.model.export.ExportSelection;

/**
 * The HTCDS 2.0 export of a country's cases for its supervisor: one CSV row per victim of a case (one for
 * a case without victims), the columns of {@link HtcdsColumns}, the identifying ones only when ticked
 * (the database is not even asked for them otherwise).
 */
@ApplicationScoped
public class HtcdsCaseExport implements ExportDefinition<CaseExportRow> {

    @Inject
    ExportRows rows;

    @Override
    public ExportKind kind() {
        return ExportKind.HTCDS_CASES;
    }

    @Override
    public long count(ExportFilters filters) {
        return rows.count(selection(filters));
    }

    @Override
    public ExportSource<CaseExportRow> source(ExportFilters filters) {
        ExportSelection s = selection(filters);
        return sink -> rows.forEach(s, sink);
    }

    @Override
    public ExportWriter<CaseExportRow> writer(ExportFormat format, ExportFilters filters) {
        return csv(HtcdsColumns.of(filters.identifying()));
    }

    /** The CSV writer for these columns: a header row of the field names, then one row per record. */
    public static ExportWriter<CaseExportRow> csv(List<HtcdsColumns.Column> columns) {
        return (source, out, progress) -> {
            CsvWriter csv = new CsvWriter(out);
            csv.row(columns.stream().map(HtcdsColumns.Column::header).toList());
            try {
                source.forEach(r -> {
                    try {
                        csv.row(columns.stream().map(c -> c.value().apply(r)).toList());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    progress.row(r.caseId(), r.victimId());
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            csv.flush();
        };
    }

    private static ExportSelection selection(ExportFilters f) {
        return new ExportSelection(f.country(), f.from(), f.to(), f.identifying(), true);
    }
}
