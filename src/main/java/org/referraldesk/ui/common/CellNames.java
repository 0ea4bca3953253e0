package org.referraldesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;

/**
 * The name a screen reader says for a list row or table cell that shows its line as a graphic (a
 * cell's own text is empty then): the texts of the labels it shows, in reading order, e.g.
 * "Ben Ortiz, Ortiz Plumbing". The labels' texts are already the owner's words; only the comma joins.
 */
public final class CellNames {
    private CellNames() {
    }

    public static String of(Node graphic) {
        List<String> texts = new ArrayList<>();
        collect(graphic, texts);
        return String.join(", ", texts);
    }

    private static void collect(Node node, List<String> texts) {
        if (node == null || !node.isVisible()) {
            return;
        }
        if (node instanceof Label label) {
            if (label.getText() != null && !label.getText().isBlank()) {
                texts.add(label.getText().strip());
            }
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
