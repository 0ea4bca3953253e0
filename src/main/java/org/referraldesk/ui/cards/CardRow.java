package org.referraldesk.ui.cards;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.referraldesk.domain.CardLine;

/** One card in the preview, ticked to be printed, saved or marked written (all are ticked at first). */
public final class CardRow {
    private final CardLine line;
    private final BooleanProperty chosen = new SimpleBooleanProperty(true);

    CardRow(CardLine line) {
        this.line = line;
    }

    public CardLine line() {
        return line;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    /** Added by hand: a partner with no pending card follow-up. */
    public boolean addedByHand() {
        return line.followUpId() == null;
    }
}
