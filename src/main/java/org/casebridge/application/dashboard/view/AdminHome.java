package org.casebridge.application.dashboard.view;

import java.time.Instant;
import java.util.List;

/**
 * An administrator's figures, none about case content: accounts, enabled and locked accounts, failed logins
 * in the last 24 hours and 7 days, and the age of the latest signed audit checkpoint (null when none).
 */
public record AdminHome(List<Figure> figures, Instant latestCheckpointAt, Long checkpointAgeMinutes) implements java.io.Serializable {
}
