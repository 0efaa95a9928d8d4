package org.casebridge.domain.model.export;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an export job is: QUEUED when asked for, RUNNING while its rows are written, DONE when its whole
 * file is stored, FAILED when it stopped (an error, a size over the limit, or a restart that cut it short),
 * EXPIRED when its file was removed after the retention time. A file exists only in DONE.
 */
public enum ExportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED,
    EXPIRED;

    public Set<ExportStatus> next() {
        return switch (this) {
            case QUEUED -> EnumSet.of(RUNNING, FAILED);
            case RUNNING -> EnumSet.of(DONE, FAILED);
            case DONE -> EnumSet.of(EXPIRED);
            case FAILED, EXPIRED -> EnumSet.noneOf(ExportStatus.class);
        };
    }

    public boolean canBecome(ExportStatus target) {
        return next().contains(target);
    }

    /** Still to finish: a restart finds such jobs cut short. */
    public boolean isUnfinished() {
        return this == QUEUED || this == RUNNING;
    }
}
