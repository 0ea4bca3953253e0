package org.referraldesk.ui.partners;

import org.referraldesk.ui.common.CellNames;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.referraldesk.domain.GivenLine;

/** Wires the partner page's thanks: the year's gifts, the ledger's counts and the referrals given. */
final class PartnerLedgerView {
    private PartnerLedgerView() {
    }

    static void wire(PartnerViewModel model, ResourceBundle text, Button logGift, Button logGiven,
            Label giftYear, Label ledger, Label storiesTitle, Label givenTitle, ListView<GivenLine> givenList) {
        PartnerThanks thanks = model.thanks();
        logGift.disableProperty().bind(model.loadedProperty().not().or(model.giftsAllowedProperty().not()));
        logGiven.disableProperty().bind(model.loadedProperty().not());
        giftYear.textProperty().bind(thanks.giftYearTextProperty());
        ledger.textProperty().bind(thanks.ledgerTextProperty());
        storiesTitle.textProperty().bind(thanks.receivedTitleProperty());
        givenTitle.textProperty().bind(thanks.givenTitleProperty());
        givenList.accessibleTextProperty().bind(givenTitle.textProperty()); // its title is beside a button
        givenList.setItems(thanks.givenLines());
        givenList.setPlaceholder(new Label(text.getString("ledger.given.none")));
        givenList.setCellFactory(list -> new GivenCell(model));
    }

    /** A referral given: the client and the day, with the note beneath. */
    private static final class GivenCell extends ListCell<GivenLine> {
        private final PartnerViewModel model;
        private final Label title = new Label();
        private final Label note = new Label();
        private final VBox box = new VBox(2, title, note);

        GivenCell(PartnerViewModel model) {
            this.model = model;
            title.getStyleClass().add("given-title");
            note.getStyleClass().add("given-note");
            note.setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(GivenLine line, boolean isEmpty) {
            super.updateItem(line, isEmpty);
            setText(null);
            if (isEmpty || line == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            String client = line.clientName() == null ? "" : line.clientName();
            title.setText(client + " \u00b7 " + model.formatDate(line.givenAt()));
            note.setText(line.note() == null ? "" : line.note());
            note.setVisible(line.note() != null);
            note.setManaged(line.note() != null);
            setGraphic(box);
            setAccessibleText(CellNames.of(box));
        }
    }
}
