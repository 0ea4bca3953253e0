package org.referraldesk.ui.imports;

import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.referraldesk.service.ContactImport;
import org.referraldesk.service.Importer;
import org.referraldesk.service.ReferralImport;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FilePicker;
import org.referraldesk.ui.common.LoadedView;
import org.referraldesk.ui.common.ViewLoader;

/**
 * "Import contacts…" and "Import web-form referrals…": a file chooser, then the import dialog
 * (columns, preview, trial report, Import with progress and Cancel, the final report).
 */
public final class ImportDialogs {
    private static final double WIDTH = 960;
    private static final double HEIGHT = 760;
    private final ViewLoader views;
    private final BackgroundTasks tasks;
    private final Executor fxThread;
    private final ContactImport contacts;
    private final ReferralImport referrals;
    private final FilePicker files;

    public ImportDialogs(ViewLoader views, BackgroundTasks tasks, Executor fxThread, ContactImport contacts,
            ReferralImport referrals, FilePicker files) {
        this.files = files;
        this.views = views;
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.contacts = contacts;
        this.referrals = referrals;
    }

    public void importContacts(Window owner, Runnable onImported) {
        Path file = choose(owner, true);
        if (file != null) {
            show(owner, contacts, file, "import.contacts.title", onImported);
        }
    }

    public void importReferrals(Window owner, Runnable onImported) {
        Path file = choose(owner, false);
        if (file != null) {
            show(owner, referrals, file, "import.referrals.title", onImported);
        }
    }

    private void show(Window owner, Importer importer, Path file, String titleKey, Runnable onImported) {
        ResourceBundle text = views.textFor(ImportController.class);
        LoadedView<ImportController> view = views.loadWithController(ImportController.class, "ImportView");
        ImportViewModel model = new ImportViewModel(importer, tasks, fxThread, text);
        view.controller().bind(model);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(text.getString(titleKey));
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        pane.getStyleClass().add("import-dialog");
        pane.setContent(view.root());
        pane.setPrefWidth(940);
        ButtonType run = new ButtonType(text.getString("import.run"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(text.getString("import.cancel"), ButtonData.CANCEL_CLOSE);
        pane.getButtonTypes().setAll(run, cancel);
        Button runButton = (Button) pane.lookupButton(run);
        runButton.disableProperty().bind(model.reportProperty().isNull().or(model.busyProperty())
                .or(model.importingProperty()));
        runButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            model.importNow();
        });
        Button cancelButton = (Button) pane.lookupButton(cancel);
        cancelButton.addEventFilter(ActionEvent.ACTION, event -> {
            if (model.importingProperty().get()) {
                event.consume();
                model.cancel();
            }
        });
        dialog.setOnCloseRequest(event -> {
            if (model.importingProperty().get()) {
                event.consume();
                model.cancel();
            }
        });
        model.doneProperty().addListener((obs, was, done) -> {
            if (done) {
                ButtonType close = new ButtonType(text.getString("import.close"), ButtonData.CANCEL_CLOSE);
                pane.getButtonTypes().setAll(close);
                ((Button) pane.lookupButton(close)).setDefaultButton(true);
                onImported.run();
            }
        });
        dialog.setOnShown(event -> fitToScreen(pane));
        model.open(file);
        dialog.show();
    }

    /**
     * A fixed, roomy size within the screen: the dialog opens before the file is read, so its
     * preferred size at that moment (no columns, no preview) would be far too small.
     */
    private static void fitToScreen(DialogPane pane) {
        Window window = pane.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        window.setWidth(Math.min(WIDTH, screen.getWidth() - 40));
        window.setHeight(Math.min(HEIGHT, screen.getHeight() - 40));
        window.setX(screen.getMinX() + (screen.getWidth() - window.getWidth()) / 2);
        window.setY(screen.getMinY() + (screen.getHeight() - window.getHeight()) / 2);
    }

    private Path choose(Window owner, boolean forContacts) {
        ResourceBundle text = views.textFor(ImportController.class);
        String title = text.getString(forContacts ? "import.chooser.contacts" : "import.chooser.referrals");
        return (forContacts
                ? files.open(owner, title, text.getString("import.filter.all"), "*.csv", "*.vcf", "*.vcard", "*.txt")
                : files.open(owner, title, text.getString("import.filter.csv"), "*.csv", "*.txt")).orElse(null);
    }
}
