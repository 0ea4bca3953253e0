package org.referraldesk.service;

import java.util.Map;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/** The owner's settings: the playbook's offsets and switches, and the window's theme. */
public final class OwnerSettings {
    public static final String THEME = "ui.theme";
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private final Store store;

    public OwnerSettings(Store store) {
        this.store = store;
    }

    public PlaybookSettings playbook() {
        return store.inTransaction(OwnerSettings::playbook);
    }

    static PlaybookSettings playbook(Tx tx) {
        return PlaybookSettingsText.read(name -> tx.settings().get(name).orElse(null));
    }

    /** Stores every playbook setting; they were validated when the settings were made. */
    public void savePlaybook(PlaybookSettings settings) {
        Map<String, String> values = PlaybookSettingsText.write(settings);
        store.useTransaction(tx -> values.forEach((name, value) -> tx.settings().put(name, value)));
    }

    public String theme() {
        return store.inTransaction(tx -> tx.settings().get(THEME).orElse(LIGHT));
    }

    public void saveTheme(String theme) {
        if (!LIGHT.equals(theme) && !DARK.equals(theme)) {
            throw new IllegalArgumentException("Unknown theme " + theme);
        }
        store.useTransaction(tx -> tx.settings().put(THEME, theme));
    }
}
