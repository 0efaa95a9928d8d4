package org.casebridge.application.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.casebridge.domain.model.export.CaseExportRow;
import org.casebridge.domain.model.export.ExportFilters;
import org.casebridge.domain.model.export.ExportFormat;
import org.casebridge.domain.model.export.ExportKind;
import org.casebridge.domain.model.export.ExportRows;
import org.casebridge.domain.model.export.ExportSelection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The k-anonymous data set for analysts, in CTDC's style: one row per victim record of every country (or
 * of one), holding only its generalised {@link QuasiIdentifiers}; a record is suppressed (left out) when
 * fewer than k records share its combination, so every combination in the file appears at least k times.
 * Suppressing a whole class never lowers another class's count, so one counting pass and one writing
 * pass are enough (a writing pass that finds a combination below k, because cases changed in between,
 * fails the job rather than publish it). The source is read twice, a page at a time; only the counts per combination are kept.
 */
@ApplicationScoped
public class KAnonymousExport implements ExportDefinition<CaseExportRow> {

    @Inject
    ExportRows rows;

    /** The smallest number of records a published combination stands for; shared with the statistics (CTDC: 11). */
    @Inject
    @ConfigProperty(name = "casebridge.statistics.k", defaultValue = "11")
    int k;

    @Override
    public ExportKind kind() {
        return ExportKind.K_ANONYMOUS;
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
        return csv(k);
    }

    public int k() {
        return k;
    }

    /** The CSV writer with suppression below {@code k}. */
    public static ExportWriter<CaseExportRow> csv(int k) {
        if (k < 2) {
            throw new IllegalArgumentException("k is at least 2");
        }
        return (source, out, progress) -> {
            Map<QuasiIdentifiers, Integer> counts = new HashMap<>();
            source.forEach(r -> counts.merge(QuasiIdentifiers.of(r), 1, Integer::sum));
            Map<QuasiIdentifiers, Integer> written = new HashMap<>();
            CsvWriter csv = new CsvWriter(out);
            csv.row(QuasiIdentifiers.HEADERS);
            try {
                source.forEach(r -> {
                    QuasiIdentifiers q = QuasiIdentifiers.of(r);
                    if (counts.getOrDefault(q, 0) >= k) {
                        written.merge(q, 1, Integer::sum);
                        try {
                            csv.row(q.cells());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        progress.row(r.caseId(), r.victimId());
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            // a record voided between the two passes could leave a combination below k: then no file at all
            if (written.values().stream().anyMatch(n -> n < k)) {
                throw new IOException("cases changed while the k-anonymous export ran");
            }
            csv.flush();
        };
    }

    private static ExportSelection selection(ExportFilters f) {
        return new ExportSelection(f.country(), f.from(), f.to(), null, true);
    }
}
