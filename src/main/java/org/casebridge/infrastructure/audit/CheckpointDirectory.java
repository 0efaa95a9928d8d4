package org.casebridge.infrastructure.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.casebridge.domain.model.audit.AuditCheckpoint;
import org.casebridge.domain.model.audit.PublishedCheckpoints;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Publishes every signed checkpoint as one JSON file ({@code checkpoint-<sequence>.json}, the format
 * of {@code GET /api/audit/checkpoints/latest} and of the command-line verifier) into the directory
 * {@code casebridge.audit.checkpoint-sink}: storage the database's users cannot reach, ideally
 * append-only or replicated elsewhere. A file is written under a temporary name and moved into
 * place, and never replaced. Unset: nothing is published (and the log says so at the first checkpoint).
 */
@ApplicationScoped
public class CheckpointDirectory implements PublishedCheckpoints {

    private static final Logger LOG = Logger.getLogger(CheckpointDirectory.class.getName());
    static final String SINK = "casebridge.audit.checkpoint-sink";
    private static final String PREFIX = "checkpoint-";

    @Inject
    @ConfigProperty(name = SINK)
    Optional<String> directory;

    private volatile boolean warned;

    @Override
    public List<AuditCheckpoint> all() {
        List<AuditCheckpoint> published = new ArrayList<>();
        for (Path file : files()) {
            read(file).ifPresent(published::add);
        }
        return published;
    }

    @Override
    public Optional<AuditCheckpoint> latest() {
        List<Path> files = files();
        for (int i = files.size() - 1; i >= 0; i--) {
            Optional<AuditCheckpoint> c = read(files.get(i));
            if (c.isPresent()) {
                return c;
            }
        }
        return Optional.empty();
    }

    @Override
    public void publish(AuditCheckpoint c, String publicKey) {
        Optional<Path> dir = dir();
        if (dir.isEmpty()) {
            if (!warned) {
                warned = true;
                LOG.warning("No " + SINK + " configured: checkpoints are kept in the database only (see docs/operations.md)");
            }
            return;
        }
        Path target = dir.get().resolve(fileName(c.getSequence()));
        try {
            Files.createDirectories(dir.get());
            if (Files.exists(target)) {
                return;
            }
            Path temporary = Files.createTempFile(dir.get(), ".publishing-", ".tmp");
            Files.writeString(temporary, json(c, publicKey), StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.log(Level.INFO, "Audit checkpoint {0} published", c.getSequence());
        } catch (FileAlreadyExistsException exists) {
            // another instance published the same checkpoint
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Audit checkpoint {0} NOT published to " + SINK + ": {1}",
                    new Object[] {c.getSequence(), e.getClass().getName()});
        }
    }

    /** Zero-padded, so that the names sort by sequence. */
    static String fileName(long sequence) {
        return PREFIX + String.format("%019d", sequence) + ".json";
    }

    static String json(AuditCheckpoint c, String publicKey) {
        return "{\"sequence\":" + c.getSequence() + ",\"headHash\":\"" + c.getHeadHash() + "\",\"createdAt\":\""
                + c.getCreatedAt() + "\",\"signature\":\"" + c.getSignature() + "\",\"publicKey\":\"" + publicKey + "\"}\n";
    }

    private Optional<Path> dir() {
        return directory.filter(d -> !d.isBlank()).map(d -> Path.of(d.trim()));
    }

    private List<Path> files() {
        Optional<Path> dir = dir();
        if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                    && f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Cannot list " + SINK + ": {0}", e.getClass().getName());
            return List.of();
        }
    }

    private static Optional<AuditCheckpoint> read(Path file) {
        try {
            Map<String, String> json = AuditVerifierCli.flatJson(Files.readString(file, StandardCharsets.UTF_8));
            return Optional.of(new AuditCheckpoint(Long.parseLong(json.get("sequence")), json.get("headHash"),
                    Instant.parse(json.get("createdAt")), json.get("signature")));
        } catch (IOException | RuntimeException unreadable) {
            // NumberFormatException, DateTimeParseException, NullPointerException: not a checkpoint file
            LOG.log(Level.WARNING, "Published checkpoint file {0} cannot be read", file.getFileName());
            return Optional.empty();
        }
    }
}
