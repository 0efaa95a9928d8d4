package org.casebridge.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 4: a page holds no text a person reads outside a bundle lookup, and every key a page names
 * exists in the English bundle (so no {@code ???key???} can show). A scan of every {@code .xhtml} under
 * {@code src/main/webapp}: text between tags and the attributes people read (labels, titles, headers,
 * placeholders, messages), with EL expressions removed first.
 */
class PageTextTest {

    private static final Path PAGES = Path.of("src/main/webapp");

    /** Words that are not translated: the product's name. */
    private static final Set<String> BRAND = Set.of("CaseBridge");

    /** Attribute values that are data, not text: booleans and link schemes followed by EL. */
    private static final Pattern DATA_VALUE = Pattern.compile("true|false|case_file|(tel|mailto):");

    private static final Pattern READ_ATTRIBUTE = Pattern.compile(
            "\\s(value|label|title|header|headerText|footerText|placeholder|alt|aria-label|itemLabel|emptyMessage|"
                    + "summary|message|requiredMessage|converterMessage|validatorMessage|noSelectionLabel|"
                    + "selectAllLabel|confirmLabel|yesButtonLabel|noButtonLabel|widgetVarTitle|"
                    + "emptyLabel|closeTitle|ariaLabel|tooltip)=\"([^\"]*)\"");


    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");

    private static final Pattern KEY = Pattern.compile("msg\\[\\s*'([A-Za-z0-9_.-]+)'\\s*\\]|msg\\[[^\\]]*\\]");

    private static final Pattern QUOTED = Pattern.compile("'([A-Za-z0-9_.-]+)'");

    @Test
    void noPageHoldsLiteralText() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path page : pages()) {
            String xml = withoutCode(Files.readString(page, StandardCharsets.UTF_8));
            Matcher attr = READ_ATTRIBUTE.matcher(xml);
            while (attr.find()) {
                String literal = withoutEl(attr.group(2)).trim();
                if (!literal.isEmpty() && !DATA_VALUE.matcher(literal).matches() && hasWords(literal)) {
                    found.add(PAGES.relativize(page) + ": " + attr.group(1) + "=\"" + attr.group(2) + "\"");
                }
            }
            for (String text : xml.replaceAll("<[^>]*>", "\u0000").split("\u0000")) {
                String literal = withoutEl(text).trim();
                if (hasWords(literal)) {
                    found.add(PAGES.relativize(page) + ": text \"" + literal + "\"");
                }
            }
        }
        assertTrue(found.isEmpty(), "text outside a bundle lookup (use #{msg['...']}):\n" + String.join("\n", found));
    }

    @Test
    void everyKeyAPageNamesIsInTheEnglishBundle() throws IOException {
        Properties english = BundlesTest.load(Path.of(BundlesTest.BUNDLES.get(0) + ".properties"));
        List<String> missing = new ArrayList<>();
        int named = 0;
        for (Path page : pages()) {
            Matcher m = KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
            while (m.find()) {
                // msg['a.b'] and msg[x ? 'a' : 'b']; a prefix ('statistics.dimension.'.concat(...)) is not a key
                Matcher q = QUOTED.matcher(m.group());
                while (q.find()) {
                    String key = q.group(1);
                    if (!key.endsWith(".") && !key.startsWith(".")) {
                        named++;
                        if (!english.containsKey(key)) {
                            missing.add(PAGES.relativize(page) + ": " + key);
                        }
                    }
                }
            }
        }
        assertTrue(named > 500, "the scan found the pages' keys (" + named + ")");
        assertTrue(missing.isEmpty(), "keys not in messages.properties (would show ???key???):\n" + String.join("\n", missing));
    }

    @Test
    void theScanSeesLiteralText() {
        // The scan itself: text and a read attribute are caught, EL, brand names, comments and scripts are not.
        String page = "<h:form><!-- a comment --><script>var x = 'hello world';</script>"
                + "<p:commandButton value=\"Save now\"/><h:outputText value=\"#{msg['a.b']}\"/> CaseBridge #{x.y}</h:form>";
        String xml = withoutCode(page);
        assertTrue(READ_ATTRIBUTE.matcher(xml).results().anyMatch(r -> r.group(2).equals("Save now")));
        assertTrue(Stream.of(xml.replaceAll("<[^>]*>", "\u0000").split("\u0000"))
                .map(t -> withoutEl(t).trim()).noneMatch(PageTextTest::hasWords));
        assertTrue(withoutEl("#{msg['a'].replace('{0}', x)} #{y}").isBlank(), "braces inside an expression's strings");
    }

    /** The text with every EL expression blanked, braces inside quoted strings ('{0}') included. */
    static String withoutEl(String text) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '#' || c == '$') && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int depth = 0;
                char quote = 0;
                int j = i + 1;
                for (; j < text.length(); j++) {
                    char d = text.charAt(j);
                    if (quote != 0) {
                        quote = d == quote ? 0 : quote;
                    } else if (d == '\'' || d == '"') {
                        quote = d;
                    } else if (d == '{') {
                        depth++;
                    } else if (d == '}' && --depth == 0) {
                        break;
                    }
                }
                out.append(' ');
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean hasWords(String literal) {
        Matcher m = LETTERS.matcher(literal);
        while (m.find()) {
            if (!BRAND.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    /** Comments, scripts and styles hold no text a person reads. */
    private static String withoutCode(String xml) {
        return xml.replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<script\\b.*?</script>", " ")
                .replaceAll("(?s)<style\\b.*?</style>", " ")
                .replaceAll("(?s)<!\\[CDATA\\[.*?\\]\\]>", " ");
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(PAGES)) {
            return files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
    }
}
