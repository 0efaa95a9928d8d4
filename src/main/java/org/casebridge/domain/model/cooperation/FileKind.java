package org.casebridge.domain.model.cooperation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file an attachment may be, recognised by their content (never by their name): PDF,
 * PNG and JPEG images, and office documents (Word, Excel and PowerPoint, both the current Office Open
 * XML and the older binary formats). Anything else (HTML, scripts, executables, archives, SVG) is
 * refused. The name's extension must agree with the content, so that a file is opened by the
 * program its name promises.
 */
public enum FileKind {
    PDF("application/pdf", Set.of("pdf")),
    PNG("image/png", Set.of("png")),
    JPEG("image/jpeg", Set.of("jpg", "jpeg")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", Set.of("pptx")),
    /** Word 97-2003, Excel 97-2003 and PowerPoint 97-2003 (OLE2 compound documents). */
    OFFICE_LEGACY("application/vnd.ms-office", Set.of("doc", "xls", "ppt"));

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    /** Entries read at most while looking into an office document (a zip bomb is not unpacked). */
    private static final int ZIP_ENTRIES_LOOKED_AT = 2000;

    private final String contentType;
    private final Set<String> extensions;

    FileKind(String contentType, Set<String> extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    public Set<String> extensions() {
        return extensions;
    }

    /** What {@code content} is, judged by its bytes only; empty when it is none of the allowed kinds. */
    public static Optional<FileKind> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, OLE_MAGIC)) {
            return Optional.of(OFFICE_LEGACY);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeOpenXml(content);
        }
        return Optional.empty();
    }

    /** Whether {@code fileName}'s extension is one of this kind's. */
    public boolean matchesName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A zip is an office document when it has [Content_Types].xml and the part folder of Word, Excel or PowerPoint. */
    private static Optional<FileKind> officeOpenXml(byte[] content) {
        boolean types = false;
        FileKind kind = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < ZIP_ENTRIES_LOOKED_AT) {
                String name = entry.getName();
                types |= name.equals("[Content_Types].xml");
                if (kind == null) {
                    kind = name.startsWith("word/") ? DOCX : name.startsWith("xl/") ? XLSX : name.startsWith("ppt/") ? PPTX : null;
                }
                if (types && kind != null) {
                    return Optional.of(kind);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
