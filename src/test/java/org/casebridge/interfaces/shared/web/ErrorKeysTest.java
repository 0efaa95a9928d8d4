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
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.shared.Languages;
import org.casebridge.interfaces.shared.i18n.Texts;
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
        assertEquals("Algunos campos no son válidos.", Texts.text(Locale.of("es"), Message.of("error.fields.invalid")));
        assertEquals("Gen kèk chan ki pa valab.", Texts.text(Locale.of("ht"), Message.of("error.fields.invalid")));
        assertEquals("Search for at most 200 characters.", Texts.text(Locale.ENGLISH, Message.of("error.param.q", 200)));
        assertEquals("A plain sentence.", Texts.text(Locale.of("fr"), Message.of("A plain sentence.")));
        assertEquals("Cette ressource n'existe pas.", Texts.text(Locale.FRENCH, Message.of("error.rest.noResource")),
                "a text without arguments is shown as written, apostrophe and all");
        assertTrue(Texts.text(Locale.ENGLISH, Message.of("error.param.q", 12000)).contains("12000"), "a number without grouping");
        assertTrue(Texts.text(Locale.of("es"), Message.of("history.case_file.STATE_CHANGE.status", CaseStatus.CLOSED))
                .contains("Cerrado"), "an enum by its code label in the language");
    }

    @Test
    void aRestAnswersLanguageIsTheBestMatchOfAcceptLanguageAmongTheFive() {
        assertEquals(Locale.of("es"), Languages.bestMatch("es-DO,es;q=0.9,en;q=0.5").map(Locale::of).orElseThrow());
        assertEquals(Locale.of("ht"), Languages.bestMatch("ht").map(Locale::of).orElseThrow());
        assertEquals(Locale.of("nl"), Languages.bestMatch("de;q=1.0,nl-SR;q=0.8").map(Locale::of).orElseThrow());
        assertTrue(Languages.bestMatch("de").isEmpty(), "none of the five: the saved language, else English, decides");
        assertTrue(Languages.bestMatch(null).isEmpty());
        assertTrue(Languages.bestMatch("@@@;q=x").isEmpty());
    }
}
