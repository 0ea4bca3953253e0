package org.referraldesk.ui.referrals;

import java.time.Instant;
import javafx.scene.control.TableCell;
import org.referraldesk.domain.ReferralSummary;

/** A date cell, or for follow-ups a date-time cell that marks a time in the past as overdue. */
final class InstantCell extends TableCell<ReferralSummary, Instant> {
    private final ReferralListViewModel model;
    private final boolean followUp;

    InstantCell(ReferralListViewModel model, boolean followUp) {
        this.model = model;
        this.followUp = followUp;
    }

    @Override
    protected void updateItem(Instant item, boolean isEmpty) {
        super.updateItem(item, isEmpty);
        setText(isEmpty ? null : followUp ? model.formatDateTime(item) : model.formatDate(item));
        getStyleClass().remove("overdue");
        if (!isEmpty && followUp && model.isOverdue(item)) {
            getStyleClass().add("overdue");
        }
    }
}
