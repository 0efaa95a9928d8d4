package org.casebridge.it;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/** What an authenticator app does with the secret a test read from the page or the API: java-otp, as the app would. */
public final class Totp {

    private static final TimeBasedOneTimePasswordGenerator TOTP = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    /** The six-digit code of {@code base32Secret} (spaces allowed) at {@code at}. */
    public static String code(String base32Secret, Instant at) {
        try {
            return TOTP.generateOneTimePasswordString(new SecretKeySpec(decode(base32Secret), "HmacSHA1"), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String now(String base32Secret) {
        return code(base32Secret, Instant.now());
    }

    /**
     * A code of the next time step, waiting for that step to begin: a code the server has not seen yet
     * (the one of now may have been used a moment ago, and would be refused as a replay).
     */
    public static String fresh(String base32Secret) {
        long step = Instant.now().getEpochSecond() / 30;
        while (Instant.now().getEpochSecond() / 30 == step) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return now(base32Secret);
    }

    static byte[] decode(String text) {
        String s = text.replace(" ", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[s.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : s.toCharArray()) {
            buffer = (buffer << 5) | BASE32.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
