package org.casebridge.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged WAR running on Payara Micro exactly as in production (demo mode, its own fresh
 * database), started once for all black-box tests (HTTP and browser) and stopped when the run ends.
 */
public final class CaseBridgeServer {

    public static final String DB = "server";
    private static final List<String> SINGLE = List.of("--nohazelcast");
    private static CaseBridgeServer instance;

    /** How long a start-up may go without a line in the log before it counts as hung. */
    private static final Duration SILENT_START = Duration.ofSeconds(90);

    private Process process;
    private final int port;
    private final Path log;
    private final List<String> command;
    private final Path dir;
    private boolean restarted;

    private CaseBridgeServer(Process process, int port, Path log, List<String> command, Path dir) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.command = command;
        this.dir = dir;
    }

    public static synchronized CaseBridgeServer get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    static synchronized void stopIfStarted() {
        if (instance != null) {
            instance.stop();
            instance = null;
        }
    }

    /**
     * Another CaseBridge installation for a test of its own (for example a witness and the installation
     * it witnesses): its own database {@code db}, the test settings plus {@code options} (later ones
     * win), on {@code port} (see {@link #freePort()}). Wait with {@link #awaitReady()}; stop it when done.
     */
    public static CaseBridgeServer launch(String db, int port, List<String> options) {
        return start(db, port, options, SINGLE, TestSettings.preBootCommands(), DB.equals(db) ? "server" : "server-" + db);
    }

    /**
     * A member of a Payara cluster (issue 14): like {@link #launch}, but with Hazelcast on and the given
     * cluster options ({@code --clustername}, {@code --interfaces}, {@code --clustermode} ...) instead of
     * {@code --nohazelcast}, and the cluster's pre-boot file (session replication on). {@code member}
     * names its working folder, so that members on one database keep their runtimes and logs apart.
     */
    public static CaseBridgeServer launchMember(String db, String member, int port, List<String> options,
            List<String> clusterOptions) {
        return start(db, port, options, clusterOptions, TestSettings.clusterPreBootCommands(), "server-" + db + "-" + member);
    }

    /**
     * Stops this server and waits until it has stopped: SIGTERM, then SIGKILL after 60 s (a JVM whose start-up hung
     * never finishes its shutdown hooks, and a wait without a bound would hang the whole build).
     */
    public void stop() {
        stop(process);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sends SIGTERM (as systemd, Kubernetes or Ctrl+C would) and returns at once; see {@link #awaitExit}. */
    public void terminate() {
        process.destroy();
    }

    /** Waits at most {@code bound} for the process to end; whether it did. */
    public boolean awaitExit(Duration bound) throws InterruptedException {
        return process.waitFor(bound.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Kills this server's process at once (SIGKILL: no shutdown hooks, no commit of what is in flight) and waits for it. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public String base() {
        return "http://localhost:" + port;
    }

    /** The server's console output (everything Payara and CaseBridge logged). */
    public Path log() {
        return log;
    }

    private static CaseBridgeServer start() {
        try {
            CaseBridgeServer server = launch(DB, freePort(), List.of());
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test server", e);
        }
    }

    private static CaseBridgeServer start(String db, int port, List<String> options, List<String> microOptions,
            Path preBoot, String folder) {
        try {
            Path dir = TestDatabases.workDir().resolve(folder);
            deleteTree(dir.resolve("runtime"));
            Files.createDirectories(dir);
            Path log = dir.resolve("server.log");
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(TestSettings.jvmOptions(db));
            command.addAll(options);
            command.addAll(TestMail.serverOptions("http://localhost:" + port));
            command.addAll(List.of("-jar", TestSettings.microJar().toAbsolutePath().toString(),
                    "--port", Integer.toString(port), "--sslport", Integer.toString(freePort()),
                    "--prebootcommandfile", preBoot.toString(),
                    "--rootdir", dir.resolve("runtime").toAbsolutePath().toString(),
                    "--deploy", TestSettings.war().toAbsolutePath().toString()));
            command.addAll(microOptions);
            CaseBridgeServer server = new CaseBridgeServer(null, port, log, command, dir);
            server.process = server.begin();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test server", e);
        }
    }

    private Process begin() throws IOException {
        Process started = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
        return started;
    }

    /**
     * Payara's own start-up can deadlock (seen once in CI: two HK2 run-level threads on the service locator's lock
     * while the main thread waits for them; the log stops after the HTTP listener). Such a process is killed and
     * started once more, with a line saying so; a second hang, or any failure of CaseBridge's deployment, fails.
     */
    private boolean restartHungStart() {
        if (restarted) {
            return false;
        }
        restarted = true;
        System.out.println("The test server's start-up hung (no log line for " + SILENT_START.toSeconds()
                + " s, not ready): killed and started again once; see " + log);
        process.destroyForcibly();
        try {
            process.waitFor();
            Files.move(log, log.resolveSibling(log.getFileName() + ".hung"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            deleteTree(dir.resolve("runtime"));
            process = begin();
            return true;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the test server again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A runtime folder left by an earlier run would redeploy that run's application. */
    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var tree = Files.walk(root)) {
                tree.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Waits until the server answers ready (at most 240 s). */
    public void awaitReady() {
        awaitReady(Duration.ofSeconds(240));
    }

    /** Waits until the server answers ready, at most {@code limit}; stops it and fails after that. */
    public void awaitReady(Duration limit) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        long logSize = -1;
        long grewAt = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long size = logSize();
            if (size != logSize) {
                logSize = size;
                grewAt = System.nanoTime();
            } else if (System.nanoTime() - grewAt > SILENT_START.toNanos() && restartHungStart()) {
                deadline = System.nanoTime() + limit.toNanos();
                logSize = -1;
                grewAt = System.nanoTime();
                continue;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The test server stopped while starting; see " + log);
            }
            if (deploymentFailed()) {
                process.destroy();
                throw new IllegalStateException("The application failed to deploy; see " + log);
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        stop(process);
        throw new IllegalStateException("The test server did not become ready in " + limit.toSeconds() + " s; see " + log);
    }

    private long logSize() {
        try {
            return Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            return -1;
        }
    }

    /** Payara Micro keeps running without the application when its deployment failed. */
    private boolean deploymentFailed() {
        try {
            String text = Files.exists(log) ? Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1) : "";
            return text.contains("Exception while deploying the app") || text.contains("deployment.failure")
                    || java.util.regex.Pattern.compile("\"Deployed\": \\[\\s*\\]").matcher(text).find();
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
