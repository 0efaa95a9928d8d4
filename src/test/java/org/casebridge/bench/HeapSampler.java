package org.casebridge.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Samples a JVM's heap with {@code jstat -gc PID 200} while it is open: the used heap (survivor, eden and old
 * generation used, in KB: live objects and garbage not yet collected) and the old generation alone, keeping
 * the largest of each in a {@link Peak}. Without a process id it samples nothing.
 */
final class HeapSampler implements AutoCloseable {

    /** The largest samples seen, in KB. */
    static final class Peak {
        private volatile long used;
        private volatile long old;

        long used() {
            return used;
        }

        long old() {
            return old;
        }

        synchronized void add(long usedKb, long oldKb) {
            used = Math.max(used, usedKb);
            old = Math.max(old, oldKb);
        }
    }

    private final Process process;
    private final Thread reader;

    private HeapSampler(Process process, Thread reader) {
        this.process = process;
        this.reader = reader;
    }

    static HeapSampler start(Long pid, Peak peak) throws Exception {
        if (pid == null) {
            return new HeapSampler(null, null);
        }
        String jstat = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        Process p = new ProcessBuilder(jstat, "-gc", pid.toString(), "200").redirectErrorStream(true).start();
        Thread t = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII))) {
                String[] header = null;
                for (String line; (line = in.readLine()) != null;) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length > 0 && f[0].equals("S0C")) {
                        header = f;
                        continue;
                    }
                    if (header == null || f.length != header.length) {
                        continue;
                    }
                    double used = 0;
                    double old = 0;
                    for (int i = 0; i < header.length; i++) {
                        switch (header[i]) {
                            case "S0U", "S1U", "EU" -> used += Double.parseDouble(f[i]);
                            case "OU" -> {
                                used += Double.parseDouble(f[i]);
                                old = Double.parseDouble(f[i]);
                            }
                            default -> {
                            }
                        }
                    }
                    peak.add((long) used, (long) old);
                }
            } catch (Exception ended) {
                // the process was stopped
            }
        }, "jstat-reader");
        t.setDaemon(true);
        t.start();
        return new HeapSampler(p, t);
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            Thread.sleep(250);
            process.destroy();
            reader.join(2000);
        }
    }
}
