package org.casebridge.application.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.casebridge.domain.model.export.ExportKind;

/** Finds the definition of a kind of export among the beans implementing {@link ExportDefinition}. */
@ApplicationScoped
public class ExportDefinitions {

    @Inject
    @Any
    Instance<ExportDefinition<?>> all;

    @SuppressWarnings("unchecked")
    public <T> ExportDefinition<T> of(ExportKind kind) {
        for (ExportDefinition<?> d : all) {
            if (d.kind() == kind) {
                return (ExportDefinition<T>) d;
            }
        }
        throw new IllegalStateException("no export definition for " + kind);
    }
}
