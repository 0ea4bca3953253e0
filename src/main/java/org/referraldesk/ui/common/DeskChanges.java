package org.referraldesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;

/**
 * The one signal that what is due may have changed. It fires (on the FX thread) after every reminder
 * check: at start, every half minute, when the clock jumps, and within seconds of any change to the
 * open follow-ups, whoever made it (another screen, an import, a restore), because the check watches
 * their fingerprint. The rail badge is set by the same check, so a screen that reads again on this
 * signal (Today, VIP) agrees with it. A screen that changes follow-ups itself calls
 * {@link #changed()} so the check looks at once.
 */
public final class DeskChanges {
    private final Runnable lookSoon;
    private final List<Runnable> listeners = new ArrayList<>();

    /** @param lookSoon asks the reminder check to look now rather than at its next pulse */
    public DeskChanges(Runnable lookSoon) {
        this.lookSoon = lookSoon;
    }

    /** A signal nobody fires, for a screen built alone (tests). */
    public static DeskChanges none() {
        return new DeskChanges(() -> { });
    }

    /** This screen changed follow-ups: the check should look now (the badge follows at once). */
    public void changed() {
        lookSoon.run();
    }

    /** The reminder check looked: tells every screen that listens (FX thread). */
    public void looked() {
        List.copyOf(listeners).forEach(Runnable::run);
    }

    /** Runs {@code reread} on every signal while {@code view} is in a window, and never after it left. */
    public void whileShown(Node view, Runnable reread) {
        view.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                listeners.remove(reread);
            } else if (!listeners.contains(reread)) {
                listeners.add(reread);
            }
        });
        if (view.getScene() != null) {
            listeners.add(reread);
        }
    }
}
