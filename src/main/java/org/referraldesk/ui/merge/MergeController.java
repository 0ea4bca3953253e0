package org.referraldesk.ui.merge;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.referraldesk.domain.Contact;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.FormView;

/** Wires the "Merge with…" dialog: the other record found and picked, both side by side, Merge. */
public final class MergeController {
    private final MergeViewModel model;

    @FXML private ResourceBundle resources;
    @FXML private DialogPane pane;
    @FXML private javafx.scene.layout.VBox findBox;
    @FXML private TextField find;
    @FXML private Label findError;
    @FXML private ListView<Contact> candidates;
    @FXML private GridPane sides;
    @FXML private javafx.scene.Node swapButton;
    @FXML private Label formError;

    public MergeController(MergeViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        FormView.bind(model.form(), MergeViewModel.FIND, find, findError);
        FormView.message(formError, model.form().formErrorProperty());
        pane.headerTextProperty().bind(model.headerProperty());
        candidates.setItems(model.candidates());
        candidates.setPlaceholder(new Label(resources.getString("merge.none")));
        candidates.setCellFactory(list -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list, never wider: a long line ends in "…", no sideways scrolling
            }

            @Override
            protected void updateItem(Contact contact, boolean empty) {
                super.updateItem(contact, empty);
                setText(empty || contact == null ? null : DuplicatesViewModel.describe(contact));
            }
        });
        candidates.getSelectionModel().selectedItemProperty().addListener((obs, old, picked) -> {
            if (picked != null) {
                model.pick(picked);
            }
        });
        find.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DOWN && !model.candidates().isEmpty()) {
                candidates.requestFocus();
                candidates.getSelectionModel().selectFirst();
            }
        });
        model.details().addListener((ListChangeListener<MergeDetail>) change -> layOut());
        model.counts().addListener((ListChangeListener<MergeCount>) change -> layOut());
        findBox.visibleProperty().bind(model.findingProperty());
        findBox.managedProperty().bind(findBox.visibleProperty());
        sides.visibleProperty().bind(Bindings.isNotNull(model.previewProperty()));
        sides.managedProperty().bind(sides.visibleProperty());
        swapButton.visibleProperty().bind(sides.visibleProperty());
        swapButton.managedProperty().bind(sides.visibleProperty());
    }

    /** The two records side by side: a row per detail (pick one value) and a row per kind of thing each has. */
    private void layOut() {
        sides.getChildren().clear();
        int row = 0;
        sides.addRow(row++, new Label(resources.getString("merge.detail")), title("merge.keep"), title("merge.other"));
        for (MergeDetail detail : model.details()) {
            if (detail.choice()) {
                ToggleGroup group = new ToggleGroup();
                RadioButton kept = value(detail.kept(), group);
                RadioButton other = value(detail.other(), group);
                (detail.fromOtherProperty().get() ? other : kept).setSelected(true);
                other.selectedProperty().addListener((obs, was, on) -> detail.fromOtherProperty().set(on));
                sides.addRow(row++, new Label(detail.label()), kept, other);
            } else {
                Label other = plain(detail.other());
                other.getStyleClass().add("text-muted");
                sides.addRow(row++, new Label(detail.label()), plain(detail.kept()), other);
            }
        }
        for (MergeCount count : model.counts()) {
            Label label = new Label(count.label());
            label.getStyleClass().add("merge-section");
            sides.addRow(row++, label, plain(count.kept()), plain(count.other()));
        }
    }

    private Label title(String key) {
        Label title = new Label(resources.getString(key));
        title.getStyleClass().add("merge-column-title");
        return title;
    }

    private Label plain(String text) {
        Label label = new Label(text == null ? resources.getString("merge.empty") : text);
        label.setWrapText(true);
        label.getStyleClass().add("merge-value");
        return label;
    }

    private RadioButton value(String text, ToggleGroup group) {
        RadioButton button = new RadioButton(text == null ? resources.getString("merge.empty") : text);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.getStyleClass().add("merge-value");
        return button;
    }

    @FXML
    private void swap() {
        model.swap();
    }

    /**
     * Opens the dialog for contact {@code keepId} ({@code otherId} already picked, or 0); {@code onMerged}
     * gets the kept record's id once merged (the other one when the owner chose to keep that instead).
     */
    public void open(long keepId, long otherId, Window owner, java.util.function.LongConsumer onMerged) {
        model.start(keepId, otherId);
        FormDialog dialog = new FormDialog(pane, owner, resources.getString("merge.title"));
        dialog.action(resources.getString("merge.ok"), Bindings.or(model.form().savingProperty(),
                Bindings.isNull(model.previewProperty())), close -> model.merge(() -> {
                    close.run();
                    onMerged.accept(model.keepId());
                }));
        dialog.show(find);
    }
}
