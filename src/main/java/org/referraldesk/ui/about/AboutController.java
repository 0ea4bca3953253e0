package org.referraldesk.ui.about;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;

/** Wires the About view: the facts into their labels, the buttons to the view model. */
public final class AboutController {
    private final AboutViewModel model;

    @FXML private Label title;
    @FXML private Label vendor;
    @FXML private Label copyright;
    @FXML private Label licence;
    @FXML private Hyperlink licenceLink;
    @FXML private TextField dataFolder;
    @FXML private TextField logFolder;
    @FXML private Label runtime;
    @FXML private TitledPane licencePane;
    @FXML private TextArea licenceText;
    @FXML private Label status;

    public AboutController(AboutViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        title.setText(model.title());
        vendor.setText(model.vendor());
        copyright.setText(model.copyright());
        licence.setText(model.licence());
        licenceLink.setText(model.licenceLink());
        dataFolder.setText(model.dataFolder());
        logFolder.setText(model.logFolder());
        runtime.setText(model.runtime());
        licenceText.setText(model.licenceText().strip());
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        licencePane.expandedProperty().addListener((obs, was, open) -> resizeWindow());
    }

    /** The dialog grows when the licence text opens and shrinks back when it closes. */
    private void resizeWindow() {
        Platform.runLater(() -> {
            if (licencePane.getScene() != null && licencePane.getScene().getWindow() != null) {
                licencePane.getScene().getWindow().sizeToScene();
            }
        });
    }

    @FXML
    private void openDataFolder() {
        model.openDataFolder();
    }

    @FXML
    private void openLogFolder() {
        model.openLogFolder();
    }

    @FXML
    private void openLicenceLink() {
        model.openLicenceLink();
    }

    @FXML
    private void copyDetails() {
        model.copyDetails();
    }
}
