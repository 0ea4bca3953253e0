package org.referraldesk.ui.cards;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A partner in the "Add partners" dialog, ticked to get a card. */
public final class PartnerChoice {
    private final long id;
    private final String label;
    private final BooleanProperty chosen = new SimpleBooleanProperty(false);

    PartnerChoice(long id, String name, String company) {
        this.id = id;
        this.label = company == null ? name : name + " \u00b7 " + company;
    }

    public long id() {
        return id;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    @Override
    public String toString() {
        return label;
    }
}
