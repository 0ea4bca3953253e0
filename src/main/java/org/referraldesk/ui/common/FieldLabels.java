package org.referraldesk.ui.common;

import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import org.referraldesk.domain.Wording;

/**
 * Names every field of a loaded view by the Label written just before it (the label's labelFor, which
 * a screen reader reads as LABELED_BY): beside it in a grid, or above it in a form field's box. FXML
 * cannot say labelFor="$field" before the field is defined, and an accessibleText on a text field would
 * be read in place of what is typed, so the view loader links them here once. The time half of a
 * {@link DateTimeField} is named after the same label ("Received, time"). A card's title right before a
 * list or table names the list (its accessibleText follows the title).
 */
final class FieldLabels {
    private FieldLabels() {
    }

    static void link(Parent root, ResourceBundle text) {
        List<Node> children = laidOut(root);
        for (int i = 0; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Label title && i + 1 < children.size() && children.get(i + 1) instanceof Control list
                    && isList(list) && list.getAccessibleText() == null) {
                list.accessibleTextProperty().bind(title.textProperty());
            }
            if (child instanceof Label label && label.getLabelFor() == null && label.getText() != null
                    && !label.getText().isBlank() && i + 1 < children.size()) {
                Node field = fieldAt(children.get(i + 1));
                if (field != null && field.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY) == null) {
                    label.setLabelFor(field);
                }
                if (children.get(i + 1) instanceof DateTimeField both && both.time().getAccessibleText() == null) {
                    both.time().setAccessibleText(Wording.forOwner(text).format("field.time", label.getText()));
                }
            }
            if (child instanceof Parent parent) {
                link(parent, text);
            }
        }
    }

    /** What a view puts inside: a box's children, a scroll pane's content, the tabs' contents; no control's insides. */
    private static List<Node> laidOut(Parent parent) {
        if (parent instanceof ScrollPane scroll) {
            return scroll.getContent() == null ? List.of() : List.of(scroll.getContent());
        }
        if (parent instanceof TitledPane titled) {
            return titled.getContent() == null ? List.of() : List.of(titled.getContent());
        }
        if (parent instanceof TabPane tabs) {
            return tabs.getTabs().stream().map(Tab::getContent).filter(Objects::nonNull).toList();
        }
        if (parent instanceof SplitPane split) {
            return split.getItems();
        }
        return parent instanceof Control ? List.of() : parent.getChildrenUnmodifiable();
    }

    /** The node itself when it is a field, else the first field in a box, or in a box in that box. */
    private static Node fieldAt(Node node) {
        return fieldAt(node, 2);
    }

    private static Node fieldAt(Node node, int depth) {
        if (isField(node)) {
            return node;
        }
        if (depth > 0 && node instanceof Parent box && !(node instanceof Control)) {
            for (Node child : box.getChildrenUnmodifiable()) {
                Node field = fieldAt(child, depth - 1);
                if (field != null) {
                    return field;
                }
            }
        }
        return null;
    }

    private static boolean isList(Node node) {
        return node instanceof ListView<?> || node instanceof TableView<?> || node instanceof TreeView<?>;
    }

    private static boolean isField(Node node) {
        return node instanceof TextInputControl || node instanceof ComboBoxBase<?> || node instanceof ChoiceBox<?>
                || node instanceof Spinner<?>;
    }
}
