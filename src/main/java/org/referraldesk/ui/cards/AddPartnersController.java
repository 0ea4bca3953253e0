package org.referraldesk.ui.cards;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;

/** The "Add partners" dialog's list: every partner not on the card list, with a tick each. */
public final class AddPartnersController {
    @FXML private ListView<PartnerChoice> partnerList;

    void show(List<PartnerChoice> partners) {
        partnerList.setItems(FXCollections.observableArrayList(partners));
        partnerList.setCellFactory(CheckBoxListCell.forListView(PartnerChoice::chosenProperty));
    }

    /** The ids of the ticked partners, in the list's order. */
    List<Long> chosen() {
        return partnerList.getItems().stream().filter(p -> p.chosenProperty().get()).map(PartnerChoice::id).toList();
    }
}
