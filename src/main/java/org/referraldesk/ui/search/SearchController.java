package org.referraldesk.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.referraldesk.ui.common.Navigator;

/**
 * Wires the desk-wide search box (over the window's screen): typing searches, Up and Down choose,
 * Enter or a click opens through the {@link Navigator}, Escape or a click beside the box closes it.
 */
public final class SearchController {
    private static final double MAX_LIST_HEIGHT = 420;
    private static final double LINE_HEIGHT = 50;
    private static final double HEADING_HEIGHT = 38;
    /** On the box while a search is running. */
    public static final PseudoClass SEARCHING = PseudoClass.getPseudoClass("searching");

    private final SearchViewModel model;
    private final Navigator navigator;
    private Runnable close = () -> { };

    @FXML private StackPane overlay;
    @FXML private Node box;
    @FXML private TextField field;
    @FXML private ListView<SearchLine> list;
    @FXML private Node noMatch;
    @FXML private Label noMatchLabel;
    @FXML private Button newReferralButton;
    @FXML private Label keys;
    @FXML private ResourceBundle resources;

    public SearchController(SearchViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
    }

    @FXML
    private void initialize() {
        field.textProperty().bindBidirectional(model.typedProperty());
        list.setItems(model.lines());
        list.setCellFactory(view -> new SearchCell());
        list.setFocusTraversable(false);
        Label nothingYet = new Label(resources.getString("search.nothingYet"));
        nothingYet.getStyleClass().add("search-no-match-hint");
        nothingYet.setWrapText(true);
        list.setPlaceholder(nothingYet); // an empty desk has no recent stories to show
        list.setPrefHeight(listHeight());
        model.chosenProperty().addListener((obs, old, line) -> showChosen());
        // new lines may hold the chosen one again (the same line found anew): keep it marked
        model.lines().addListener((ListChangeListener<SearchLine>) change -> {
            list.setPrefHeight(Math.min(MAX_LIST_HEIGHT, listHeight()));
            showChosen();
        });
        // a click chooses the line (Enter then opens it too); a heading is never chosen
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> {
            if (line != null && line.opens()) {
                model.choose(line);
            } else if (line != null) {
                showChosen();
            }
        });
        // a click opens the line it landed on; a click on a heading or the scroll bar opens nothing
        list.addEventFilter(MouseEvent.MOUSE_CLICKED, click -> {
            SearchLine line = clickedLine(click);
            if (line != null && line.opens()) {
                open(line);
            }
        });
        noMatchLabel.textProperty().bind(model.noMatchTextProperty());
        noMatch.visibleProperty().bind(model.noMatchTextProperty().isNotEmpty());
        noMatch.managedProperty().bind(noMatch.visibleProperty());
        keys.textProperty().bind(Bindings.when(noMatch.visibleProperty())
                .then(resources.getString("search.keys.noMatch")).otherwise(resources.getString("search.keys")));
        list.visibleProperty().bind(noMatch.visibleProperty().not());
        list.managedProperty().bind(list.visibleProperty());
        // marked while a search runs whose answer is not shown yet (window tests wait for it)
        model.searchingProperty().addListener((obs, old, now) -> box.pseudoClassStateChanged(SEARCHING, now));
        box.pseudoClassStateChanged(SEARCHING, model.searchingProperty().get());
        overlay.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        overlay.setOnMouseClicked(click -> {
            if (click.getTarget() == overlay) {
                close.run();
            }
        });
        model.start();
    }

    /** The line of the cell a click landed in; null beside the cells (the scroll bar, below the last line). */
    private static SearchLine clickedLine(MouseEvent click) {
        for (Node node = click.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof ListCell<?> cell) {
                return cell.isEmpty() ? null : (SearchLine) cell.getItem();
            }
            if (node instanceof ScrollBar || node instanceof ListView<?>) {
                return null;
            }
        }
        return null;
    }

    private void showChosen() {
        SearchLine line = model.chosenProperty().get();
        list.getSelectionModel().select(line);
        if (line != null) {
            list.scrollTo(Math.max(0, list.getItems().indexOf(line) - 1)); // with its group's heading
        }
    }

    /** The list as tall as its lines (a heading is lower than a line with its details), up to {@link #MAX_LIST_HEIGHT}. */
    private double listHeight() {
        if (model.lines().isEmpty()) {
            return LINE_HEIGHT + 16; // room for the placeholder
        }
        double height = 16;
        for (SearchLine line : model.lines()) {
            height += line.opens() ? LINE_HEIGHT : HEADING_HEIGHT;
        }
        return height;
    }

    private void key(KeyEvent key) {
        switch (key.getCode()) {
            case DOWN -> model.move(1);
            case UP -> model.move(-1);
            case ENTER -> model.enter(this::open, this::newReferral);
            case ESCAPE -> close.run();
            case TAB -> moveFocus(key.isShiftDown() ? -1 : 1); // focus stays inside the box
            default -> {
                return;
            }
        }
        key.consume();
    }

    /** Tab and Shift+Tab go round what the box shows: the field, the list with lines, New referral. */
    private void moveFocus(int step) {
        List<Node> ring = new ArrayList<>(List.of(field));
        if (list.isVisible() && !list.getItems().isEmpty()) {
            ring.add(list);
        }
        if (noMatch.isVisible()) {
            ring.add(newReferralButton);
        }
        int at = 0;
        for (Node owner = overlay.getScene().getFocusOwner(); owner != null; owner = owner.getParent()) {
            if (ring.contains(owner)) {
                at = ring.indexOf(owner);
                break;
            }
        }
        ring.get(Math.floorMod(at + step, ring.size())).requestFocus();
    }

    /** What takes the box away again (the window's shell gives it). */
    public void whenClosed(Runnable closing) {
        this.close = () -> {
            model.forgetEnter();
            closing.run();
        };
    }

    /** Puts the caret in the box, what was typed selected. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void open(SearchLine line) {
        close.run();
        switch (line.kind()) {
            case STORY -> navigator.openStory(line.id());
            case PARTNER -> navigator.openPartner(line.id());
            case CONTACT -> navigator.openContact(line.id());
            case HEADING -> { }
        }
    }

    /**
     * "New referral" beside "No match for …": the form with what was typed as the referrer's name (the
     * one the owner looked for and did not find), then the referrals list with the new story.
     */
    @FXML
    private void newReferral() {
        String typed = model.typedProperty().get().strip();
        close.run();
        navigator.newReferral(typed, navigator::showReferrals);
    }
}
