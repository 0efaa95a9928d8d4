package org.casebridge.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the shared test server logged from one moment on: a test records the log's length when it
 * starts and reads only what was written after, so that earlier tests' output does not count.
 */
public final class ServerLog {

    /** A stack trace frame, a "Caused by", or an exception's class name as loggers print it. */
    private static final Pattern TROUBLE = Pattern.compile("^\\s+at \\S+\\(.*\\)$|^Caused by: |[A-Za-z]+(Exception|Error): ");

    private final CaseBridgeServer server;
    private final long offset;

    private ServerLog(CaseBridgeServer server, long offset) {
        this.server = server;
        this.offset = offset;
    }

    /** Starts a window at the current end of the shared server's log. */
    public static ServerLog from() {
        return from(CaseBridgeServer.get());
    }

    /** Starts a window at the current end of {@code server}'s log. */
    public static ServerLog from(CaseBridgeServer server) {
        try {
            return new ServerLog(server, Files.size(server.log()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Everything logged since the window started. */
    public String text() {
        try (RandomAccessFile file = new RandomAccessFile(server.log().toFile(), "r")) {
            long length = file.length();
            byte[] bytes = new byte[(int) Math.max(0, length - offset)];
            file.seek(offset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lines of the window that are part of a stack trace or name an exception. */
    public List<String> troubleLines() {
        return troubleLines(text());
    }

    static List<String> troubleLines(String text) {
        return text.lines().filter(l -> TROUBLE.matcher(l).find()).toList();
    }

    /**
     * Waits until the server has written what the last request made it log: the log stops growing
     * for a moment (the Hazelcast traces this is about were written after the response was sent).
     */
    public ServerLog settled() {
        try {
            long size = -1;
            for (int i = 0; i < 20; i++) {
                long now = Files.size(server.log());
                if (now == size) {
                    return this;
                }
                size = now;
                Thread.sleep(250);
            }
            return this;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
