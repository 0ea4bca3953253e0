package org.referraldesk.ui.today;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FilePicker;
import org.referraldesk.ui.common.FormDialog;
import org.referraldesk.ui.common.Navigator;
import org.referraldesk.ui.common.ViewLoader;

/** Wires the Today screen to its view model; the rows' buttons call the view model's commands. */
public final class TodayController implements TodayRows.Actions {
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
    @FXML private VBox overdueGroups;
    @FXML private VBox dueTodayGroups;
    @FXML private VBox nextWeekGroups;
    @FXML private Label overdueNone;
    @FXML private Label dueTodayNone;
    @FXML private Label nextWeekNone;
    @FXML private Label emptyBody;
    @FXML private Button goToReferrals;

    public TodayController(TodayViewModel model, Navigator navigator, ViewLoader views,
            CalendarExportViewModel calendar, FilePicker files) {
        this.files = files;
        this.calendar = calendar;
        this.model = model;
        this.navigator = navigator;
        this.views = views;
    }

    @FXML
    private void initialize() {
        exportStatus.textProperty().bind(calendar.statusProperty());
        TodayRows rows = new TodayRows(resources, this);
        dateLabel.setText(model.dateText());
        overdueCount.textProperty().bind(model.overdueCountProperty().asString());
        dueTodayCount.textProperty().bind(model.dueTodayCountProperty().asString());
        nextWeekCount.textProperty().bind(model.nextWeekCountProperty().asString());
        messageLabel.textProperty().bind(model.messageProperty());
        messageLabel.visibleProperty().bind(model.messageProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());
        section(model.overdue(), overdueGroups, overdueNone, rows);
        section(model.dueToday(), dueTodayGroups, dueTodayNone, rows);
        section(model.nextWeek(), nextWeekGroups, nextWeekNone, rows);
        agendaPane.visibleProperty().bind(model.loadedProperty().and(model.nothingDueProperty().not()));
        emptyState.visibleProperty().bind(model.loadedProperty().and(model.nothingDueProperty()));
        loadingState.visibleProperty().bind(model.loadedProperty().not());
        emptyBody.textProperty().bind(Bindings.when(model.emptyDeskProperty())
                .then(resources.getString("empty.bodyEmptyDesk")).otherwise(resources.getString("empty.body")));
        goToReferrals.visibleProperty().bind(model.emptyDeskProperty());
        goToReferrals.managedProperty().bind(goToReferrals.visibleProperty());
        model.load();
    }

    private static void section(ObservableList<TodayGroup> groups, VBox box, Label none, TodayRows rows) {
        groups.addListener((ListChangeListener<TodayGroup>) change ->
                box.getChildren().setAll(groups.stream().map(rows::group).toList()));
        none.visibleProperty().bind(Bindings.isEmpty(groups));
        none.managedProperty().bind(none.visibleProperty());
    }

    @FXML
    private void goToReferrals() {
        navigator.showReferrals();
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
        openDialog("PickDateDialog", model.snoozeForm(item));
    }

    @Override
    public void skip(TodayItem item) {
        openDialog("SkipDialog", model.skipForm(item));
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
