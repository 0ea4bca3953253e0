package org.referraldesk.service;

import org.referraldesk.store.Store;

/** Whether closing the window keeps the desk running in the system tray (where there is one). */
public final class TraySettings {
    public static final String KEEP_RUNNING = "tray.keepRunning";

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
}
