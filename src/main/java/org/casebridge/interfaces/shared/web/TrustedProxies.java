package org.casebridge.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed
 * ({@code casebridge.http.trusted-proxies}: addresses or CIDR ranges, comma-separated; empty by
 * default, so that nobody can put another address into the audit trail by sending a header). Only a
 * request whose peer is one of them has its client taken from {@code X-Forwarded-For}: the right-most
 * address that is not itself a trusted proxy (entries to its left were written by the client and may
 * be anything). An entry that is not an IP address stops the walk at the last address vouched for.
 * Addresses are parsed as literals only: nothing here ever asks DNS.
 */
@ApplicationScoped
public class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    @Inject
    public TrustedProxies(@ConfigProperty(name = "casebridge.http.trusted-proxies") Optional<String> configured) {
        this.ranges = parse(configured.orElse(""));
    }

    /** For CDI's proxy. */
    protected TrustedProxies() {
        this.ranges = List.of();
    }

    /** The ranges of {@code configured}; an entry that is not an address or a CIDR range fails the start with its text. */
    static List<Range> parse(String configured) {
        List<Range> parsed = new ArrayList<>();
        for (String entry : configured == null ? new String[0] : configured.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            String[] parts = e.split("/", -1);
            byte[] address = literal(parts[0]).orElseThrow(() -> new IllegalArgumentException(
                    "casebridge.http.trusted-proxies: '" + e + "' is not an IP address or CIDR range"));
            int bits = address.length * 8;
            int prefix = bits;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException bad) {
                    prefix = -1;
                }
            }
            if (parts.length > 2 || prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("casebridge.http.trusted-proxies: '" + e + "' has no valid prefix length");
            }
            parsed.add(new Range(address, prefix));
        }
        return Collections.unmodifiableList(parsed);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether {@code address} (a literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        Optional<byte[]> a = literal(address);
        return a.isPresent() && ranges.stream().anyMatch(r -> r.contains(a.get()));
    }

    /** The client of {@code request}: its peer, or, from a trusted proxy, the right-most untrusted forwarded address. */
    public String clientOf(HttpServletRequest request) {
        java.util.Enumeration<String> lines = request.getHeaders("X-Forwarded-For");
        return clientOf(request.getRemoteAddr(), lines == null ? List.of() : Collections.list(lines));
    }

    /** The client, given the peer's address and the {@code X-Forwarded-For} header lines in order. */
    public String clientOf(String peer, List<String> forwardedFor) {
        if (ranges.isEmpty() || !trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String line : forwardedFor) {
            for (String hop : line.split(",")) {
                String h = hop.strip();
                hops.add(h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h);
            }
        }
        String vouched = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop).isEmpty()) {
                return vouched;
            }
            vouched = hop;
            if (!trusts(hop)) {
                return hop;
            }
        }
        return vouched;
    }

    /** The scheme of {@code request}: {@code X-Forwarded-Proto} (http or https) from a trusted proxy, its own otherwise. */
    public String schemeOf(HttpServletRequest request) {
        String own = request.getScheme();
        if (ranges.isEmpty() || !trusts(request.getRemoteAddr())) {
            return own;
        }
        String proto = request.getHeader("X-Forwarded-Proto");
        if (proto == null) {
            return own;
        }
        String p = proto.split(",")[0].strip().toLowerCase(Locale.ROOT);
        return p.equals("https") || p.equals("http") ? p : own;
    }

    /** The bytes of an IPv4 or IPv6 literal; empty for anything else (a host name is never looked up). */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45) {
            return Optional.empty();
        }
        String t = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (!IPV4.matcher(t).matches() && !IPV6.matcher(t).matches()) {
            return Optional.empty();
        }
        if (IPV4.matcher(t).matches()) {
            for (String octet : t.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    return Optional.empty();
                }
            }
        }
        try {
            // A literal, checked above: getByName parses it without any lookup.
            return Optional.of(InetAddress.getByName(t).getAddress());
        } catch (UnknownHostException | SecurityException notALiteral) {
            return Optional.empty();
        }
    }

    /** An address range: the first {@code prefix} bits of {@code network}. */
    record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = address.length * 8;
            if (prefix == 0) {
                return true;
            }
            BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    .xor(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
            return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
        }
    }
}
