package org.casebridge.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.interfaces.shared.MessageText;
import org.casebridge.interfaces.shared.rest.RequestLanguage;
import org.junit.jupiter.api.Test;

/** Every error key the Java code names exists in the English bundle (and so, by BundlesTest, in every language). */
class ErrorKeysTest {

    private static final Pattern KEY = Pattern.compile("\"\\{?(error\\.[A-Za-z0-9_.]*[A-Za-z0-9_])}?\"");

    @Test
    void everyErrorKeyInTheJavaSourcesIsInTheEnglishBundle() throws IOException {
        Properties english = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/org/casebridge/interfaces/messages.properties"),
                StandardCharsets.UTF_8)) {
            english.load(r);
        }
        TreeSet<String> used = new TreeSet<>();
        TreeSet<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                    if (!english.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(used.size() > 200, "the scan finds the keys: " + used.size());
        assertEquals(new TreeSet<>(), missing, "keys used in Java but missing from messages.properties");
    }

    @Test
    void aKeyIsResolvedWithItsArgumentsInTheLanguageAndAnUnknownTextStaysAsWritten() {
        assertEquals("Algunos campos no son válidos.", MessageText.text(Message.of("error.fields.invalid"), Locale.of("es")));
        assertEquals("Gen kèk chan ki pa valab.", MessageText.text(Message.of("error.fields.invalid"), Locale.of("ht")));
        assertEquals("Search for at most 200 characters.", MessageText.text("error.param.q", Locale.ENGLISH, 200));
        assertEquals("A plain sentence.", MessageText.text(Message.of("A plain sentence."), Locale.of("fr")));
        assertEquals(Locale.of("es"), RequestLanguage.of("es-DO,es;q=0.9,en;q=0.5"));
        assertEquals(Locale.of("ht"), RequestLanguage.of("ht"));
        assertEquals(Locale.of("nl"), RequestLanguage.of("de;q=1.0,nl-SR;q=0.8"));
        assertEquals(Locale.ENGLISH, RequestLanguage.of("de"));
        assertEquals(Locale.ENGLISH, RequestLanguage.of((String) null));
        assertEquals(Locale.ENGLISH, RequestLanguage.of("@@@;q=x"));
    }
}
