package org.casebridge.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two pre-boot command files in config/: one instance keeps sessions in memory (web.xml is
 * distributable, and with Hazelcast off the web container would log two stack traces a request),
 * a cluster member replicates them; everything else is the same in both.
 */
class PreBootCommandsTest {

    private static final String AVAILABILITY = "set configs.config.server-config.availability-service.web-container-availability.";

    @Test
    void aSingleInstanceKeepsSessionsInMemoryAndAClusterMemberReplicatesThem() throws IOException {
        List<String> single = commands("pre-boot-commands.asadmin");
        List<String> cluster = commands("cluster-pre-boot-commands.asadmin");
        assertEquals(List.of(AVAILABILITY + "availability-enabled=false"), availability(single));
        assertEquals(List.of(AVAILABILITY + "availability-enabled=true", AVAILABILITY + "persistence-type=hazelcast"),
                availability(cluster));
        assertEquals(others(single), others(cluster), "every other command is the same for one instance and a cluster");
        assertTrue(others(single).stream().anyMatch(c -> c.contains("cookie-same-site-value=Strict")));
    }

    @Test
    void theDeploymentDescriptorStaysDistributableSoThatAClusterCanReplicateSessions() throws IOException {
        assertTrue(Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml")).contains("<distributable/>"));
    }

    private static List<String> commands(String file) throws IOException {
        return Files.readAllLines(Path.of("config", file)).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<String> availability(List<String> commands) {
        return commands.stream().filter(c -> c.startsWith(AVAILABILITY)).toList();
    }

    private static List<String> others(List<String> commands) {
        return commands.stream().filter(c -> !c.startsWith(AVAILABILITY)).toList();
    }
}
