package org.referraldesk.ui.newreferral;

import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.referraldesk.domain.Channel;

/** Wires the new-referral form to its view model. */
public final class NewReferralController {
    private final NewReferralViewModel model;

    @FXML private Label savedLabel;
    @FXML private Label formError;
    @FXML private Node form;
    @FXML private TextField referrerName;
    @FXML private TextField referrerEmail;
    @FXML private TextField clientName;
    @FXML private TextField clientEmail;
    @FXML private TextField clientPhone;
    @FXML private ComboBox<Channel> channel;
    @FXML private TextField receivedAt;
    @FXML private TextField need;
    @FXML private TextField estimatedValue;
    @FXML private Label referrerNameError;
    @FXML private Label referrerEmailError;
    @FXML private Label clientNameError;
    @FXML private Label clientEmailError;
    @FXML private Label channelError;
    @FXML private Label receivedAtError;
    @FXML private Label estimatedValueError;

    public NewReferralController(NewReferralViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        referrerName.textProperty().bindBidirectional(model.referrerNameProperty());
        referrerEmail.textProperty().bindBidirectional(model.referrerEmailProperty());
        clientName.textProperty().bindBidirectional(model.clientNameProperty());
        clientEmail.textProperty().bindBidirectional(model.clientEmailProperty());
        clientPhone.textProperty().bindBidirectional(model.clientPhoneProperty());
        need.textProperty().bindBidirectional(model.needProperty());
        receivedAt.textProperty().bindBidirectional(model.receivedAtProperty());
        estimatedValue.textProperty().bindBidirectional(model.estimatedValueProperty());
        channel.getItems().setAll(Channel.values());
        channel.setConverter(new StringConverter<>() {
            @Override
            public String toString(Channel value) {
                return model.label(value);
            }

            @Override
            public Channel fromString(String text) {
                return null;
            }
        });
        channel.valueProperty().bindBidirectional(model.channelProperty());

        FieldMessages messages = new FieldMessages(model.attemptedProperty());
        messages.watch(referrerName, true, model.referrerNameErrorProperty(), referrerNameError);
        messages.watch(referrerEmail, false, model.referrerEmailErrorProperty(), referrerEmailError);
        messages.watch(clientName, true, model.clientNameErrorProperty(), clientNameError);
        messages.watch(clientEmail, false, model.clientEmailErrorProperty(), clientEmailError);
        messages.watch(channel, false, model.channelErrorProperty(), channelError);
        messages.watch(receivedAt, false, model.receivedAtErrorProperty(), receivedAtError);
        messages.watch(estimatedValue, false, model.estimatedValueErrorProperty(), estimatedValueError);

        suggestContacts(referrerName, model::chooseReferrer);
        suggestContacts(clientName, model::chooseClient);
        model.loadContacts();

        formError.textProperty().bind(model.formErrorProperty());
        formError.visibleProperty().bind(model.formErrorProperty().isNotNull());
        formError.managedProperty().bind(formError.visibleProperty());
        savedLabel.textProperty().bind(model.savedTextProperty());
        savedLabel.visibleProperty().bind(model.recordedProperty().isNotNull());
        savedLabel.managedProperty().bind(savedLabel.visibleProperty());
        form.disableProperty().bind(model.busyProperty().or(model.recordedProperty().isNotNull()));
    }

    private void suggestContacts(TextField field, Consumer<String> choose) {
        AutoCompletionBinding<String> names = TextFields.bindAutoCompletion(field,
                request -> model.suggestions(request.getUserText()));
        names.setOnAutoCompleted(event -> choose.accept(event.getCompletion()));
    }

    /** The form's view model, for the dialog that shows it. */
    public NewReferralViewModel model() {
        return model;
    }

    /** Puts the caret in the first field. */
    public void focusFirstField() {
        referrerName.requestFocus();
    }
}
