package org.referraldesk.ui.common;

import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;

/**
 * Status messages a screen reader says as they appear ("Deleted Ben Ortiz's story · Undo", "Saved",
 * "Backed up to …"). JavaFX has no live region: a message is a TEXT node, and each time it shows or
 * changes while showing its TEXT attribute is notified as changed, which the platform bridges pass on
 * (a UIA property change, an NSAccessibility value change). The window's last announcement is kept in
 * its scene's properties, where {@link #lastSaid} reads it.
 */
public final class Announcer {
    private static final Object LAST_SAID = new Object();

    private Announcer() {
    }

    /** Announces the message label whenever it shows a text, or its text changes while it shows. */
    public static void watch(Labeled message) {
        watch(message, message);
    }

    /** The same for a message inside a bar that shows and hides (an undo bar): it is said as the bar shows. */
    public static void watch(Labeled message, Node bar) {
        message.setAccessibleRole(AccessibleRole.TEXT);
        message.textProperty().addListener((obs, old, text) -> say(message, bar));
        message.visibleProperty().addListener((obs, was, shows) -> say(message, bar));
        if (bar != message) {
            bar.visibleProperty().addListener((obs, was, shows) -> say(message, bar));
        }
    }

    private static void say(Labeled message, Node bar) {
        String text = message.getText();
        if (!message.isVisible() || !bar.isVisible() || text == null || text.isBlank()) {
            return;
        }
        message.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        Scene scene = message.getScene();
        if (scene != null) {
            scene.getProperties().put(LAST_SAID, text);
        }
    }

    /** What the scene's window announced last, or "" before anything was. */
    public static String lastSaid(Scene scene) {
        Object said = scene.getProperties().get(LAST_SAID);
        return said == null ? "" : said.toString();
    }
}
