package org.casebridge.application.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.casebridge.domain.model.referral.Urgency;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long a partner has to answer a referral, by urgency (MicroProfile Config, hours). */
@ApplicationScoped
public class ReferralDeadlines {

    @Inject
    @ConfigProperty(name = "casebridge.referral.due-hours.urgent", defaultValue = "24")
    int urgentHours;

    @Inject
    @ConfigProperty(name = "casebridge.referral.due-hours.normal", defaultValue = "72")
    int normalHours;

    public Duration responseTime(Urgency urgency) {
        return Duration.ofHours(urgency == Urgency.URGENT ? urgentHours : normalHours);
    }
}
