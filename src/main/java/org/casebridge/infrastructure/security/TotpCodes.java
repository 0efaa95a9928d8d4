package org.casebridge.infrastructure.security;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.casebridge.domain.model.account.OneTimeCodes;

/**
 * TOTP through java-otp (RFC 6238 with HMAC-SHA1, six digits, 30-second steps: what every authenticator
 * app supports), with the Base32 text those apps take the secret in.
 */
@ApplicationScoped
public class TotpCodes implements OneTimeCodes {

    static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private final SecureRandom random = new SecureRandom();
    private final TimeBasedOneTimePasswordGenerator totp = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    @Override
    public String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return base32(secret);
    }

    @Override
    public OptionalLong matchingStep(String secret, String code, Instant now) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replace(" ", "");
        if (typed.length() != DIGITS || !typed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalLong.empty();
        }
        SecretKeySpec key = new SecretKeySpec(fromBase32(secret), "HmacSHA1");
        long current = now.getEpochSecond() / STEP.getSeconds();
        boolean found = false;
        long matched = -1;
        // every step is computed and compared in constant time, so the time taken tells nothing
        for (long step = current - 1; step <= current + 1; step++) {
            String expected = code(key, Instant.ofEpochSecond(step * STEP.getSeconds()));
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))
                    && !found) {
                found = true;
                matched = step;
            }
        }
        return found ? OptionalLong.of(matched) : OptionalLong.empty();
    }

    /** The code of {@code secret} at {@code at} (tests, and the check above). */
    public String code(String secret, Instant at) {
        return code(new SecretKeySpec(fromBase32(secret), "HmacSHA1"), at);
    }

    private String code(SecretKeySpec key, Instant at) {
        try {
            return totp.generateOneTimePasswordString(key, at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("TOTP key refused", e);
        }
    }

    @Override
    public String provisioningUri(String secret, String issuer, String accountName) {
        String label = enc(issuer) + ":" + enc(accountName);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP.getSeconds();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] fromBase32(String text) {
        String s = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
        byte[] out = new byte[s.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (char c : s.toCharArray()) {
            int v = BASE32.indexOf(c);
            if (v < 0) {
                throw new IllegalArgumentException("not Base32");
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out[n++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
