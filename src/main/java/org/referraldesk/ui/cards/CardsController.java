package org.referraldesk.ui.cards;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.referraldesk.domain.Paper;
import org.referraldesk.ui.common.FilePicker;
import org.referraldesk.ui.common.LoadedView;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.ViewLoader;

/** Wires the Cards screen: the preview, the paper, and the buttons that print, save and mark cards. */
public final class CardsController {
    private final CardsViewModel model;
    private final Navigator navigator;
    private final ViewLoader views;
    private final FilePicker files;

    @FXML private ResourceBundle resources;
    @FXML private ComboBox<Paper> paperChoice;
    @FXML private Button addButton;
    @FXML private StackPane printHolder;
    @FXML private Button printButton;
    @FXML private Button savePdfButton;
    @FXML private Button saveLabelsButton;
    @FXML private Button markButton;
    @FXML private Label summaryLabel;
    @FXML private Button tickAllButton;
    @FXML private Button tickNoneButton;
    @FXML private Label messageLabel;
    @FXML private VBox cardList;
    @FXML private Node listScroll;
    @FXML private Node emptyState;
    @FXML private Node loadingState;

    public CardsController(CardsViewModel model, Navigator navigator, ViewLoader views, FilePicker files) {
        this.files = files;
        this.model = model;
        this.navigator = navigator;
        this.views = views;
    }

    @FXML
    private void initialize() {
        paperChoice.setItems(model.papers());
        paperChoice.setButtonCell(new PaperCell());
        paperChoice.setCellFactory(list -> new PaperCell());
        paperChoice.valueProperty().bindBidirectional(model.paperProperty());
        CardPreview preview = new CardPreview(resources);
        model.rows().addListener((ListChangeListener<CardRow>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    cardList.getChildren().setAll(model.rows().stream().map(preview::entry).toList());
                    return;
                }
            }
        });
        boolean printer = CardPrinting.printerAvailable();
        printButton.disableProperty().bind(model.noneChosenProperty().or(model.busyProperty())
                .or(Bindings.createBooleanBinding(() -> !printer)));
        Tooltip.install(printHolder, new Tooltip(resources.getString(printer ? "cards.print.tip" : "cards.noPrinter")));
        for (Button button : List.of(savePdfButton, saveLabelsButton, markButton)) {
            button.disableProperty().bind(model.noneChosenProperty().or(model.busyProperty()));
        }
        addButton.disableProperty().bind(model.busyProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        org.referraldesk.ui.common.Announcer.watch(messageLabel);
        model.refusedProperty().addListener((obs, was, refused) -> {
            messageLabel.getStyleClass().remove("refused");
            if (refused) {
                messageLabel.getStyleClass().add("refused");
            }
        });
        emptyState.visibleProperty().bind(model.loadedProperty().and(Bindings.isEmpty(model.rows())));
        listScroll.visibleProperty().bind(Bindings.isNotEmpty(model.rows()));
        tickAllButton.visibleProperty().bind(listScroll.visibleProperty());
        tickNoneButton.visibleProperty().bind(listScroll.visibleProperty());
        loadingState.visibleProperty().bind(model.loadedProperty().not());
        model.load();
    }

    @FXML
    private void addPartners() {
        model.partnersToAdd(partners -> {
            LoadedView<AddPartnersController> loaded = views.loadWithController(AddPartnersController.class,
                    "AddPartnersDialog");
            loaded.controller().show(partners);
            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.initOwner(navigator.window());
            dialog.setTitle(resources.getString("add.title"));
            dialog.setHeaderText(partners.isEmpty() ? resources.getString("add.nobody")
                    : resources.getString("add.title"));
            ButtonType ok = new ButtonType(resources.getString("add.ok"), ButtonBar.ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(resources.getString("add.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
            dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
            dialog.getDialogPane().setContent(loaded.root());
            dialog.showAndWait().filter(ok::equals).ifPresent(button -> model.addPartners(loaded.controller().chosen()));
        });
    }

    @FXML
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.printed(0, "", false);
            return;
        }
        if (!job.showPrintDialog(navigator.window())) {
            job.cancelJob();
            return;
        }
        Paper paper = model.paperProperty().get();
        model.printPages(pages -> model.printed(pages.size(), job.getPrinter().getName(),
                CardPrinting.print(job, pages, paper)));
    }

    @FXML
    private void savePdf() {
        choose("cards.savePdf", model.fileName(false)).ifPresent(model::saveCardList);
    }

    @FXML
    private void saveLabels() {
        if (!model.labelsHaveAddresses()) {
            return;
        }
        choose("cards.saveLabels", model.fileName(true)).ifPresent(model::saveLabels);
    }

    /** Asks where to save ({@code title} names what); the view model writes the file in the background. */
    private Optional<Path> choose(String title, String suggested) {
        return files.saveAs(navigator.window(), resources.getString(title), suggested,
                resources.getString("pdf.filter"), "*.pdf");
    }

    @FXML
    private void markWritten() {
        model.markWrittenAndPosted();
    }

    @FXML
    private void tickAll() {
        model.chooseAll(true);
    }

    @FXML
    private void tickNone() {
        model.chooseAll(false);
    }

    /** A paper by its name. */
    private final class PaperCell extends ListCell<Paper> {
        @Override
        protected void updateItem(Paper paper, boolean empty) {
            super.updateItem(paper, empty);
            setText(empty ? null : model.paperName(paper));
        }
    }
}
