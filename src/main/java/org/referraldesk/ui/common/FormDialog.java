package org.referraldesk.ui.common;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * The one dialog shell for forms. It opens the pane over the owner, its save button keeps it open
 * until the form is stored, and it is always as tall as its content: a message that appears (or a
 * line that loads late) makes it grow, one that goes makes it shrink, so nothing is clipped. It grows
 * upwards: its bottom edge, and with it the buttons, stays where it is, so a message never moves a
 * button away from (or under) the pointer. Its width is the content's when it opens.
 */
public final class FormDialog {
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final DialogPane pane;
    private double bottom = Double.NaN;
    private boolean moving;
    /** Runs the save button's work; set by {@link #action}. */
    private Runnable saveNow = () -> { };
    /** True once the dialog may close without asking: what was typed is stored, or the owner discarded it. */
    private boolean released;

    public FormDialog(DialogPane pane, Window owner, String title) {
        this.pane = pane;
        dialog.initOwner(owner);
        dialog.setTitle(title);
        scrolls(pane);
        dialog.setDialogPane(pane);
        pane.getStylesheets().add(FormDialog.class.getResource("form.css").toExternalForm());
        if (owner != null && owner.getScene() != null) {
            pane.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        pane.needsLayoutProperty().addListener((obs, was, needs) -> {
            if (!needs) {
                fitHeight();
            }
        });
        Window window = pane.getScene() == null ? null : pane.getScene().getWindow();
        if (window == null) {
            throw new IllegalStateException("A dialog's pane is in the dialog's window");
        }
        keepBottom(window);
    }

    /**
     * The pane's content in a scroll pane, and its buttons whole: on a screen shorter than the form (1024 × 768) the dialog
     * stops at the screen's height and its content scrolls, rather than running off the screen with
     * its buttons (ADR 0022). Its own inputs are looked up before this, while they are its children.
     */
    private static void scrolls(DialogPane pane) {
        Node content = pane.getContent();
        if (content != null && !(content instanceof ScrollPane)) {
            ScrollPane scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            scroll.setFocusTraversable(false);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.getStyleClass().addAll("edge-to-edge", "form-scroll");
            pane.setContent(scroll);
        }
        // the buttons keep their whole labels ("Save and add another"): each as wide as its own label,
        // not all as wide as the widest (which ran past a 600-pixel form), and never narrower
        for (ButtonType type : pane.getButtonTypes()) {
            if (pane.lookupButton(type) instanceof Button button) {
                ButtonBar.setButtonUniformSize(button, false);
                button.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }

    /** Whoever changes the window's height, its bottom edge (and the buttons) stay where they are. */
    private void keepBottom(Window window) {
        window.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, event -> bottom = window.getY() + window.getHeight());
        window.yProperty().addListener((obs, old, y) -> {
            if (!moving && window.isShowing()) {
                bottom = y.doubleValue() + window.getHeight();
            }
        });
        window.heightProperty().addListener((obs, old, height) -> {
            if (!window.isShowing() || Double.isNaN(bottom)) {
                return;
            }
            Rectangle2D screen = screenOf(window);
            moving = true;
            window.setY(Math.max(screen.getMinY(), bottom - height.doubleValue()));
            moving = false;
        });
    }

    private static Rectangle2D screenOf(Window window) {
        return Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(), window.getHeight())
                .stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }

    /**
     * Opens a {@link DialogForm}: the inputs in {@code pane}'s content named after its fields
     * ({@link FormView#bindAll}), the header and save button from the form.
     */
    public static Dialog<ButtonType> open(DialogPane pane, DialogForm<?> form, Window owner, String title) {
        pane.setHeaderText(form.header());
        FormView.bindAll(pane.getContent(), form.input());
        Node first = form.fields().stream().map(name -> pane.getContent().lookup("#" + name))
                .filter(node -> node != null).findFirst().orElse(null);
        FormDialog shell = new FormDialog(pane, owner, title);
        shell.action(form.action(), form.savingProperty(), form::submit);
        shell.asksBeforeDropping(form.input());
        shell.show(first);
        return shell.dialog;
    }

    /**
     * Opens {@code pane} over {@code owner}, its inputs already bound to {@code form}; its save button
     * (labelled {@code action}) runs {@code save}, which calls the given Runnable once stored to close it.
     */
    public static Dialog<ButtonType> open(DialogPane pane, Window owner, String title, String action, FormFields form,
            Consumer<Runnable> save, Node focus) {
        FormDialog shell = new FormDialog(pane, owner, title);
        shell.action(action, form.savingProperty(), save);
        shell.asksBeforeDropping(form);
        shell.show(focus);
        return shell.dialog;
    }

    /**
     * The pane's OK_DONE button: labelled {@code label} (null keeps its own), disabled while
     * {@code disabled} holds, and running {@code save} with a Runnable that closes the dialog. Days
     * typed but not yet committed are taken first.
     */
    public Button action(String label, ObservableBooleanValue disabled, Consumer<Runnable> save) {
        ButtonType ok = pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonData.OK_DONE)
                .findFirst().orElseThrow();
        Button button = (Button) pane.lookupButton(ok);
        if (label != null) {
            button.setText(label);
        }
        button.getStyleClass().add(Styles.ACCENT);
        button.disableProperty().bind(disabled);
        saveNow = () -> {
            commitTyped();
            save.accept(() -> {
                released = true;
                dialog.setResult(ok);
                dialog.close();
            });
        };
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            saveNow.run();
        });
        return button;
    }

    /** Takes the days typed into the dialog's date fields but not yet committed (before any save). */
    public void commitTyped() {
        pane.lookupAll(".date-field").forEach(node -> ((DateField) node).commitTyped());
    }

    /** As {@link #asksBeforeLosing}, for a form whose fields are all in {@code form}: what they hold as it opens counts as nothing typed. */
    private void asksBeforeDropping(FormFields form) {
        form.markUnchanged();
        asksBeforeLosing(form::changed);
    }

    /**
     * Typed work is never lost (ADR 0010): closing the dialog without saving (Cancel, Escape, the
     * window's close box) while {@code typed} holds asks Save / Discard / Keep editing first. Save
     * runs the save button's work, which closes the dialog once stored.
     */
    public void asksBeforeLosing(java.util.function.BooleanSupplier typed) {
        dialog.setOnCloseRequest(event -> {
            if (released || !typed.getAsBoolean()) {
                return;
            }
            event.consume();
            LeaveQuestion.shared().ask(pane.getScene().getWindow(), saveNow, () -> {
                released = true;
                dialog.close();
            }, () -> { });
        });
    }

    /** Lets the dialog close without asking (e.g. it has just stored what was typed). */
    public void release() {
        released = true;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    /** Shows the dialog without blocking, the caret in {@code focus} (may be null). */
    public void show(Node focus) {
        if (focus != null) {
            dialog.setOnShown(event -> Platform.runLater(focus::requestFocus));
        }
        dialog.show();
    }

    /**
     * Makes the window as tall as the pane wants to be at its width ({@link #keepBottom} keeps the
     * buttons in place). (Stage.sizeToScene asks at no particular width, so wrapped messages would not fit.)
     */
    private void fitHeight() {
        Scene scene = pane.getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        double missing = pane.prefHeight(scene.getWidth()) - scene.getHeight();
        double tallest = screenOf(window).getHeight();
        double height = Math.min(tallest, window.getHeight() + missing);
        if (Math.abs(height - window.getHeight()) <= 0.5) {
            return;
        }
        window.setHeight(height);
    }
}
