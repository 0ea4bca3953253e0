package org.referraldesk.ui.thanks;

import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.referraldesk.service.GiftDraft.StoryChoice;
import org.referraldesk.ui.common.AmountField;
import org.referraldesk.ui.common.DateField;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.FormFields;
import org.referraldesk.ui.common.FormView;

/** Wires the "Log gift" dialog to its view model. */
public final class LogGiftController {
    private final LogGiftViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private DialogPane pane;
    @FXML private TextField what;
    @FXML private Label whatError;
    @FXML private AmountField amount;
    @FXML private Label currency;
    @FXML private Label amountError;
    @FXML private Label budget;
    @FXML private DateField givenOn;
    @FXML private Label givenOnError;
    @FXML private ComboBox<StoryChoice> story;
    @FXML private Label giftNotes;
    @FXML private Label formError;

    public LogGiftController(LogGiftViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        FormFields form = model.form();
        FormView.bind(form, LogGiftViewModel.WHAT, what, whatError);
        FormView.bind(form, LogGiftViewModel.AMOUNT, amount, amountError);
        FormView.bind(form, LogGiftViewModel.DATE, givenOn, givenOnError);
        FormView.message(formError, form.formErrorProperty());
        shownWhileSet(budget, model.budgetProperty());
        shownWhileSet(giftNotes, model.giftNotesProperty());
        currency.textProperty().bind(model.currencyProperty());
        pane.headerTextProperty().bind(model.headerProperty());
        story.setItems(model.stories());
        story.valueProperty().bindBidirectional(model.storyProperty());
        story.setConverter(new StringConverter<>() {
            @Override
            public String toString(StoryChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public StoryChoice fromString(String label) {
                return null;
            }
        });
    }

    /** Opens the dialog for a GIFT follow-up; {@code onLogged} runs once the gift is stored. */
    public void openForFollowUp(long followUpId, Window owner, Runnable onLogged) {
        model.startFromFollowUp(followUpId);
        open(owner, onLogged);
    }

    /** Opens the dialog for a partner, from their page. */
    public void openForPartner(long partnerId, Window owner, Runnable onLogged) {
        model.startForPartner(partnerId);
        open(owner, onLogged);
    }

    private void open(Window owner, Runnable onLogged) {
        FormDialog.open(pane, owner, resources.getString("gift.title"), resources.getString("gift.ok"), model.form(),
                close -> model.log(gift -> {
                    close.run();
                    onLogged.run();
                }), what);
    }

    /** A line that is there only while it has something to say (the budget, the partner's gift notes). */
    private static void shownWhileSet(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
