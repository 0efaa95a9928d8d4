package org.casebridge.application.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.application.casefile.ActingCaller;
import org.casebridge.application.dashboard.view.Anomaly;
import org.casebridge.application.dashboard.view.SupervisorHome;
import org.casebridge.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The supervisor's access anomalies over a reading pattern planted on the audit trail across nine weeks, in the
 * container against the real service and query: a burst is flagged, a steady heavy reader and the edge cases of
 * the rule are not, another record type and another country's users do not count.
 */
@ExtendWith(ArquillianExtension.class)
class AccessAnomalyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.casebridge(AccessAnomalyIT.class, ReadPlanter.class, ActingCaller.class);
    }

    @Inject
    ReadPlanter planter;

    @Inject
    DashboardService dashboards;

    /** The middle of week {@code w} counted back from now (week 0: the last 7 days). */
    private static Instant week(int w) {
        return Instant.now().minus(Duration.ofDays(7L * w + 3));
    }

    private void weekly(String user, String country, long[] perWeek) {
        for (int w = 0; w < perWeek.length; w++) {
            if (perWeek[w] > 0) {
                planter.plant(user, country, "victim", week(w), (int) perWeek[w]);
            }
        }
    }

    @Test
    void aBurstIsFlaggedAndASteadyHeavyReaderIsNot() throws Exception {
        weekly("plant.steady", "JM", new long[] {120, 120, 120, 120, 120, 120, 120, 120, 120});
        weekly("plant.burst", "JM", new long[] {60, 10, 10, 10, 10, 10, 10, 10, 10});
        weekly("plant.edge", "JM", new long[] {60, 20, 20, 20, 20, 20, 20, 20, 20});
        weekly("plant.new", "JM", new long[] {50});
        weekly("plant.few", "JM", new long[] {49});
        weekly("plant.old", "JM", new long[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 500});
        weekly("plant.abroad", "BS", new long[] {80});
        planter.plant("plant.cases", "JM", "case_file", week(0), 200);

        SupervisorHome home = ActingCaller.as("sup-jm", () -> dashboards.mine()).supervisor();
        Map<String, Anomaly> flagged = home.anomalies().stream().collect(Collectors.toMap(Anomaly::username, a -> a));
        assertTrue(flagged.containsKey("plant.burst"), flagged.keySet().toString());
        assertEquals(60, flagged.get("plant.burst").recentReads().value());
        assertEquals(10.0, flagged.get("plant.burst").weeklyMedian(), "the baseline weeks were counted into their weeks");
        assertTrue(flagged.containsKey("plant.new"), "a user new to the records is flagged from 50 reads");
        assertFalse(flagged.containsKey("plant.steady"), "a steady heavy reader is not flagged");
        assertFalse(flagged.containsKey("plant.edge"), "3 times the median is not more than 3 times");
        assertFalse(flagged.containsKey("plant.few"), "49 reads are below the minimum");
        assertFalse(flagged.containsKey("plant.old"), "reads before the 9 weeks do not count, nor a user without recent reads");
        assertFalse(flagged.containsKey("plant.abroad"), "another country's users are not the JM supervisor's");
        assertFalse(flagged.containsKey("plant.cases"), "reads of other record types do not count");
        assertEquals(Map.of("user", "plant.burst", "type", "victim", "action", "VIEW"),
                Map.of("user", flagged.get("plant.burst").recentReads().filter().get("user"),
                        "type", flagged.get("plant.burst").recentReads().filter().get("type"),
                        "action", flagged.get("plant.burst").recentReads().filter().get("action")));

        SupervisorHome bs = ActingCaller.as("sup-bs", () -> dashboards.mine()).supervisor();
        assertTrue(bs.anomalies().stream().anyMatch(a -> a.username().equals("plant.abroad")));
        assertTrue(bs.anomalies().stream().noneMatch(a -> a.username().startsWith("plant.") && !a.username().equals("plant.abroad")));
    }
}
