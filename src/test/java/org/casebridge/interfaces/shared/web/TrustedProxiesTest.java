package org.casebridge.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private static TrustedProxies of(String configured) {
        return new TrustedProxies(Optional.of(configured));
    }

    @Test
    void withNoProxyConfiguredTheHeaderIsIgnored() {
        TrustedProxies none = new TrustedProxies(Optional.empty());
        assertEquals("10.0.0.5", none.clientOf("10.0.0.5", List.of("203.0.113.9")));
        assertTrue(none.isEmpty());
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertEquals("198.51.100.20", of("10.0.0.0/8").clientOf("198.51.100.20", List.of("203.0.113.9")),
                "a client cannot put another address into the audit trail");
    }

    @Test
    void fromATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        TrustedProxies p = of("10.0.0.0/8, 192.168.1.5");
        assertEquals("203.0.113.9", p.clientOf("10.1.2.3", List.of("203.0.113.9")));
        assertEquals("203.0.113.9", p.clientOf("10.1.2.3", List.of("1.2.3.4, 203.0.113.9, 192.168.1.5")),
                "the left entries were written by the client: only the right-most untrusted one counts");
        assertEquals("203.0.113.9", p.clientOf("10.1.2.3", List.of("1.2.3.4", "203.0.113.9, 10.9.9.9")), "several header lines");
        assertEquals("10.4.4.4", p.clientOf("10.1.2.3", List.of("10.4.4.4, 10.5.5.5")), "all trusted: the left-most");
        assertEquals("10.1.2.3", p.clientOf("10.1.2.3", List.of()), "no header: the proxy itself");
    }

    @Test
    void anEntryThatIsNotAnAddressStopsAtTheLastAddressVouchedFor() {
        TrustedProxies p = of("10.0.0.0/8");
        assertEquals("10.1.2.3", p.clientOf("10.1.2.3", List.of("203.0.113.9, evil.example.org")));
        assertEquals("10.1.2.3", p.clientOf("10.1.2.3", List.of("<script>")));
        assertEquals("10.7.7.7", p.clientOf("10.1.2.3", List.of("unknown, 10.7.7.7")));
        assertEquals("10.1.2.3", p.clientOf("10.1.2.3", List.of("300.1.1.1")), "not an IPv4 address");
    }

    @Test
    void ipv6RangesAndLiteralsWork() {
        TrustedProxies p = of("::1, 2001:db8::/32");
        assertTrue(p.trusts("::1"));
        assertTrue(p.trusts("2001:db8:1::7"));
        assertFalse(p.trusts("2001:db9::1"));
        assertFalse(p.trusts("127.0.0.1"), "an IPv4 address is not in an IPv6 range");
        assertEquals("2001:db9::1", p.clientOf("2001:db8::2", List.of("[2001:db9::1]")), "as written, without brackets");
    }

    @Test
    void prefixesAreCountedInBits() {
        TrustedProxies p = of("172.16.0.0/12");
        assertTrue(p.trusts("172.31.255.255"));
        assertFalse(p.trusts("172.32.0.0"));
        assertTrue(of("0.0.0.0/0").trusts("8.8.8.8"));
        assertFalse(of("127.0.0.2").trusts("127.0.0.1"), "a single address is /32");
    }

    @Test
    void aWrongSettingFailsTheStartWithItsText() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> of("10.0.0.0/33")).getMessage().contains("10.0.0.0/33"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> of("proxy.example.org")).getMessage()
                .contains("proxy.example.org"), "host names are not looked up");
        assertThrows(IllegalArgumentException.class, () -> of("10.0.0.0/8/1"));
        assertThrows(IllegalArgumentException.class, () -> of("10.0.0.0/x"));
    }
}
