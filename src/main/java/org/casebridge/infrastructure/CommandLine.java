package org.casebridge.infrastructure;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of CaseBridge's command-line tools: switches, options with a value, and the
 * database (--url/--user/--password, defaulting to CASEBRIDGE_DB_URL/_USER/_PASSWORD as the
 * application uses). A tool parses once and, when {@link #exitStatus()} is set, returns it.
 */
public final class CommandLine {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> switches = new HashSet<>();
    private Integer exitStatus;

    private CommandLine() {
    }

    /**
     * Parses {@code args}; "--help" prints {@code usage} and exits 0; an unknown argument or a
     * missing value prints the problem and the usage and exits 2.
     */
    public static CommandLine parse(String[] args, Set<String> knownSwitches, Set<String> valued, String usage,
            PrintStream out, PrintStream err) {
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.length && line.exitStatus == null; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                out.println(usage);
                line.exitStatus = 0;
            } else if (knownSwitches.contains(arg)) {
                line.switches.add(arg);
            } else if (valued.contains(arg) || arg.equals("--url") || arg.equals("--user") || arg.equals("--password")) {
                if (i + 1 >= args.length) {
                    line.exitStatus = usage(err, usage, arg + " needs a value");
                } else {
                    line.values.put(arg, args[++i]);
                }
            } else {
                line.exitStatus = usage(err, usage, "unknown argument " + arg);
            }
        }
        return line;
    }

    /** Prints the problem and the usage; returns the usage exit status, 2. */
    public static int usage(PrintStream err, String usage, String problem) {
        err.println(problem);
        err.println(usage);
        return 2;
    }

    /** Set when the tool should stop now with this status (help shown, or the arguments were wrong). */
    public Integer exitStatus() {
        return exitStatus;
    }

    public boolean has(String name) {
        return switches.contains(name) || values.containsKey(name);
    }

    public String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** The database to work on, from the options or the environment; url is null when neither gives one. */
    public Database database(Map<String, String> env) {
        return new Database(values.getOrDefault("--url", env.get("CASEBRIDGE_DB_URL")),
                values.getOrDefault("--user", env.getOrDefault("CASEBRIDGE_DB_USER", "")),
                values.getOrDefault("--password", env.getOrDefault("CASEBRIDGE_DB_PASSWORD", "")));
    }

    public record Database(String url, String user, String password) {

        public boolean missing() {
            return url == null || url.isBlank();
        }
    }
}
