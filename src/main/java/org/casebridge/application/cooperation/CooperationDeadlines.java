package org.casebridge.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import org.casebridge.domain.model.cooperation.Priority;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.domain.model.cooperation.ResponseTimes;
import org.eclipse.microprofile.config.Config;

/**
 * How long the requested country has to acknowledge and to answer, per type and priority, from
 * MicroProfile Config: {@code casebridge.cooperation.acknowledge-hours.<priority>} (default urgent 24,
 * normal 72) and {@code casebridge.cooperation.answer-days.<priority>} (default urgent 7, normal 30),
 * each overridable for one type as {@code ...answer-days.<type>.<priority>}, e.g.
 * {@code casebridge.cooperation.answer-days.legal-assistance.normal=90}.
 */
@ApplicationScoped
public class CooperationDeadlines {

    private static final String PREFIX = "casebridge.cooperation.";

    @Inject
    Config config;

    public ResponseTimes times(RequestType type, Priority priority) {
        String p = key(priority);
        String t = key(type);
        long ackHours = value("acknowledge-hours", t, p, priority == Priority.URGENT ? 24 : 72);
        long answerDays = value("answer-days", t, p, priority == Priority.URGENT ? 7 : 30);
        return new ResponseTimes(Duration.ofHours(ackHours), Duration.ofDays(answerDays));
    }

    private long value(String name, String type, String priority, long fallback) {
        long general = config.getOptionalValue(PREFIX + name + "." + priority, Long.class).orElse(fallback);
        long value = config.getOptionalValue(PREFIX + name + "." + type + "." + priority, Long.class).orElse(general);
        if (value < 1 || value > 3650) {
            throw new IllegalStateException(PREFIX + name + " must be between 1 and 3650, not " + value);
        }
        return value;
    }

    private static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
