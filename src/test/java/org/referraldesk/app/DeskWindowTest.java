package org.referraldesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a fresh database in a temp folder, headless, at a fixed time. */
abstract class DeskWindowTest extends FxRobot {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    Desk desk;
    /** The desk's store, as the window uses it. */
    Store store;
    Stage stage;
    /** What the Data screen's file dialogs pick. */
    final PickedFiles files = new PickedFiles();
    /** The default locale before a test that speaks another language (see {@link #locale(TestInfo)}). */
    private java.util.Locale before;

    @BeforeEach
    void showWindow(TestInfo test) throws Exception {
        before = java.util.Locale.getDefault();
        if (locale(test) != null) {
            java.util.Locale.setDefault(locale(test)); // as Launcher does at start-up, before any text loads
        }
        stage = FxToolkit.registerPrimaryStage();
        store = Store.open(dir.resolve("desk"));
        if (!asksForTheNames(test)) {
            new OwnerSettings(store).markWelcomed();
        }
        fill(store);
        desk = new Desk(store, clock(), files, org.referraldesk.service.LanguageChoice.in(dir.resolve("data")));
        FxToolkit.setupStage(desk::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Whether the window opens on a desk that was never asked for the owner's names, so the
     * first-start dialog shows over it. The other window tests start on a desk that was asked and
     * put it off ("Later"): their desks stay unnamed, and nothing covers the window.
     */
    boolean asksForTheNames(TestInfo test) {
        return false;
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        desk.close();
        java.util.Locale.setDefault(before);
    }

    /** The language the window speaks (the default locale while the test runs); null: the JVM's. */
    java.util.Locale locale(TestInfo test) {
        return null;
    }

    /** What the desk holds before the window opens; nothing unless a test says. */
    void fill(Store store) {
    }

    /** The desk's clock; a test that lets time pass gives a MutableClock. */
    Clock clock() {
        return CLOCK;
    }

    void waitUntilVisible(String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup(query).tryQuery().map(Node::isVisible).orElse(false));
    }

    /** Opens the Referrals list from the rail: the window starts on Today. */
    void openReferrals() throws Exception {
        waitUntilVisible("#referralsNav");
        clickOn("#referralsNav");
        waitUntilVisible(".referral-list");
    }

    /** Opens the (empty) Referrals list, clicks "Add sample data" and waits for the forty-eight stories. */
    TableView<ReferralSummary> addSampleData() throws Exception {
        openReferrals();
        waitUntilVisible("Add sample data");
        clickOn("Add sample data");
        TableView<ReferralSummary> table = lookup(".referral-table").queryTableView();
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> table.getItems().size() == 48 && table.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    /** The main window as target/screenshots/NAME.png, which must have content. */
    void shoot(String name) throws java.io.IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(stage.getScene(), name);
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.size(file) > 5_000, name + " has content");
    }

    /** The window that holds the node {@code query} finds (a dialog) as target/screenshots/NAME.png. */
    void shootWindow(String query, String name) throws java.io.IOException {
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Screenshots.take(lookup(query).query().getScene(), name);
        org.junit.jupiter.api.Assertions.assertTrue(java.nio.file.Files.size(file) > 5_000, name + " has content");
    }

    /** The New referral dialog, once it shows. */
    protected Stage waitForNewReferral() throws java.util.concurrent.TimeoutException {
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> listWindows().stream().anyMatch(this::isNewReferral));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return (Stage) listWindows().stream().filter(this::isNewReferral).findFirst().orElseThrow();
    }

    private boolean isNewReferral(javafx.stage.Window window) {
        return window instanceof Stage s && window != stage && s.isShowing() && "New referral".equals(s.getTitle());
    }

    /** A text field of an open form, by its id ("#referrerName"). */
    protected javafx.scene.control.TextField formField(String id) {
        return lookup(id).queryAs(javafx.scene.control.TextField.class);
    }

    /** The New referral form's Save button. */
    protected javafx.scene.control.Button newReferralSave() {
        return lookup(".new-referral-dialog .button")
                .match((javafx.scene.control.Button b) -> "Save".equals(b.getText().replace("_", ""))).query();
    }
}
