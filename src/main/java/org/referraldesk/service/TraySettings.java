package org.referraldesk.service;

import org.referraldesk.store.Store;

/**
 * Whether closing the window keeps the desk running in the system tray (where there is one), and
 * the number of due follow-ups the last reminder check found, for the badge of the next start
 * before its first check has run.
 */
public final class TraySettings {
    public static final String KEEP_RUNNING = "tray.keepRunning";
    public static final String LAST_DUE = "tray.lastDue";

    private final Store store;

    public TraySettings(Store store) {
        this.store = store;
    }

    /** On unless the owner turned it off. */
    public boolean keepRunningInTray() {
        return store.inTransaction(tx -> tx.settings().get(KEEP_RUNNING).map(Boolean::parseBoolean).orElse(true));
    }

    public void saveKeepRunningInTray(boolean keep) {
        store.useTransaction(tx -> tx.settings().put(KEEP_RUNNING, Boolean.toString(keep)));
    }

    /** What the last reminder check counted as due (0 before the first). */
    public int lastDue() {
        return store.inTransaction(tx -> tx.settings().get(LAST_DUE).map(TraySettings::count).orElse(0));
    }

    /** Keeps {@code due} for the next start; writes only when it changed. */
    public void saveLastDue(int due) {
        store.useTransaction(tx -> {
            if (!tx.settings().get(LAST_DUE).map(TraySettings::count).equals(java.util.Optional.of(due))) {
                tx.settings().put(LAST_DUE, Integer.toString(due));
            }
        });
    }

    private static int count(String value) {
        try {
            return Math.max(0, Integer.parseInt(value));
        } catch (NumberFormatException damaged) {
            return 0;
        }
    }
}
