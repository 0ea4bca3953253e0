package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The Data screen in the real window: export, back up, and a restore only after "Replace everything". */
class DataWindowTest extends DeskWindowTest {

    void openData() throws Exception {
        clickOn("#dataNav");
        waitUntilVisible(".data-screen");
    }

    void waitForStatus(String start) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(".data-status").tryQuery()
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
        assertTrue(status().contains("before-restore-2026-11-23-0900.rdbackup"), status());
        assertTrue(Files.exists(dir.resolve("before-restore-2026-11-23-0900.rdbackup")));
    }
}
