package org.referraldesk.ui.search;

import org.referraldesk.ui.common.CellNames;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** A line of the search box: a group's heading (with how many matched), or a name over its details. */
final class SearchCell extends ListCell<SearchLine> {
    private final Label title = new Label();
    private final Label detail = new Label();
    private final VBox found = new VBox(title, detail);
    private final BorderPane heading = new BorderPane();
    private final Label headingTitle = new Label();
    private final Label headingMore = new Label();

    SearchCell() {
        title.getStyleClass().add("search-title");
        detail.getStyleClass().add("search-detail");
        found.getStyleClass().add("search-found");
        headingTitle.getStyleClass().add("search-heading-title");
        headingMore.getStyleClass().add("search-heading-more");
        heading.setLeft(headingTitle);
        heading.setRight(headingMore);
        setPrefWidth(0); // long needs are cut with an ellipsis, not widened into a scroll bar
    }

    @Override
    protected void updateItem(SearchLine line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll("search-heading", "search-line");
        if (empty || line == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        if (line.opens()) {
            getStyleClass().add("search-line");
            title.setText(line.title());
            detail.setText(line.detail());
            detail.setVisible(!line.detail().isEmpty());
            detail.setManaged(detail.isVisible());
            setGraphic(found);
            setAccessibleText(CellNames.of(found));
        } else {
            getStyleClass().add("search-heading");
            headingTitle.setText(line.title());
            headingMore.setText(line.detail());
            setGraphic(heading);
            setAccessibleText(CellNames.of(heading));
        }
    }
}
