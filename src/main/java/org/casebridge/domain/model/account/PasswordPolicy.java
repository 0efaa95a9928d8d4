package org.casebridge.domain.model.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.casebridge.domain.model.shared.Message;

/**
 * Password rules after NIST SP 800-63B: long enough, long passphrases accepted, no composition
 * rules, and no password found on a list of commonly used or breached ones (nor the username).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Passphrases up to this many characters are accepted (well above the 64 required). */
    public static final int MAX_LENGTH = 256;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /**
     * Why the password is refused (a bundle key and the limit, shown in the reader's language), or empty when
     * it is acceptable. Never echoes the password.
     */
    public static Optional<Message> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Message.of("error.password.tooShort", MIN_LENGTH));
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of(Message.of("error.password.tooLong", MAX_LENGTH));
        }
        if (password.chars().anyMatch(PasswordPolicy::isControl)) {
            return Optional.of(Message.of("error.password.controlCharacters"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || isOneRepeatedCharacter(lower)) {
            return Optional.of(Message.of("error.password.tooCommon"));
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Message.of("error.password.containsUsername"));
        }
        return Optional.empty();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f);
    }

    private static boolean isOneRepeatedCharacter(String s) {
        return s.chars().distinct().count() <= 2;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
