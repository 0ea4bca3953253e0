package org.referraldesk.ui.tray;

/** What the tray menu does; each runs on the FX thread. */
public record TrayActions(Runnable open, Runnable today, Runnable quit) {
}
