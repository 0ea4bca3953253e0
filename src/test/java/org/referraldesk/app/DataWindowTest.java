package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.referraldesk.ui.data.BackupRow;
import org.testfx.util.WaitForAsyncUtils;

/** The Data screen in the real window: export, back up, and a restore only after "Replace everything". */
class DataWindowTest extends DeskWindowTest {

    void openData() throws Exception {
        clickOn("#dataNav");
        waitUntilVisible(".data-screen");
        WaitForAsyncUtils.waitForFxEvents();
    }

    void waitForStatus(String start) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> lookup(".data-status").tryQuery()
                .map(l -> ((Label) l).getText().startsWith(start)).orElse(false));
    }

    String status() {
        return lookup(".data-status").queryAs(Label.class).getText();
    }

    @Test
    void exportingEverythingWritesTheFileTheOwnerPicked() throws Exception {
        openData();
        Path file = dir.resolve("everything.json");
        files.pick(file);

        clickOn("Export JSON…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status().endsWith("rows written to everything.json."));

        assertEquals("referral-desk-export-2026-11-23.json", files.lastSuggestedName());
        assertTrue(Files.readString(file).startsWith("{\n  \"format\": \"referral-desk-export\""));
    }

    @Test
    void aRestoreAsksFirstAndCancellingChangesNothing() throws Exception {
        openData();
        Path backup = dir.resolve("desk.rdbackup");
        files.pick(backup);
        clickOn("Back up to a file…");
        waitForStatus("Backed up ");

        files.pick(backup);
        clickOn("Restore…");
        waitUntilVisible("Replace everything");
        clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(status().startsWith("Backed up "), "cancelled: nothing happened");

        files.pick(backup);
        clickOn("Restore…");
        waitUntilVisible("Replace everything");
        clickOn("Replace everything");
        waitForStatus("Restored ");
        Path safety = dir.resolve("backups").resolve("desk-2026-11-23-0900-before-restore.rdbackup");
        assertTrue(status().endsWith("backed up in " + safety + "."), status());
        assertTrue(Files.exists(safety));
    }

    @Test
    void theBackupsBesideTheDeskAreListedAndBackUpNowAddsOne() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(
                dir.resolve("backups").resolve("desk-2026-11-23-0900-daily.rdbackup")));
        openData();
        TableView<BackupRow> list = lookup(".backup-table").match(javafx.scene.Node::isVisible).queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        assertEquals(new BackupRow("23 Nov 2026, 09:00", "Daily", 0, 0,
                dir.resolve("backups").resolve("desk-2026-11-23-0900-daily.rdbackup")), list.getItems().get(0),
                "taken at start, when the window showed");
        assertTrue(lookup("Restore selected…").queryButton().isDisabled(), "nothing chosen yet");

        clickOn("Back up now");
        waitForStatus("Backed up ");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 2);

        assertEquals("Backed up 0 stories and 0 contacts to desk-2026-11-23-0900-by-hand.rdbackup.", status());
        assertEquals("By hand", list.getItems().get(0).reason());
        assertTrue(Files.exists(dir.resolve("backups").resolve("desk-2026-11-23-0900-by-hand.rdbackup")));
    }

    @Test
    void aListedBackupRestoresThroughTheSameQuestion() throws Exception {
        addSampleData();
        openData();
        interact(() -> lookup(".data-scroll").match(javafx.scene.Node::isVisible).queryAs(ScrollPane.class)
                .setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        clickOn("Back up now");
        waitForStatus("Backed up 48 stories");
        TableView<BackupRow> list = lookup(".backup-table").match(javafx.scene.Node::isVisible).queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(row -> row.stories() == 48));
        interact(() -> list.getSelectionModel().select(0));
        clickOn("Restore selected…");
        waitUntilVisible("Replace everything");
        clickOn("Replace everything");
        waitForStatus("Restored ");

        assertTrue(status().startsWith("Restored 48 stories"), status());
        assertTrue(status().contains("desk-2026-11-23-0900-before-restore.rdbackup"), status());
    }
}
