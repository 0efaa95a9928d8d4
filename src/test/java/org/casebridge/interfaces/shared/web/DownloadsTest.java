package org.casebridge.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DownloadsTest {

    @Test
    void aFileIsAlwaysSavedNeverShownOrSniffed() {
        Map<String, String> h = Downloads.attachmentHeaders("passport.pdf");
        assertEquals("attachment; filename=\"passport.pdf\"; filename*=UTF-8''passport.pdf", h.get("Content-Disposition"));
        assertEquals("nosniff", h.get("X-Content-Type-Options"));
        assertTrue(h.get("Content-Security-Policy").startsWith("sandbox"));
        assertEquals("no-store", h.get("Cache-Control"));
    }

    @Test
    void aNameCannotBreakOutOfTheHeader() {
        String disposition = Downloads.attachmentHeaders("a\"; inline\r\nX-Evil: 1 é.pdf").get("Content-Disposition");
        assertTrue(disposition.startsWith("attachment; filename=\"a__ inline__X-Evil_ 1 _.pdf\""), disposition);
        assertFalse(disposition.contains("\r") || disposition.contains("\n"), disposition);
        assertTrue(disposition.endsWith("filename*=UTF-8''a%22%3B%20inline%0D%0AX-Evil%3A%201%20%C3%A9.pdf"), disposition);
    }
}
