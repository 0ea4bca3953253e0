package org.referraldesk.ui.settings;

import org.referraldesk.ui.common.Announcer;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import java.time.Month;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.UnsavedWork;

/** Wires the settings screen: the playbook tab to its view model, and the template editor into its tab. */
public final class SettingsController implements UnsavedWork {
    private final SettingsViewModel model;
    private final LanguageViewModel language;
    private final Navigator navigator;
    @FXML private ComboBox<java.util.Locale> languageBox;
    @FXML private Label languageStatus;

    @FXML private TabPane tabs;
    @FXML private Tab templatesTab;
    @FXML private TextField businessField;
    @FXML private Label businessError;
    @FXML private TextField ownerField;
    @FXML private TextField currencyField;
    @FXML private Label currencyError;
    @FXML private TextField whatWeDoField;
    @FXML private Label whatWeDoError;
    @FXML private Label ownerError;
    @FXML private TextField ownerEmailsField;
    @FXML private Label ownerEmailsError;
    @FXML private ToggleSwitch handwrittenCardsSwitch;
    @FXML private ToggleSwitch publicThanksSwitch;
    @FXML private ToggleSwitch giftsSwitch;
    @FXML private TextField giftPercentField;
    @FXML private Label giftPercentError;
    @FXML private ToggleSwitch clientCallbacksSwitch;
    @FXML private ToggleSwitch vipInvitesSwitch;
    @FXML private ComboBox<Month> vipMonthBox;
    @FXML private TextField cadenceField;
    @FXML private Label cadenceError;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Label statusLabel;

    public SettingsController(SettingsViewModel model, LanguageViewModel language, Navigator navigator) {
        this.model = model;
        this.language = language;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(language.offered());
        languageBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.util.Locale locale) {
                return language.name(locale);
            }

            @Override
            public java.util.Locale fromString(String typed) {
                throw new UnsupportedOperationException("languages are picked, not typed");
            }
        });
        languageBox.valueProperty().bindBidirectional(language.chosenProperty());
        languageStatus.textProperty().bind(language.statusProperty());
        languageStatus.visibleProperty().bind(language.statusProperty().isNotEmpty());
        languageStatus.managedProperty().bind(languageStatus.visibleProperty());
        language.load();
        businessField.textProperty().bindBidirectional(model.businessProperty());
        ownerField.textProperty().bindBidirectional(model.ownerProperty());
        currencyField.textProperty().bindBidirectional(model.currencyProperty());
        whatWeDoField.textProperty().bindBidirectional(model.whatWeDoProperty());
        showError(currencyField, currencyError, model.errorProperty(SettingsViewModel.CURRENCY));
        showError(whatWeDoField, whatWeDoError, model.errorProperty(SettingsViewModel.WHAT_WE_DO));
        giftPercentField.textProperty().bindBidirectional(model.giftPercentProperty());
        cadenceField.textProperty().bindBidirectional(model.cadenceDaysProperty());
        handwrittenCardsSwitch.selectedProperty().bindBidirectional(model.handwrittenCardsProperty());
        publicThanksSwitch.selectedProperty().bindBidirectional(model.publicThanksProperty());
        giftsSwitch.selectedProperty().bindBidirectional(model.giftsProperty());
        clientCallbacksSwitch.selectedProperty().bindBidirectional(model.clientCallbacksProperty());
        vipInvitesSwitch.selectedProperty().bindBidirectional(model.vipInvitesProperty());
        vipMonthBox.setItems(model.months());
        vipMonthBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Month month) {
                return model.monthName(month);
            }

            @Override
            public Month fromString(String text) {
                return null;
            }
        });
        vipMonthBox.valueProperty().bindBidirectional(model.vipMonthProperty());
        giftPercentField.disableProperty().bind(model.giftsProperty().not());
        vipMonthBox.disableProperty().bind(model.vipInvitesProperty().not());

        showError(businessField, businessError, model.errorProperty(SettingsViewModel.BUSINESS));
        showError(ownerField, ownerError, model.errorProperty(SettingsViewModel.OWNER));
        ownerEmailsField.textProperty().bindBidirectional(model.ownerEmailsProperty());
        showError(ownerEmailsField, ownerEmailsError, model.errorProperty(SettingsViewModel.OWNER_EMAILS));
        showError(giftPercentField, giftPercentError, model.errorProperty(SettingsViewModel.GIFT_PERCENT));
        showError(cadenceField, cadenceError, model.errorProperty(SettingsViewModel.CADENCE));
        statusLabel.textProperty().bind(model.statusProperty());
        Announcer.watch(statusLabel);
        saveButton.disableProperty().bind(model.busyProperty().or(model.loadedProperty().not()));
        revertButton.disableProperty().bind(model.busyProperty().or(model.loadedProperty().not()));

        templatesTab.setContent(navigator.templateEditor());
        model.load();
    }

    /** Shows the template editor's tab (e.g. when another screen sends the owner to it). */
    public void showTemplates() {
        tabs.getSelectionModel().select(templatesTab);
    }

    @FXML
    private void save() {
        model.save();
    }

    /** Names or playbook settings typed and not saved (the template editor answers for its own). */
    @Override
    public boolean hasUnsavedWork() {
        return model.hasUnsavedEdits();
    }

    @Override
    public void saveThen(Runnable saved) {
        model.save(saved);
    }

    @FXML
    private void revert() {
        model.revert();
    }

    /** A field's problem: its message under it, the field in the danger colour. */
    private static void showError(javafx.scene.control.TextInputControl field, Label label,
            ReadOnlyStringProperty error) {
        label.textProperty().bind(error);
        label.visibleProperty().bind(error.isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        error.addListener((obs, old, message) -> field.pseudoClassStateChanged(Styles.STATE_DANGER, !message.isEmpty()));
    }
}
