package org.casebridge.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15 item 4: every translation holds exactly the English keys, the same {@code {n}} arguments, and
 * MessageFormat-safe apostrophes, so that no screen shows a key name, loses a figure, or drops text after a
 * lone apostrophe. Reads the files as they are committed (UTF-8, as Java reads resource bundles).
 */
class BundlesTest {

    static final List<String> LANGUAGES = List.of("es", "fr", "ht", "nl");

    static final List<String> BUNDLES = List.of(
            "src/main/resources/org/casebridge/interfaces/messages",
            "src/main/resources/org/casebridge/application/notification/mail");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static List<String[]> translations() {
        List<String[]> all = new ArrayList<>();
        for (String bundle : BUNDLES) {
            for (String lang : LANGUAGES) {
                all.add(new String[] {bundle, lang});
            }
        }
        return all;
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void aTranslationHasExactlyTheEnglishKeys(String bundle, String lang) throws IOException {
        Properties english = load(Path.of(bundle + ".properties"));
        Properties translated = load(Path.of(bundle + "_" + lang + ".properties"));
        Set<String> missing = new TreeSet<>(english.stringPropertyNames());
        missing.removeAll(translated.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
        extra.removeAll(english.stringPropertyNames());
        assertTrue(missing.isEmpty(), lang + " lacks " + missing.size() + " English keys: " + missing);
        assertTrue(extra.isEmpty(), lang + " has keys English does not: " + extra);
        Set<String> blank = new TreeSet<>();
        for (String key : translated.stringPropertyNames()) {
            if (translated.getProperty(key).isBlank() && !english.getProperty(key).isBlank()) {
                blank.add(key);
            }
        }
        assertTrue(blank.isEmpty(), lang + " leaves these empty: " + blank);
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void aTranslationKeepsEveryArgument(String bundle, String lang) throws IOException {
        Properties english = load(Path.of(bundle + ".properties"));
        Properties translated = load(Path.of(bundle + "_" + lang + ".properties"));
        List<String> differ = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String value = translated.getProperty(key);
            if (value != null && !arguments(value).equals(arguments(english.getProperty(key)))) {
                differ.add(key + ": " + arguments(english.getProperty(key)) + " in English, " + arguments(value) + " in " + lang);
            }
        }
        assertTrue(differ.isEmpty(), "arguments differ from English: " + differ);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyBundleFile")
    void aFormattedMessageDoublesItsApostrophes(Path file) throws IOException {
        Properties p = load(file);
        Properties english = load(Path.of(file.toString().replaceAll("_[a-z]{2}\\.properties$", ".properties")));
        List<String> lone = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            // MessageFormat reads a lone ' as the start of quoted text: "l'audit {0}" would show "laudit {0}" literally.
            // Formatted are: messages with arguments, the change history's (CaseHistoryWords formats them all), and
            // those English writes with '' for that reason.
            boolean formatted = !arguments(value).isEmpty() || key.startsWith("history.")
                    || english.getProperty(key, "").contains("''");
            if (formatted && value.replace("''", "").contains("'")) {
                lone.add(key);
            }
        }
        assertTrue(lone.isEmpty(), file + ": write the apostrophe as '' in these messages with arguments: " + lone);
    }

    static List<Path> everyBundleFile() {
        List<Path> files = new ArrayList<>();
        for (String bundle : BUNDLES) {
            files.add(Path.of(bundle + ".properties"));
            for (String lang : LANGUAGES) {
                files.add(Path.of(bundle + "_" + lang + ".properties"));
            }
        }
        return files;
    }

    static Set<String> arguments(String value) {
        Set<String> args = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(value);
        while (m.find()) {
            args.add(m.group(1));
        }
        return args;
    }

    /** A bundle as Java reads it, refusing bytes that are not UTF-8 (a Latin-1 file would show garbled accents). */
    static Properties load(Path file) throws IOException {
        assertTrue(Files.exists(file), file + " is missing");
        Properties p = new Properties();
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            p.load(r);
        } catch (CharacterCodingException e) {
            assertEquals("UTF-8", "not UTF-8", file + " is not valid UTF-8");
        }
        return p;
    }
}
