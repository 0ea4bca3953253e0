package org.referraldesk.ui.contact;

import org.referraldesk.ui.common.CellNames;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** A line: its icon, its title and, beneath, its detail. */
final class ContactLineCell extends ListCell<ContactLine> {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final HBox box;

    ContactLineCell(String icon) {
        title.getStyleClass().add("contact-line-title");
        detail.getStyleClass().add("contact-line-detail");
        detail.setWrapText(true);
        VBox text = new VBox(2, title, detail);
        HBox.setHgrow(text, Priority.ALWAYS);
        box = new HBox(new FontIcon(icon), text);
        box.getStyleClass().add("contact-line");
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ContactLine line, boolean isEmpty) {
        super.updateItem(line, isEmpty);
        setText(null);
        if (isEmpty || line == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        title.setText(line.title());
        detail.setText(line.detail());
        detail.setVisible(!line.detail().isEmpty());
        detail.setManaged(!line.detail().isEmpty());
        setGraphic(box);
        setAccessibleText(CellNames.of(box));
    }
}
