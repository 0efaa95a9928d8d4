package org.casebridge.domain.model.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.casebridge.domain.model.cooperation.FileKind;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** What may be attached to a case or a victim: recognised by content, limited in size, named safely and truthfully. */
class CaseDocumentTest {

    private static final long LIMIT = 1024 * 1024;
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] HTML = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    @Test
    void aDocumentKeepsWhatItIsItsFormatByContentItsNameAndSize() {
        CaseDocument d = CaseDocument.ofCase(7, DocumentKind.CONSENT_FORM, "Signed consent.pdf", PDF, LIMIT);
        assertEquals(7L, d.getCaseId());
        assertNull(d.getVictimId());
        assertEquals(DocumentKind.CONSENT_FORM, d.getKind());
        assertEquals(FileKind.PDF, d.getFileType());
        assertEquals("Signed consent.pdf", d.getFileName());
        assertEquals(PDF.length, d.getSizeBytes());
        assertEquals(64, d.getSha256().length());
        CaseDocument v = CaseDocument.ofVictim(9, DocumentKind.PHOTO, "face.PNG", PNG, LIMIT);
        assertEquals(9L, v.getVictimId());
        assertNull(v.getCaseId());
        assertEquals(FileKind.PNG, v.getFileType());
    }

    @Test
    void aPngNamedPdfIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CaseDocument.ofCase(7, DocumentKind.REPORT, "report.pdf", PNG, LIMIT));
        assertEquals(Message.of("error.document.nameDisagrees", "PNG", "png"), e.fieldErrors().get("file"));
    }

    @Test
    void anHtmlFileRenamedJpgIsRefusedWhateverItsName() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> CaseDocument.ofVictim(9, DocumentKind.PHOTO, "photo.jpg", HTML, LIMIT));
        assertTrue(e.fieldErrors().get("file").key().equals("error.document.file2"));
    }

    @Test
    void anEmptyFileAndAnOversizeFileAreRefused() {
        assertEquals("error.document.file", assertThrows(ValidationException.class,
                () -> CaseDocument.ofCase(7, DocumentKind.REPORT, "r.pdf", new byte[0], LIMIT)).fieldErrors().get("file").key());
        assertEquals("error.document.file", assertThrows(ValidationException.class,
                () -> CaseDocument.ofCase(7, DocumentKind.REPORT, "r.pdf", null, LIMIT)).fieldErrors().get("file").key());
        assertEquals(Message.of("error.document.tooLarge", Message.of("document.size.bytes", (long) PDF.length - 1)),
                assertThrows(ValidationException.class, () -> CaseDocument.ofCase(7, DocumentKind.REPORT, "r.pdf", PDF,
                        PDF.length - 1)).fieldErrors().get("file"));
        byte[] big = new byte[(int) LIMIT + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertEquals(Message.of("error.document.tooLarge", Message.of("document.size.mb", 1L)), assertThrows(ValidationException.class,
                () -> CaseDocument.ofCase(7, DocumentKind.REPORT, "r.pdf", big, LIMIT)).fieldErrors().get("file"));
        CaseDocument exactly = CaseDocument.ofCase(7, DocumentKind.REPORT, "r.pdf", Arrays.copyOf(big, (int) LIMIT), LIMIT);
        assertEquals(LIMIT, exactly.getSizeBytes(), "the limit itself is allowed");
    }

    @Test
    void theKindAndAUsableNameAreRequired() {
        ValidationException e = assertThrows(ValidationException.class, () -> CaseDocument.ofCase(7, null, " /\u202E ", PDF, LIMIT));
        assertTrue(e.fieldErrors().containsKey("kind"));
        assertTrue(e.fieldErrors().containsKey("fileName"));
    }

    @Test
    void aFileNameLosesPathPartsControlAndDirectionCharactersAndIsShortened() {
        assertEquals("passport.pdf", FileNames.sanitise("C:\\fakepath\\passport.pdf"));
        assertEquals("passport.pdf", FileNames.sanitise("../../etc/passport.pdf"));
        assertEquals("photogpj.exe", FileNames.sanitise("photo\u202Egpj.exe"), "no right-to-left override");
        assertEquals("a b.pdf", FileNames.sanitise("a\u0000\u0007 b\u200B.pdf\r\n"));
        assertEquals("htaccess", FileNames.sanitise(".htaccess"), "no hidden file names");
        assertNull(FileNames.sanitise("..."));
        assertNull(FileNames.sanitise(null));
        String longName = FileNames.sanitise("n".repeat(300) + ".pdf");
        assertEquals(FileNames.MAX, longName.length());
        assertTrue(longName.endsWith("n.pdf"), "the extension is kept");
        CaseDocument d = CaseDocument.ofCase(7, DocumentKind.REPORT, "D:\\scans\\" + "r".repeat(250) + ".pdf", PDF, LIMIT);
        assertEquals(FileNames.MAX, d.getFileName().length());
    }

    @Test
    void aDocumentIsVoidedOnceWithAReason() {
        CaseDocument d = CaseDocument.ofCase(7, DocumentKind.REPORT, "r.pdf", PDF, LIMIT);
        assertThrows(ValidationException.class, () -> d.voidFor(" ", "cw", Instant.EPOCH));
        d.voidFor("Wrong case", "cw", Instant.EPOCH);
        assertTrue(d.isVoided());
        assertEquals("Wrong case", d.getVoiding().getReason());
        assertThrows(DomainException.class, () -> d.voidFor("again", "cw", Instant.EPOCH));
    }

    @Test
    void theContentIsKeptApartAndOnlyItsOwn() {
        CaseDocument d = CaseDocument.ofCase(7, DocumentKind.REPORT, "r.pdf", PDF, LIMIT);
        assertArrayEquals(PDF, new DocumentContent(d, PDF).getContent());
        assertThrows(IllegalArgumentException.class, () -> new DocumentContent(d, PNG));
    }
}
