package org.casebridge.domain.model.audit;

import java.net.URI;
import java.security.PublicKey;
import java.util.regex.Pattern;

/**
 * Another installation this one witnesses: its name here, where it answers, and the key its
 * checkpoints must be signed with (pinned in configuration, never taken from what it sends).
 */
public record WitnessSource(String name, URI base, PublicKey publicKey) {

    /** How installations are named in configuration, on the audit screen and in alarms. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /**
     * One {@code name=value} entry of a configured list (witnesses with their keys, sources with their
     * URLs): the name and the value; IllegalArgumentException when the name is not one.
     */
    public static String[] named(String entry) {
        int eq = entry.indexOf('=');
        String name = eq < 0 ? "" : entry.substring(0, eq).trim();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("an entry is name=value, the name lower-case letters, digits and '-'");
        }
        return new String[] {name, entry.substring(eq + 1).trim()};
    }
}
