package org.referraldesk.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;

/**
 * The one rule for what a screen reader can call a control. A focusable node is named when its
 * accessible TEXT is not blank; a field (text, combo, date, choice, spinner) speaks its value as
 * TEXT, so it is named only by its own accessibleText or by a Label with text whose labelFor points
 * at it (LABELED_BY). A text without a letter or digit is no name (an icon's glyph). Prompt text does not count: it goes once the owner types, and it shows an
 * example, not what the field is. A list's rows and a table's cells that show a graphic are read as
 * the list's focus moves: they need a name too.
 */
final class AccessibleNames {
    private AccessibleNames() {
    }

    /** The name a screen reader reads for the node, or "" when it has none. Call on the FX thread. */
    static String nameOf(Node node) {
        if (isField(node)) {
            if (!blank(node.getAccessibleText())) {
                return node.getAccessibleText();
            }
            Object label = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
            return label instanceof Labeled labeled && !blank(labeled.getText()) ? labeled.getText() : "";
        }
        Object text = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
        return text instanceof String s && !blank(s) ? s : "";
    }

    /** Every focusable, visible, enabled node of the scene without a name, described. FX thread. */
    static List<String> unnamedIn(Scene scene) {
        List<String> unnamed = new ArrayList<>();
        collect(scene.getRoot(), unnamed);
        return unnamed;
    }

    private static void collect(Node node, List<String> unnamed) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if ((node.isFocusTraversable() || isSpokenCell(node)) && nameOf(node).isEmpty()) {
            unnamed.add(describe(node));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, unnamed);
            }
        }
    }

    /**
     * A list's row (read when the list's focus moves onto it) or a table cell that shows a graphic
     * (a table cell with no graphic and no text is an empty value, not a missing name).
     */
    private static boolean isSpokenCell(Node node) {
        if (node instanceof TableCell<?, ?> cell) {
            return !cell.isEmpty() && cell.getItem() != null && cell.getGraphic() != null;
        }
        return node instanceof ListCell<?> cell && !cell.isEmpty() && cell.getItem() != null
                && cell.getParent() != null && !(cell.getParent() instanceof ComboBoxBase<?>);
    }

    private static boolean isField(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof Spinner<?>;
    }

    static String describe(Node node) {
        StringBuilder where = new StringBuilder(node.getClass().getSimpleName());
        if (node.getId() != null) {
            where.append('#').append(node.getId());
        }
        node.getStyleClass().forEach(style -> where.append('.').append(style));
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            where.append(" \"").append(labeled.getText()).append('"');
        }
        for (Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up.getId() != null || !up.getStyleClass().isEmpty()) {
                where.append(" in ").append(up.getClass().getSimpleName());
                if (up.getId() != null) {
                    where.append('#').append(up.getId());
                }
                up.getStyleClass().forEach(style -> where.append('.').append(style));
                break;
            }
        }
        return where.toString();
    }

    /**
     * Blank also when the text holds no letter or digit: an icon-only button's TEXT falls back to
     * its Ikonli glyph, a private-use character that a screen reader cannot say.
     */
    private static boolean blank(String text) {
        return text == null || text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
