package org.referraldesk.service;

/** What happened to one row of an imported file, with the line it starts on. */
public record RowNote(int line, String text) {
}
