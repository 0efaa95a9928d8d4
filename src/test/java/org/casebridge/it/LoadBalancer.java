package org.casebridge.it;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package, {@code /usr/sbin/haproxy}) in front of cluster members, started by a test on
 * loopback with a generated configuration and stopped by it (issue 14). Round-robin with no stickiness:
 * every request may go to any member, so a session works only if the members share it. Health checks on
 * {@code /health/ready}; a request whose member refuses the connection is sent to another one
 * ({@code option redispatch}). Every answer names the member that gave it in {@code X-CaseBridge-Backend}
 * (test configuration only). The production configuration, with stickiness, is in docs/operations.md.
 */
public final class LoadBalancer implements AutoCloseable {

    public static final String BACKEND_HEADER = "X-CaseBridge-Backend";
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    private final Process process;
    private final int port;
    private final Path log;

    private LoadBalancer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Whether HAProxy is installed ({@code .ci/run} installs it for the fault tests). */
    public static boolean available() {
        return Files.isExecutable(HAPROXY);
    }

    /**
     * Starts HAProxy on a free loopback port in front of {@code members} (name to HTTP port on 127.0.0.1)
     * and waits, at most {@code limit}, until it accepts connections.
     */
    public static LoadBalancer start(String name, Map<String, Integer> members, Duration limit) throws IOException {
        int port = CaseBridgeServer.freePort();
        Path dir = TestDatabases.workDir().resolve("haproxy-" + name);
        Files.createDirectories(dir);
        Path config = dir.resolve("haproxy.cfg");
        Files.writeString(config, config(port, members));
        Path log = dir.resolve("haproxy.log");
        // -db: stay in the foreground, so that this process is HAProxy and stopping it stops HAProxy
        Process process = new ProcessBuilder(List.of(HAPROXY.toString(), "-db", "-f", config.toString()))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        LoadBalancer balancer = new LoadBalancer(process, port, log);
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped while starting: " + Files.readString(log));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return balancer;
            } catch (IOException notYet) {
                pause();
            }
        }
        balancer.close();
        throw new IllegalStateException("HAProxy did not listen within " + limit.toSeconds() + " s; see " + log);
    }

    /** The configuration: loopback only, round-robin, no stickiness, health checks every second. */
    static String config(int port, Map<String, Integer> members) {
        StringBuilder c = new StringBuilder("""
                global
                    maxconn 256
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 30s
                    timeout server 30s
                    timeout check 2s
                    retries 2
                    option redispatch
                frontend casebridge
                    bind 127.0.0.1:%d
                    default_backend members
                backend members
                    balance roundrobin
                    option httpchk GET /health/ready
                    http-check expect status 200
                    http-response set-header %s %%[srv_name]
                """.formatted(port, BACKEND_HEADER));
        members.forEach((name, memberPort) -> c.append("    server ").append(name).append(" 127.0.0.1:").append(memberPort)
                .append(" check inter 1s fall 2 rise 1\n"));
        return c.toString();
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** Stops HAProxy (SIGTERM), at most 5 s, then kills it. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
