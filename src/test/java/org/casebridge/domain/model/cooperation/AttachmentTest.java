package org.casebridge.domain.model.cooperation;

import static org.casebridge.domain.model.cooperation.CooperationFixtures.NOW;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** What may be attached to a message: recognised by content, limited in size, named truthfully. */
class AttachmentTest {

    private static final long LIMIT = 1024 * 1024;
    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void pdfImagesAndOfficeDocumentsAreRecognisedByTheirContent() throws IOException {
        assertEquals(Optional.of(FileKind.PDF), FileKind.of(PDF));
        assertEquals(Optional.of(FileKind.PNG), FileKind.of(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0)));
        assertEquals(Optional.of(FileKind.JPEG), FileKind.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10)));
        assertEquals(Optional.of(FileKind.OFFICE_LEGACY), FileKind.of(bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0)));
        assertEquals(Optional.of(FileKind.DOCX), FileKind.of(zip("[Content_Types].xml", "word/document.xml")));
        assertEquals(Optional.of(FileKind.XLSX), FileKind.of(zip("xl/workbook.xml", "[Content_Types].xml")));
        assertEquals(Optional.of(FileKind.PPTX), FileKind.of(zip("[Content_Types].xml", "ppt/presentation.xml")));
    }

    @Test
    void htmlScriptsArchivesAndTruncatedFilesAreNoneOfThem() throws IOException {
        assertEquals(Optional.empty(), FileKind.of("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileKind.of("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), FileKind.of(bytes('M', 'Z', 0x90, 0)), "an executable");
        assertEquals(Optional.empty(), FileKind.of(zip("payload.exe", "readme.txt")), "a zip that is no office document");
        assertEquals(Optional.empty(), FileKind.of(zip("word/document.xml")), "no content types part");
        assertEquals(Optional.empty(), FileKind.of(Arrays.copyOf(PDF, 3)), "too short to be a PDF");
        assertEquals(Optional.empty(), FileKind.of(bytes('P', 'K', 3, 4, 0xFF, 0xFF)), "a broken zip");
        assertEquals(Optional.empty(), FileKind.of(new byte[0]));
    }

    @Test
    void anAttachmentKeepsItsNameKindSizeAndHashAndItsContentApart() {
        CooperationAttachment a = new CooperationAttachment(message(), "Passport check.PDF", PDF, LIMIT);
        assertEquals(FileKind.PDF, a.getKind());
        assertEquals("application/pdf", a.getKind().contentType());
        assertEquals(PDF.length, a.getSizeBytes());
        assertEquals(64, a.getSha256().length());
        assertEquals(500L, a.getRequestId());
        CooperationFixtures.id(a, 9);
        assertArrayEquals(PDF, new AttachmentContent(a, PDF).getContent());
        assertThrows(IllegalArgumentException.class, () -> new AttachmentContent(a, "other".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aScriptUnderAHarmlessNameIsRefusedWithAReason() {
        ValidationException e = assertThrows(ValidationException.class, () -> new CooperationAttachment(message(), "report.pdf",
                "<html><body><script>fetch('/api/cases')</script></body></html>".getBytes(StandardCharsets.UTF_8), LIMIT));
        assertTrue(e.fieldErrors().get("file").key().equals("error.cooperation.file2"), e.fieldErrors().toString());
    }

    @Test
    void contentAndNameMustAgree() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> new CooperationAttachment(message(), "photo.png", PDF, LIMIT));
        assertEquals(Message.of("error.cooperation.fileNameKind", FileKind.PDF, "pdf"), e.fieldErrors().get("file"));
        assertThrows(ValidationException.class, () -> new CooperationAttachment(message(), "no-extension", PDF, LIMIT));
    }

    @Test
    void sizeIsLimitedAndEmptyFilesRefused() {
        byte[] big = Arrays.copyOf(PDF, (int) LIMIT + 1);
        ValidationException e = assertThrows(ValidationException.class, () -> new CooperationAttachment(message(), "big.pdf", big, LIMIT));
        assertEquals(Message.of("error.cooperation.fileTooLargeMb", 1L), e.fieldErrors().get("file"));
        new CooperationAttachment(message(), "exactly.pdf", Arrays.copyOf(PDF, (int) LIMIT), LIMIT);
        assertThrows(ValidationException.class, () -> new CooperationAttachment(message(), "empty.pdf", new byte[0], LIMIT));
    }

    @Test
    void aFileNameIsOneHarmlessLineWithoutFolders() {
        for (String bad : new String[] {"../../etc/passwd.pdf", "C:\\x.pdf", "a\nb.pdf", "evil\u202Efdp.exe.pdf", " ", "x".repeat(201) + ".pdf"}) {
            assertThrows(ValidationException.class, () -> new CooperationAttachment(message(), bad, PDF, LIMIT), bad);
        }
    }

    @Test
    void aMessageIsWrittenByOneOfTheTwoSidesAndReadByTheOther() {
        CooperationMessage m = message();
        assertFalse(m.readBy("fp-jm", "JM", NOW), "the author's own side does not mark it read");
        assertTrue(m.readBy("fp-bs", "BS", NOW));
        assertFalse(m.readBy("sup-bs", "BS", NOW.plusSeconds(5)), "read once");
        assertEquals("fp-bs", m.getReadBy());
        CooperationRequest r = CooperationFixtures.in(RequestStatus.SENT);
        assertThrows(IllegalArgumentException.class, () -> new CooperationMessage(r, "fp-tt", "TT", "hello", NOW));
        assertThrows(ValidationException.class, () -> new CooperationMessage(r, "fp-jm", "JM", " ", NOW));
        assertThrows(ValidationException.class, () -> new CooperationMessage(r, "fp-jm", "JM", "x".repeat(10_001), NOW));
    }

    private static CooperationMessage message() {
        return CooperationFixtures.id(new CooperationMessage(CooperationFixtures.in(RequestStatus.SENT), "fp-jm", "JM",
                "Please verify the passport attached.", NOW), 77);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String e : entries) {
                zip.putNextEntry(new ZipEntry(e));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
