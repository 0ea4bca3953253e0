package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The accessible-name rule is not vacuous: on a small scene of named and unnamed controls it lists
 * exactly the unnamed ones (an icon alone, a prompt alone, a row that shows only a graphic).
 */
class AccessibleNamesCatchLeaksTest extends FxRobot {

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anIconOnlyButtonAPromptOnlyFieldAndAGraphicOnlyRowAreCaughtAndNothingElse() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        Button icon = new Button(null, new FontIcon("fth-star"));
        Button iconNamed = new Button(null, new FontIcon("fth-moon"));
        iconNamed.setAccessibleText("Switch to the dark theme");
        Button labelled = new Button("Save");
        TextField promptOnly = new TextField();
        promptOnly.setPromptText("e.g. Anna Keller");
        TextField typedOnly = new TextField("Anna Keller");
        Label nameLabel = new Label("Name");
        TextField named = new TextField("Anna Keller");
        nameLabel.setLabelFor(named);
        ListView<String> rows = new ListView<>(FXCollections.observableArrayList("Ben Ortiz"));
        rows.setAccessibleText("Stories");
        rows.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : new VBox(new Label(item)));
            }
        });
        Button hidden = new Button();
        hidden.setVisible(false);
        Button disabled = new Button();
        disabled.setDisable(true);
        FxToolkit.setupStage(s -> s.setScene(new Scene(new VBox(icon, iconNamed, labelled, promptOnly, typedOnly,
                nameLabel, named, rows, hidden, disabled), 400, 400)));
        FxToolkit.showStage();
        WaitForAsyncUtils.waitForFxEvents();

        List<String> unnamed = WaitForAsyncUtils.asyncFx(() -> AccessibleNames.unnamedIn(stage.getScene())).get();

        Node row = lookup(".list-cell").match((ListCell<?> cell) -> !cell.isEmpty()).query();
        assertEquals(List.of(AccessibleNames.describe(icon), AccessibleNames.describe(promptOnly),
                AccessibleNames.describe(typedOnly), AccessibleNames.describe(row)), unnamed);
    }
}
