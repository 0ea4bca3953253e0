package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.service.DamagedDesk;
import org.referraldesk.service.Services;
import org.referraldesk.store.DamagedStore;
import org.referraldesk.store.Store;
import org.referraldesk.testing.DeskFiles;
import org.referraldesk.testing.TempDesk;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged desk file at start: the window says where it is kept, offers the newest backup, and restores it. */
class RescueWindowTest extends BeforeWindowTest {
    @TempDir
    Path dir;
    private Path file;
    private int stories;

    @BeforeEach
    void aDamagedDeskWithABackup() throws Exception {
        file = DeskFiles.filled(dir);
        Path backup = dir.resolve("backups").resolve("desk-2026-03-10.rdbackup");
        Files.createDirectories(backup.getParent());
        try (Services services = Services.on(Store.open(file), TempDesk.CLOCK, TempDesk.MADE_BY)) {
            services.exports().backup(backup);
        }
        try (Store store = Store.open(file)) {
            stories = store.inTransaction(tx -> tx.referrals().count());
        }
        DeskFiles.overwriteMiddle(file, 4096);
    }

    @Test
    void theNewestBackupIsOfferedAndRestoredInTheDesksPlace() throws Exception {
        DamagedDesk damaged = DamagedDesk.of(assertThrows(DamagedStore.class, () -> Store.open(file)));
        CompletableFuture<Optional<Store>> rescued = CompletableFuture.supplyAsync(
                () -> Rescue.offer(file, damaged, TempDesk.CLOCK, TempDesk.MADE_BY));
        waitUntilVisible(".rescue-dialog .button");

        String found = lookup(".rescue-found").match(BeforeWindowTest::showing).queryAs(Label.class).getText();
        assertTrue(found.contains(damaged.keptAt().orElseThrow().toString()), found);
        String offer = lookup(".rescue-offer").match(BeforeWindowTest::showing).queryAs(Label.class).getText();
        assertTrue(offer.contains(stories + " stories"), offer);
        assertTrue(offer.contains("is not in it"), offer);
        press("Restore this backup");

        try (Store store = rescued.get(30, TimeUnit.SECONDS).orElseThrow()) {
            assertEquals(stories, (int) store.inTransaction(tx -> tx.referrals().count()));
        }
        assertTrue(Files.exists(damaged.keptAt().orElseThrow()), "the damaged file is still kept");
    }

    @Test
    void quitLeavesEverythingAsItWas() throws Exception {
        DamagedDesk damaged = DamagedDesk.of(assertThrows(DamagedStore.class, () -> Store.open(file)));
        CompletableFuture<Optional<Store>> rescued = CompletableFuture.supplyAsync(
                () -> Rescue.offer(file, damaged, TempDesk.CLOCK, TempDesk.MADE_BY));
        waitUntilVisible(".rescue-dialog .button");
        press("Quit");
        assertFalse(rescued.get(20, TimeUnit.SECONDS).isPresent());
        assertFalse(Files.exists(file), "no new desk is made in its place");
    }
}
