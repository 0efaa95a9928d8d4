package org.casebridge.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalPathTest {

    @Test
    void aPageOfThisApplicationIsKept() {
        assertEquals(Optional.of("/cases/details.xhtml?id=7"), LocalPath.of("/cases/details.xhtml?id=7"));
        assertEquals(Optional.of("/index.xhtml"), LocalPath.of("/index.xhtml"));
    }

    @Test
    void anythingThatCouldLeadElsewhereIsNoPath() {
        for (String bad : new String[] {null, "", "index.xhtml", "//evil.example/x", "/\\evil.example", "https://evil.example/",
                "/x?next=https://evil.example", "/login.xhtml?from=/x", "/cases\r\nSet-Cookie: a=b", "/" + "a".repeat(500)}) {
            assertTrue(LocalPath.of(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
