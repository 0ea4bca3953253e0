package org.referraldesk.ui.main;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;

/** Where the focus goes when a rail page opens (ADR 0020). */
final class PageFocus {
    private PageFocus() {
    }

    /**
     * A page that opens from Ctrl+1 … Ctrl+9, or while the focus is nowhere (the row that had it is
     * gone, e.g. after Enter on a row), takes the focus: its first control, so Tab goes on from the
     * page. Otherwise (a click, the arrow keys on the rail) the focus stays where it is.
     */
    static void into(Node content, boolean fromPageKey) {
        Scene scene = content.getScene();
        Node focused = scene == null ? null : scene.getFocusOwner();
        boolean lost = focused == null || focused.getScene() != scene;
        if (scene == null || !fromPageKey && !lost || focused != null && !lost && isInside(focused, content)) {
            return;
        }
        Node first = firstControlIn(content);
        if (first != null) {
            first.requestFocus();
        }
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    /** The first node Tab would reach inside {@code node}, in the order of the scene graph. */
    private static Node firstControlIn(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node first = firstControlIn(child);
                if (first != null) {
                    return first;
                }
            }
        }
        return null;
    }
}
