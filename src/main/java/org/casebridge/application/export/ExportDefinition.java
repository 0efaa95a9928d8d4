package org.casebridge.application.export;

import org.casebridge.domain.model.export.ExportFilters;
import org.casebridge.domain.model.export.ExportFormat;
import org.casebridge.domain.model.export.ExportKind;

/**
 * What one kind of export is: how many rows the filters select (for the size limit and the progress
 * bar), where its rows come from and which writer writes them. A CDI bean per kind; the runner finds it
 * by {@link #kind()}. Who may ask for a kind is {@link ExportKind#role()}, checked by {@code ExportAccess}.
 */
public interface ExportDefinition<T> {

    ExportKind kind();

    long count(ExportFilters filters);

    ExportSource<T> source(ExportFilters filters);

    ExportWriter<T> writer(ExportFormat format, ExportFilters filters);

    /** The record type of the ids the writer reports ({@link ExportProgress#row}): cases, unless the kind says otherwise. */
    default String recordType(ExportFilters filters) {
        return org.casebridge.application.casefile.CaseAccess.CASE;
    }
}
