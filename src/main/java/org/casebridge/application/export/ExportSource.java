package org.casebridge.application.export;

import java.util.function.Consumer;

/**
 * The rows of an export, streamed: each call of {@link #forEach} reads them again from the start, a page
 * at a time, never all of them in memory. A writer may read its source more than once.
 */
@FunctionalInterface
public interface ExportSource<T> {

    void forEach(Consumer<T> row);
}
