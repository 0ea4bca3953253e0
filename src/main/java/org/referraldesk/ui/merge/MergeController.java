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
    @FXML private TextField find;
    @FXML private Label findError;
    @FXML private ListView<Contact> candidates;
    @FXML private GridPane sides;
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
            @Override
            protected void updateItem(Contact contact, boolean empty) {
                super.updateItem(contact, empty);
                setText(empty || contact == null ? null : line(contact));
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
        sides.visibleProperty().bind(Bindings.isNotNull(model.previewProperty()));
        sides.managedProperty().bind(sides.visibleProperty());
    }

    private static String line(Contact contact) {
        StringBuilder line = new StringBuilder(contact.name());
        for (String detail : new String[] {contact.company(), contact.email(), contact.phone()}) {
            if (detail != null) {
                line.append(" \u00b7 ").append(detail);
            }
        }
        return line.toString();
    }

    /** The two records side by side: a row per detail (pick one value) and a row per kind of thing each has. */
    private void layOut() {
        sides.getChildren().clear();
        int row = 0;
        sides.addRow(row++, new Label(resources.getString("merge.detail")), title("merge.keep"), title("merge.other"));
        for (MergeDetail detail : model.details()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton kept = value(detail.kept(), group);
            RadioButton other = value(detail.other(), group);
            other.setDisable(!detail.choice());
            kept.setDisable(!detail.choice());
            (detail.fromOtherProperty().get() ? other : kept).setSelected(true);
            other.selectedProperty().addListener((obs, was, on) -> detail.fromOtherProperty().set(on));
            other.getStyleClass().add("merge-other-" + row);
            kept.getStyleClass().add("merge-kept-" + row);
            sides.addRow(row++, new Label(detail.label()), kept, other);
        }
        Label has = new Label(resources.getString("merge.has"));
        has.getStyleClass().add("merge-section");
        sides.add(has, 0, row++, 3, 1);
        for (MergeCount count : model.counts()) {
            sides.addRow(row++, new Label(count.label()), new Label(count.kept()), new Label(count.other()));
        }
    }

    private Label title(String key) {
        Label title = new Label(resources.getString(key));
        title.getStyleClass().add("merge-column-title");
        return title;
    }

    private RadioButton value(String text, ToggleGroup group) {
        RadioButton button = new RadioButton(text == null ? resources.getString("merge.empty") : text);
        button.setToggleGroup(group);
        button.setWrapText(true);
        button.getStyleClass().add("merge-value");
        return button;
    }

    /** Opens the dialog for contact {@code keepId} ({@code otherId} already picked, or 0); {@code onMerged} runs once merged. */
    public void open(long keepId, long otherId, Window owner, Runnable onMerged) {
        model.start(keepId, otherId);
        FormDialog dialog = new FormDialog(pane, owner, resources.getString("merge.title"));
        dialog.action(resources.getString("merge.ok"), Bindings.or(model.form().savingProperty(),
                Bindings.isNull(model.previewProperty())), close -> model.merge(() -> {
                    close.run();
                    onMerged.run();
                }));
        dialog.show(find);
    }
}
