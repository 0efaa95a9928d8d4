package org.casebridge.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.casebridge.domain.model.shared.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String USER = "cw1-jm";

    @Test
    void aPasswordWithAControlCharacterIsRefused() {
        for (String control : new String[] {"\u0000", "\n", "\t", "\u007f", "\u0085"}) {
            assertTrue(PasswordPolicy.problem("tropical" + control + "rainfall", USER).isPresent(), "refused: "
                    + (int) control.charAt(0));
        }
        assertEquals(Optional.empty(), PasswordPolicy.problem("<b>tropical</b> 'rain' & \"fall\"", USER),
                "markup and quotes are ordinary characters in a passphrase");
    }

    @Test
    void elevenCharactersAreRefusedAsTooShort() {
        Optional<Message> problem = PasswordPolicy.problem("tropicalrai", USER);

        assertEquals(Optional.of(Message.of("error.password.tooShort", 12)), problem);
    }

    @Test
    void twelveCharactersAreEnough() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("tropicalrain", USER));
    }

    @Test
    void lengthCountsCharactersNotUtf16Units() {
        // 11 emoji are 22 UTF-16 units but only 11 characters: still too short.
        String elevenEmoji = "\uD83C\uDF34".repeat(6) + "\uD83C\uDF0A".repeat(5);
        assertTrue(PasswordPolicy.problem(elevenEmoji, USER).isPresent());
        // 12 characters of which some are outside the BMP are long enough.
        assertEquals(Optional.empty(), PasswordPolicy.problem("\uD83C\uDF34palm-beach!", USER));
    }

    @Test
    void sixtyFourCharacterPassphraseIsAccepted() {
        String passphrase = "the quick brown fox jumps over the lazy dog near kingston harbour";
        passphrase = passphrase.substring(0, 64);

        assertEquals(64, passphrase.length());
        assertEquals(Optional.empty(), PasswordPolicy.problem(passphrase, USER));
    }

    @Test
    void twoHundredCharacterPassphraseIsAccepted() {
        String passphrase = ("blue mountain coffee grows above the morning mist; " .repeat(5)).substring(0, 200);

        assertEquals(200, passphrase.length());
        assertEquals(Optional.empty(), PasswordPolicy.problem(passphrase, USER));
    }

    @Test
    void twoHundredFiftySixCharactersAreTheMaximum() {
        String longest = ("seagrape almond breadfruit ackee " .repeat(10)).substring(0, 256);
        String tooLong = longest + "x";

        assertEquals(Optional.empty(), PasswordPolicy.problem(longest, USER));
        Optional<Message> problem = PasswordPolicy.problem(tooLong, USER);
        assertEquals(Optional.of(Message.of("error.password.tooLong", 256)), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "PassWord1234", "CorrectHorseBatteryStaple", "Jamaica12345"})
    void listedCommonPasswordIsRefusedWhateverItsCase(String common) {
        Optional<Message> problem = PasswordPolicy.problem(common, USER);

        assertEquals(Optional.of(Message.of("error.password.tooCommon")), problem, common + " was accepted");
    }

    @Test
    void oneCharacterRepeatedIsRefused() {
        Optional<Message> problem = PasswordPolicy.problem("aaaaaaaaaaaaaa", USER);

        assertEquals(Optional.of(Message.of("error.password.tooCommon")), problem);
    }

    @Test
    void passwordContainingTheUsernameIsRefusedWhateverItsCase() {
        Optional<Message> problem = PasswordPolicy.problem("my-CW1-JM-secret-words", USER);

        assertEquals(Optional.of(Message.of("error.password.containsUsername")), problem);
    }

    @Test
    void passwordNotContainingTheUsernameIsNotRefusedForIt() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("my-cw2-secret-words", USER));
    }

    @Test
    void missingPasswordIsRefused() {
        assertTrue(PasswordPolicy.problem(null, USER).isPresent());
    }

    static Stream<String> refusedPasswords() {
        return Stream.of("shortsecret", "Jamaica12345", "zzzzzzzzzzzzzz", "acw1-jmsecretsecret",
                "kkk" + "long passphrase ".repeat(20));
    }

    @ParameterizedTest
    @MethodSource("refusedPasswords")
    void refusalMessageNeverContainsThePassword(String password) {
        Optional<Message> problem = PasswordPolicy.problem(password, USER);

        assertTrue(problem.isPresent(), "was accepted");
        String message = problem.get().toString().toLowerCase(Locale.ROOT);
        assertFalse(message.contains(password.substring(0, 8).toLowerCase(Locale.ROOT)), message);
    }
}
