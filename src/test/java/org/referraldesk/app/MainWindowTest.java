package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.store.Store;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window, headless: an empty desk, sample data, rows. */
class MainWindowTest extends FxRobot {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    private Desk desk;
    private Stage stage;

    @BeforeEach
    void showWindow() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        desk = new Desk(Store.open(dir.resolve("desk")), CLOCK);
        FxToolkit.setupStage(desk::show);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        desk.close();
    }

    @Test
    void anEmptyDeskOffersSampleDataAndThenShowsTheStories() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("Add sample data").tryQuery()
                .map(Node::isVisible).orElse(false));
        clickOn("Add sample data");
        TableView<ReferralSummary> table = lookup(".referral-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 40 && table.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(40, table.getItems().size());
        assertTrue(lookup("40 referrals").tryQuery().isPresent());
        String newestClient = table.getItems().get(0).clientName();
        assertTrue(lookup(".table-cell").match(LabeledMatchers.hasText(newestClient)).tryQuery().isPresent(),
                newestClient + " is on screen");
    }
}
