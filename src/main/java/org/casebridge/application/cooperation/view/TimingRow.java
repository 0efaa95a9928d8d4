package org.casebridge.application.cooperation.view;

import java.io.Serializable;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;

/**
 * How fast one counterpart country acknowledged and answered (OUTGOING: the requests the caller's
 * country sent it) or how fast the caller's country did (INCOMING: the requests it received), over
 * the chosen period: counts, medians in hours (null when none), and the share within the deadline
 * (0..1, null when none). The answer counts the first answer against the first answer-by time.
 */
public record TimingRow(String counterpart, Direction direction, int sent, int acknowledged, Double medianAcknowledgeHours,
        Double acknowledgedOnTime, int answered, Double medianAnswerHours, Double answeredOnTime) implements Serializable {
}
