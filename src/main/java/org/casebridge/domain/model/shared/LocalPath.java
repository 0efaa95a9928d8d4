package org.casebridge.domain.model.shared;

import java.util.Optional;

/**
 * A page of this application to come back to after login, as a path below the application's root
 * ({@code /cases/details.xhtml?id=7}). Anything else (another site, {@code //host}, a scheme, a
 * backslash, control characters, the login page itself, over 500 characters) is no such path, so that
 * a login link can never send anyone elsewhere.
 */
public final class LocalPath {

    public static final int MAX = 500;
    private static final String LOGIN = "/login.xhtml";

    private LocalPath() {
    }

    public static Optional<String> of(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX || path.charAt(0) != '/' || path.startsWith("//")
                || path.contains("\\") || path.contains("://") || path.startsWith(LOGIN)
                || path.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
            return Optional.empty();
        }
        return Optional.of(path);
    }
}
