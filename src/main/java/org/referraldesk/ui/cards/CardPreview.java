package org.referraldesk.ui.cards;

import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.referraldesk.domain.CardLine;

/** One card in the preview: its tick, the partner and address on the left, the story and message beside. */
final class CardPreview {
    private final ResourceBundle text;

    CardPreview(ResourceBundle text) {
        this.text = text;
    }

    Node entry(CardRow row) {
        CardLine card = row.line();
        CheckBox tick = new CheckBox();
        tick.selectedProperty().bindBidirectional(row.chosenProperty());
        tick.getStyleClass().add("card-tick");
        tick.setAccessibleText(org.referraldesk.domain.Wording.forOwner(text).format("cards.a11y.tick", card.name()));

        Label name = label(card.name(), "card-name");
        VBox who = new VBox(name);
        who.getStyleClass().add("card-who");
        if (card.hasAddress()) {
            who.getChildren().add(label(card.address(), "card-address"));
        } else {
            who.getChildren().add(label(text.getString("cards.addressMissing"), "card-address-missing"));
        }
        if (row.addedByHand()) {
            who.getChildren().add(label(text.getString("cards.addedByHand"), "card-added"));
        }

        VBox what = new VBox(label(card.story(), "card-story"), label(card.message().strip().replaceAll("(\\R\\s*){2,}", "\n"), "card-message"));
        what.getStyleClass().add("card-what");
        HBox.setHgrow(what, Priority.ALWAYS);

        HBox entry = new HBox(tick, who, what);
        entry.getStyleClass().add("card-entry");
        showTicked(entry, row.chosenProperty().get());
        row.chosenProperty().addListener((obs, was, ticked) -> showTicked(entry, ticked));
        return entry;
    }

    private static void showTicked(Node entry, boolean ticked) {
        entry.getStyleClass().remove("unticked");
        if (!ticked) {
            entry.getStyleClass().add("unticked");
        }
    }

    private static Label label(String words, String style) {
        Label label = new Label(words);
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }
}
