package org.referraldesk.ui.templates;

import org.referraldesk.ui.common.Announcer;
import javafx.beans.binding.Bindings;
import javafx.collections.SetChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.Recipients;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.ui.common.UnsavedWork;

/** Wires the template editor to its view model. */
public final class TemplatesController implements UnsavedWork {
    private final TemplatesViewModel model;

    @FXML private ListView<TemplateKind> kindList;
    @FXML private Label kindTitle;
    @FXML private Label usedWhen;
    @FXML private TextField subjectField;
    @FXML private TextArea bodyArea;
    @FXML private ChoiceBox<Recipients.Copy> copyChoice;
    @FXML private TextField blindCopyField;
    @FXML private Label flagsLabel;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button defaultButton;
    @FXML private Label statusLabel;
    @FXML private Label previewSubject;
    @FXML private Label previewBody;

    public TemplatesController(TemplatesViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        kindList.setItems(model.kinds());
        kindList.setCellFactory(list -> new KindCell());
        kindList.getSelectionModel().selectedItemProperty().addListener((obs, old, kind) -> {
            if (kind != null) {
                model.selectedProperty().set(kind);
            }
        });
        model.selectedProperty().addListener((obs, old, kind) -> kindList.getSelectionModel().select(kind));
        model.editedKinds().addListener((SetChangeListener<TemplateKind>) change -> kindList.refresh());

        kindTitle.textProperty().bind(Bindings.createStringBinding(
                () -> model.selectedProperty().get() == null ? "" : model.name(model.selectedProperty().get()),
                model.selectedProperty()));
        usedWhen.textProperty().bind(Bindings.createStringBinding(
                () -> model.usedWhen(model.selectedProperty().get()), model.selectedProperty()));
        subjectField.textProperty().bindBidirectional(model.subjectProperty());
        bodyArea.textProperty().bindBidirectional(model.bodyProperty());
        copyChoice.getItems().setAll(Recipients.Copy.values());
        copyChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Recipients.Copy copy) {
                return Labels.forOwner().of(copy);
            }

            @Override
            public Recipients.Copy fromString(String text) {
                throw new UnsupportedOperationException("a choice, never typed");
            }
        });
        copyChoice.valueProperty().bindBidirectional(model.copyProperty());
        blindCopyField.textProperty().bindBidirectional(model.blindCopyProperty());
        copyChoice.disableProperty().bind(model.loadedProperty().not());
        blindCopyField.disableProperty().bind(model.loadedProperty().not());
        subjectField.disableProperty().bind(model.loadedProperty().not());
        bodyArea.disableProperty().bind(model.loadedProperty().not());
        flagsLabel.textProperty().bind(model.flagsProperty());
        flagsLabel.visibleProperty().bind(model.flagsProperty().isNotEmpty());
        flagsLabel.managedProperty().bind(flagsLabel.visibleProperty());
        previewSubject.textProperty().bind(model.previewSubjectProperty());
        previewBody.textProperty().bind(model.previewBodyProperty());
        statusLabel.textProperty().bind(model.statusProperty());
        Announcer.watch(statusLabel);
        saveButton.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        revertButton.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        defaultButton.disableProperty().bind(model.loadedProperty().not().or(model.busyProperty()));
        model.load();
    }

    @FXML
    private void save() {
        model.save();
    }

    /** Templates edited and not saved, this one or others (ADR 0010: the shell asks before they go). */
    @Override
    public boolean hasUnsavedWork() {
        return model.hasUnsavedEdits();
    }

    @Override
    public void saveThen(Runnable saved) {
        model.saveAll(saved);
    }

    @FXML
    private void revert() {
        model.revert();
    }

    @FXML
    private void useDefault() {
        model.useDefault();
    }

    /** A kind by its readable name, marked while it has unsaved edits. */
    private final class KindCell extends ListCell<TemplateKind> {
        KindCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TemplateKind kind, boolean empty) {
            super.updateItem(kind, empty);
            if (empty || kind == null) {
                setText(null);
            } else {
                setText(model.listName(kind));
            }
        }
    }
}
