package org.casebridge.domain.model.document;

/**
 * A file name as the user's computer sent it, made safe to store and to offer back in a download:
 * only its last path part (browsers and clients may send {@code C:\fakepath\x.pdf} or {@code ../x.pdf}),
 * without control, text-direction or zero-width characters (a name must read as what it is: no
 * {@code photo\u202Egnp.exe}), without leading dots, and at most {@link #MAX} characters with its
 * extension kept. Never trusted for the file's kind.
 */
public final class FileNames {

    public static final int MAX = 200;

    private FileNames() {
    }

    /** The safe form of {@code raw}; null when nothing usable is left. */
    public static String sanitise(String raw) {
        if (raw == null) {
            return null;
        }
        String name = raw;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int colon = name.lastIndexOf(':'); // a drive letter or an NTFS stream
        name = name.substring(colon + 1);
        StringBuilder s = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                s.append(c).append(name.charAt(++i));
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c) && !isDirectionOrInvisible(c)) {
                s.append(c);
            }
        }
        String clean = s.toString().strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        clean = clean.strip();
        if (clean.isEmpty()) {
            return null;
        }
        return shortened(clean);
    }

    private static boolean isDirectionOrInvisible(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || (c >= '\u200B' && c <= '\u200F')
                || c == '\u2060' || c == '\uFEFF' || c == '\u061C' || c == '\u2028' || c == '\u2029';
    }

    /** Cuts the part before the extension so that the whole is at most {@link #MAX}, never splitting a surrogate pair. */
    private static String shortened(String name) {
        if (name.length() <= MAX) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int keep = MAX - ext.length();
        if (Character.isHighSurrogate(name.charAt(keep - 1))) {
            keep--;
        }
        return name.substring(0, keep).strip() + ext;
    }
}
