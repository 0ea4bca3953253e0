package org.referraldesk.ui.today;

import org.referraldesk.ui.common.Announcer;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.SetChangeListener;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.referraldesk.ui.common.DeskChanges;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FilePicker;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.ViewLoader;

/**
 * Wires the Today screen to its view model: one list (only the lines on screen become nodes) whose
 * rows' buttons call the view model's commands. While
 * shown it reads the agenda again on every {@link DeskChanges} signal; Ctrl+A picks every row.
 */
public final class TodayController implements TodayRows.Actions {
    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN);
    private final CalendarExportViewModel calendar;
    @FXML private javafx.scene.control.Label exportStatus;

    private final TodayViewModel model;
    private final Navigator navigator;
    private final ViewLoader views;
    private final FilePicker files;

    @FXML private ResourceBundle resources;
    @FXML private Node agendaPane;
    @FXML private Node emptyState;
    @FXML private Node loadingState;
    @FXML private Label dateLabel;
    @FXML private Label overdueCount;
    @FXML private Label dueTodayCount;
    @FXML private Label nextWeekCount;
    @FXML private Label messageLabel;
    @FXML private ListView<TodayLine> agendaList;
    @FXML private Label emptyBody;
    @FXML private Button goToReferrals;
    @FXML private Node root;
    @FXML private Node bars;
    @FXML private Node undoBar;
    @FXML private Label undoLabel;
    @FXML private Node pickedBar;
    @FXML private Label pickedLabel;
    private final DeskChanges changes;
    private TodayRows rows;

    public TodayController(TodayViewModel model, Navigator navigator, ViewLoader views,
            CalendarExportViewModel calendar, FilePicker files, DeskChanges changes) {
        this.files = files;
        this.changes = changes;
        this.calendar = calendar;
        this.model = model;
        this.navigator = navigator;
        this.views = views;
    }

    @FXML
    private void initialize() {
        exportStatus.textProperty().bind(calendar.statusProperty());
        rows = new TodayRows(resources, this, model.selection().ids()::contains);
        model.selection().ids().addListener((SetChangeListener<Long>) change -> rows.showPicked(
                change.wasAdded() ? change.getElementAdded() : change.getElementRemoved(), change.wasAdded()));
        dateLabel.setText(model.dateText());
        model.dateProperty().addListener((obs, old, day) -> dateLabel.setText(day));
        overdueCount.textProperty().bind(model.overdueCountProperty().asString());
        dueTodayCount.textProperty().bind(model.dueTodayCountProperty().asString());
        nextWeekCount.textProperty().bind(model.nextWeekCountProperty().asString());
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.visibleProperty().bind(model.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        Announcer.watch(messageLabel);
        agendaList.setCellFactory(list -> rows.cell());
        agendaList.setItems(model.lines());
        agendaList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TodayLine focused = agendaList.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.SPACE && e.getTarget() == agendaList && focused != null && focused.item() != null) {
                model.selection().toggle(focused.item()); // the list has focus: Space picks its focused row
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == agendaList && focused != null
                    && focused.item() != null && !e.isShortcutDown() && !e.isAltDown()) {
                doneFromKeyboard(focused.item()); // Enter: the row's Done (Log gift…, Posted…), as its button
                e.consume();
            }
        });
        agendaPane.visibleProperty().bind(model.loadedProperty().and(model.nothingDueProperty().not()));
        emptyState.visibleProperty().bind(model.loadedProperty().and(model.nothingDueProperty()));
        loadingState.visibleProperty().bind(model.loadedProperty().not());
        emptyBody.textProperty().bind(model.emptyTextProperty());
        goToReferrals.visibleProperty().bind(model.emptyDeskProperty());
        goToReferrals.managedProperty().bind(goToReferrals.visibleProperty());
        undoBar.visibleProperty().bind(model.undoProperty().isNotNull());
        undoBar.managedProperty().bind(undoBar.visibleProperty());
        Announcer.watch(undoLabel, undoBar);
        undoLabel.textProperty().bind(Bindings.createStringBinding(() -> model.undoProperty().get() == null ? ""
                : model.undoProperty().get().said(), model.undoProperty()));
        pickedBar.visibleProperty().bind(model.pickedProperty().greaterThan(0));
        pickedBar.managedProperty().bind(pickedBar.visibleProperty());
        pickedLabel.textProperty().bind(Bindings.createStringBinding(
                () -> model.pickedText(model.pickedProperty().get()), model.pickedProperty()));
        bars.visibleProperty().bind(undoBar.visibleProperty().or(pickedBar.visibleProperty())
                .or(messageLabel.visibleProperty()));
        bars.managedProperty().bind(bars.visibleProperty());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SELECT_ALL.match(e) && !(e.getTarget() instanceof TextInputControl)) {
                model.selection().all();
                e.consume();
            }
        });
        changes.whileShown(root, model::load);
        model.load();
    }

    private void doneFromKeyboard(TodayItem item) {
        switch (item.kind()) {
            case GIFT -> logGift(item);
            case PUBLIC_THANKS -> posted(item);
            default -> done(item);
        }
    }

    @FXML
    private void goToReferrals() {
        navigator.showReferrals();
    }

    @Override
    public void copyMessage(TodayItem item) {
        model.copyMessage(item);
    }

    @Override
    public void emailDraft(TodayItem item) {
        model.emailDraft(item);
    }

    @Override
    public void toggle(TodayItem item) {
        model.selection().toggle(item);
    }

    @Override
    public void extendTo(TodayItem item) {
        model.selection().extendTo(item);
    }

    @FXML
    private void donePicked() {
        model.completePicked();
    }

    @FXML
    private void snoozePickedDay() {
        model.snoozePicked(1);
    }

    @FXML
    private void snoozePickedWeek() {
        model.snoozePicked(7);
    }

    @FXML
    private void pickDatePicked() {
        openDialog("PickDateDialog", model.snoozeForm(model.selection().items()));
    }

    @FXML
    private void skipPicked() {
        openDialog("SkipDialog", model.skipForm(model.selection().items()));
    }

    @FXML
    private void clearPicked() {
        model.selection().clear();
    }

    @FXML
    private void undo() {
        model.undo();
    }

    @Override
    public void done(TodayItem item) {
        model.complete(item);
    }

    @Override
    public void logGift(TodayItem item) {
        navigator.logGiftForFollowUp(item.id(), () -> model.afterDialog(item, "message.giftLogged"));
    }

    @Override
    public void posted(TodayItem item) {
        navigator.posted(item.id(), item.partnerName(), () -> model.afterDialog(item, "message.posted"));
    }

    @Override
    public void snooze(TodayItem item, int days) {
        model.snooze(item, days);
    }

    @Override
    public void pickDate(TodayItem item) {
        openDialog("PickDateDialog", model.snoozeForm(List.of(item)));
    }

    @Override
    public void skip(TodayItem item) {
        openDialog("SkipDialog", model.skipForm(List.of(item)));
    }

    private void openDialog(String view, DialogForm<?> form) {
        FormDialog.open((DialogPane) views.load(TodayController.class, view), form, navigator.window(), form.header());
    }

    @Override
    public void openStory(long referralId) {
        navigator.openStory(referralId);
    }

    @Override
    public void openPartner(long partnerId) {
        navigator.openPartner(partnerId);
    }

    /** Asks where to save the calendar file, then writes it in the background. */
    @FXML
    private void exportCalendar() {
        files.saveAs(navigator.window(), resources.getString("today.export"), calendar.suggestedFileName(),
                "iCalendar", "*.ics").ifPresent(calendar::exportTo);
    }
}
