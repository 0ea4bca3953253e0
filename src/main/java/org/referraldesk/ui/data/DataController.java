package org.referraldesk.ui.data;

import org.referraldesk.ui.common.Announcer;
import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.referraldesk.ui.common.FilePicker;
import org.referraldesk.ui.common.RightAlignedCell;
import org.referraldesk.domain.Wording;

/** Wires the Data screen: each button picks a file (or a backup of the list), then hands it to the view model. */
public final class DataController {
    private final DataViewModel model;
    private final PasswordViewModel password;
    private final FilePicker files;

    @FXML private ResourceBundle resources;
    @FXML private Node page;
    @FXML private Label status;
    @FXML private Label backupsFolder;
    @FXML private TableView<BackupRow> backupTable;
    @FXML private TableColumn<BackupRow, String> takenColumn;
    @FXML private TableColumn<BackupRow, Number> storiesColumn;
    @FXML private TableColumn<BackupRow, Number> contactsColumn;
    @FXML private TableColumn<BackupRow, String> reasonColumn;
    @FXML private Button restoreChosenButton;
    @FXML private Label passwordState;
    @FXML private Button protectButton;
    @FXML private Button removePasswordButton;

    public DataController(DataViewModel model, PasswordViewModel password, FilePicker files) {
        this.model = model;
        this.password = password;
        this.files = files;
    }

    @FXML
    private void initialize() {
        status.textProperty().bind(model.statusProperty());
        status.visibleProperty().bind(model.statusProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        Announcer.watch(status);
        model.refusedProperty().addListener((obs, old, refused) -> {
            status.getStyleClass().remove("refused");
            if (refused) {
                status.getStyleClass().add("refused");
            }
        });
        page.disableProperty().bind(model.busyProperty());
        backupsFolder.setText(model.backupsFolderText());
        backupTable.setItems(model.backups());
        takenColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().takenAt()));
        storiesColumn.setCellValueFactory(row -> new ReadOnlyIntegerWrapper(row.getValue().stories()));
        contactsColumn.setCellValueFactory(row -> new ReadOnlyIntegerWrapper(row.getValue().contacts()));
        storiesColumn.setCellFactory(column -> new RightAlignedCell<>(String::valueOf));
        contactsColumn.setCellFactory(column -> new RightAlignedCell<>(String::valueOf));
        reasonColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().reason()));
        restoreChosenButton.disableProperty().bind(backupTable.getSelectionModel().selectedItemProperty().isNull());
        model.loadBackups();
        passwordState.textProperty().bind(password.stateProperty());
        protectButton.textProperty().bind(javafx.beans.binding.Bindings.when(password.onProperty())
                .then(resources.getString("data.password.change")).otherwise(resources.getString("data.password.protect")));
        removePasswordButton.visibleProperty().bind(password.onProperty());
        removePasswordButton.managedProperty().bind(password.onProperty());
        protectButton.disableProperty().bind(password.busyProperty());
        removePasswordButton.disableProperty().bind(password.busyProperty());
    }

    @FXML
    private void protect() {
        new PasswordDialog(password, resources).open(window());
    }

    /** Removing the password stores the desk unencrypted: the owner says so first. */
    @FXML
    private void removePassword() {
        ButtonType remove = new ButtonType(resources.getString("data.password.remove"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(resources.getString("data.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.WARNING, resources.getString("data.password.removeBody"), remove, cancel);
        confirm.initOwner(window());
        confirm.setTitle(resources.getString("data.password.removeTitle"));
        confirm.setHeaderText(resources.getString("data.password.removeHeader"));
        if (confirm.showAndWait().filter(remove::equals).isPresent()) {
            password.remove(() -> { });
        }
    }

    private Window window() {
        return status.getScene().getWindow();
    }

    private void save(String what, String extension, String kind, Consumer<Path> then) {
        files.saveAs(window(), resources.getString("data.chooser.save"), model.suggestedName(what, extension), kind,
                "*." + extension).ifPresent(then);
    }

    @FXML
    private void exportCsv() {
        save("contacts", "csv", resources.getString("data.kind.csv"), model::exportContactsCsv);
    }

    @FXML
    private void exportVcard() {
        save("contacts", "vcf", resources.getString("data.kind.vcard"), model::exportContactsVcard);
    }

    @FXML
    private void exportCalendar() {
        save("follow-ups", "ics", resources.getString("data.kind.ics"), model::exportCalendar);
    }

    @FXML
    private void exportJson() {
        save("export", "json", resources.getString("data.kind.json"), model::exportEverything);
    }

    @FXML
    private void backup() {
        save("", "rdbackup", resources.getString("data.kind.backup"), model::backup);
    }

    @FXML
    private void restore() {
        files.open(window(), resources.getString("data.chooser.open"), resources.getString("data.kind.restore"),
                "*.rdbackup", "*.json").ifPresent(file -> {
                    Path safety = model.safetyBackup();
                    if (confirmed(file, safety)) {
                        model.restore(file, safety);
                    }
                });
    }

    @FXML
    private void backUpNow() {
        model.backUpNow();
    }

    /** The chosen backup of the list, through the same restore as a picked file. */
    @FXML
    private void restoreChosen() {
        BackupRow chosen = backupTable.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            Path safety = model.safetyBackup();
            if (confirmed(chosen.file(), safety)) {
                model.restore(chosen.file(), safety);
            }
        }
    }

    /** Restoring replaces everything: the owner says so first, knowing a backup of today's data is made. */
    private boolean confirmed(Path file, Path safety) {
        ButtonType replace = new ButtonType(resources.getString("data.confirm.replace"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(resources.getString("data.confirm.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.WARNING, Wording.forOwner(resources).format("data.confirm.body",
                file.getFileName(), safety), replace, cancel);
        confirm.initOwner(window());
        confirm.setTitle(resources.getString("data.confirm.title"));
        confirm.setHeaderText(resources.getString("data.confirm.header"));
        confirm.getDialogPane().getStyleClass().add("restore-confirm");
        confirm.getDialogPane().setMinWidth(620);
        return confirm.showAndWait().filter(replace::equals).isPresent();
    }
}
