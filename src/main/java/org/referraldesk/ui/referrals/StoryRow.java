package org.referraldesk.ui.referrals;

import java.util.function.Consumer;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableRow;
import org.referraldesk.domain.ReferralSummary;

/** A row of the referrals list, with its context menu. */
final class StoryRow extends TableRow<ReferralSummary> {
    private final ContextMenu menu = new ContextMenu();

    StoryRow(String deleteText, Consumer<ReferralSummary> delete) {
        MenuItem deleteItem = new MenuItem(deleteText);
        deleteItem.getStyleClass().add("delete-story");
        deleteItem.setOnAction(e -> delete.accept(getItem()));
        menu.getItems().add(deleteItem);
    }

    @Override
    protected void updateItem(ReferralSummary item, boolean empty) {
        super.updateItem(item, empty);
        setContextMenu(empty ? null : menu);
    }
}
