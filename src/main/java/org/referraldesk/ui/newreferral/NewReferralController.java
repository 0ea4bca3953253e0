package org.referraldesk.ui.newreferral;

import org.referraldesk.ui.common.Announcer;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Introduction.Person;
import org.referraldesk.ui.common.DroppedEmail;
import org.referraldesk.ui.common.FilePicker;
import org.referraldesk.ui.common.AmountField;
import org.referraldesk.ui.common.DateTimeField;
import org.referraldesk.ui.common.FormView;

/** Wires the new-referral form to its view model. */
public final class NewReferralController {
    /** Ids of the question's buttons, for window tests. */
    public static final String REPLACE_ID = "replaceWithEmail";
    public static final String KEEP_ID = "keepTyped";

    private final NewReferralViewModel model;
    private final FilePicker files;

    @FXML private ResourceBundle resources;
    @FXML private Label savedLabel;
    @FXML private Label formError;
    @FXML private Label emailSource;
    @FXML private Node candidatesBox;
    @FXML private ComboBox<Person> candidates;
    @FXML private Button fromEmailButton;
    @FXML private Node form;
    @FXML private TextField referrerName;
    @FXML private TextField referrerEmail;
    @FXML private TextField clientName;
    @FXML private TextField clientEmail;
    @FXML private TextField clientPhone;
    @FXML private ComboBox<Channel> channel;
    @FXML private DateTimeField receivedAt;
    @FXML private TextField need;
    @FXML private AmountField estimatedValue;
    @FXML private Label referrerNameError;
    @FXML private Label referrerEmailError;
    @FXML private Label clientNameError;
    @FXML private Label clientEmailError;
    @FXML private Label channelError;
    @FXML private Label receivedAtError;
    @FXML private Label estimatedValueError;

    public NewReferralController(NewReferralViewModel model, FilePicker files) {
        this.model = model;
        this.files = files;
    }

    @FXML
    private void initialize() {
        referrerName.textProperty().bindBidirectional(model.referrerNameProperty());
        referrerEmail.textProperty().bindBidirectional(model.referrerEmailProperty());
        clientName.textProperty().bindBidirectional(model.clientNameProperty());
        clientEmail.textProperty().bindBidirectional(model.clientEmailProperty());
        clientPhone.textProperty().bindBidirectional(model.clientPhoneProperty());
        need.textProperty().bindBidirectional(model.needProperty());
        receivedAt.date().valueProperty().bindBidirectional(model.receivedOnProperty());
        model.receivedOnUnreadableProperty().bind(receivedAt.date().unreadableProperty());
        receivedAt.time().textProperty().bindBidirectional(model.receivedAtProperty());
        receivedAt.time().setPromptText(resources.getString("newReferral.receivedAt.timePrompt"));
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

        watch(referrerName, model.referrerNameErrorProperty(), referrerNameError);
        watch(referrerEmail, model.referrerEmailErrorProperty(), referrerEmailError);
        watch(clientName, model.clientNameErrorProperty(), clientNameError);
        watch(clientEmail, model.clientEmailErrorProperty(), clientEmailError);
        watch(channel, model.channelErrorProperty(), channelError);
        watch(receivedAt, model.receivedAtErrorProperty(), receivedAtError);
        watch(estimatedValue, model.estimatedValueErrorProperty(), estimatedValueError);

        suggestContacts(referrerName, model::chooseReferrer);
        suggestContacts(clientName, model::chooseClient);
        model.loadContacts();

        formError.textProperty().bind(model.formErrorProperty());
        formError.visibleProperty().bind(model.formErrorProperty().isNotNull());
        formError.managedProperty().bind(formError.visibleProperty());
        formError.setMinHeight(Label.USE_PREF_SIZE);
        savedLabel.textProperty().bind(model.savedTextProperty());
        savedLabel.visibleProperty().bind(model.savedTextProperty().isNotEmpty());
        savedLabel.managedProperty().bind(savedLabel.visibleProperty());
        Announcer.watch(savedLabel);
        Announcer.watch(formError);
        showEmail();
        form.disableProperty().bind(model.busyProperty().or(model.recordedProperty().isNotNull()));
    }

    /** The field's message shows under it (and its frame turns red) once the owner has left it or tried to save. */
    private void watch(Node field, ObservableStringValue message, Label label) {
        ObservableBooleanValue visited = FormView.afterVisit(field, model.attemptedProperty());
        FormView.message(label, message, visited);
        FormView.mark(field, message, visited);
    }

    private void suggestContacts(TextField field, Consumer<Suggestion> choose) {
        AutoCompletionBinding<Suggestion> names = TextFields.bindAutoCompletion(field,
                request -> model.suggestions(request.getUserText()));
        names.setOnAutoCompleted(event -> choose.accept(event.getCompletion()));
    }

    /** Where the form came from, and the chooser of the client when the email names several people. */
    private void showEmail() {
        FromEmail email = model.fromEmail();
        emailSource.textProperty().bind(email.sourceProperty());
        Announcer.watch(emailSource);
        emailSource.visibleProperty().bind(email.emailProperty().isNotNull());
        emailSource.managedProperty().bind(emailSource.visibleProperty());
        candidates.setItems(email.candidates());
        candidates.setConverter(new StringConverter<>() {
            @Override
            public String toString(Person person) {
                return email.label(person);
            }

            @Override
            public Person fromString(String text) {
                return null;
            }
        });
        candidates.valueProperty().bindBidirectional(email.clientProperty());
        candidatesBox.visibleProperty().bind(Bindings.size(email.candidates()).greaterThan(1));
        candidatesBox.managedProperty().bind(candidatesBox.visibleProperty());
        fromEmailButton.disableProperty().bind(model.busyProperty());
        // reading an email disables the form, which takes the caret out of it: it comes back to the first field
        model.busyProperty().addListener((obs, was, busy) -> {
            if (!busy && form.getScene() != null && !inForm(form.getScene().getFocusOwner())) {
                Platform.runLater(referrerName::requestFocus);
            }
        });
        model.waitingToReplaceProperty().addListener((obs, old, waiting) -> {
            if (waiting != null) {
                ReplaceQuestion.ask(form.getScene().getWindow(), resources, model);
            }
        });
    }

    private boolean inForm(Node focused) {
        for (Node at = focused; at != null; at = at.getParent()) {
            if (at == form || at == candidatesBox) {
                return true;
            }
        }
        return false;
    }

    /** "From an email…": an .eml file (or any file) to fill the form from. */
    @FXML
    private void pickEmail() {
        files.open(fromEmailButton.getScene().getWindow(), resources.getString("newReferral.fromEmail.title"),
                resources.getString("newReferral.fromEmail.kind"), "*.eml")
                .ifPresent(file -> model.readEmail(DroppedEmail.file(file)));
    }

    /** The form's view model, for the dialog that shows it. */
    public NewReferralViewModel model() {
        return model;
    }

    /** The field the caret starts in. */
    public Node firstField() {
        return referrerName;
    }
}
