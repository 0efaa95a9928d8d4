package org.casebridge.application.export;

public final class SpreadsheetText { private SpreadsheetText() {} /** A cell a spreadsheet will not run: text starting with = + - @ tab or carriage return gets a leading apostrophe. */ public static String safe(String text) { if (text == null || text.isEmpty()) return text == null ? "" : text; char c = text.charAt(0); return (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') ? "'" + text : text; } }
