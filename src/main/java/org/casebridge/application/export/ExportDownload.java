package org.casebridge.application.export;

/** A finished export's file as downloaded: its name, media type and bytes. */
public record ExportDownload(String fileName, String mediaType, byte[] content) {
}
