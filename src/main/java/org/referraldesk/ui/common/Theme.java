package org.referraldesk.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The AtlantaFX theme of the whole app: Primer light or dark. */
public enum Theme {
    LIGHT("light"), DARK("dark");

    private final String key;

    Theme(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Theme fromKey(String key) {
        return DARK.key.equals(key) ? DARK : LIGHT;
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    /** Makes this the theme of every window (must run on the FX thread). */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
