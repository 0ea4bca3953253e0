package org.referraldesk.ui.tray;

/** One reminder as the owner reads it: a title and a line or two of text. */
public record Notice(String title, String text) {
}
