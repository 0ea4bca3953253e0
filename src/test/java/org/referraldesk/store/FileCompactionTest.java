package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Contact;

class FileCompactionTest {
    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    private static final int COMMITS = 700;

    @TempDir
    Path dir;

    @Test
    void aNewDeskClosesCompactedFromWhatItsMigrationsWrote() throws Exception {
        Path desk = dir.resolve("desk");
        Store.open(desk).close();
        assertTrue(Files.size(Store.fileOf(desk)) < FileGrowth.SMALL / 8, "the migrations' chunks are gone");
    }

    @Test
    void aFileGrownByManyCommitsIsCompactedWhenTheDeskCloses() throws Exception {
        Path desk = dir.resolve("desk");
        long grown;
        try (Store store = Store.open(desk)) {
            commitOneByOne(store);
            grown = Files.size(store.file());
            assertTrue(grown > FileGrowth.SMALL, () -> "the commits grew the file to " + grown);
        }
        long closed = Files.size(Store.fileOf(desk));
        assertTrue(closed * 3 < grown, () -> "closed at " + closed + " bytes after growing to " + grown);
        assertFalse(Files.exists(dir.resolve("desk.mv.db.tempFile")), "H2's compaction file is gone");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(Store.fileOf(desk))), "the compacted file is the owner's only");
        }
        try (Store store = Store.open(desk)) {
            assertEquals(COMMITS, (int) store.inTransaction(tx -> tx.contacts().count()));
        }
    }

    @Test
    void aSmallDeskIsLeftAsItIs() throws Exception {
        Store.open(dir.resolve("desk")).close();
        try (Store store = Store.open(dir.resolve("desk"))) {
            store.useTransaction(tx -> tx.contacts().insert(Contact.named("Junior Miller", null), NOW));
            assertFalse(store.compactIfGrown(), "a small file is not worth a compaction");
            assertEquals(1, (int) store.inTransaction(tx -> tx.contacts().count()));
        }
    }

    @Test
    void afterALargeImportTheOpenDeskIsCompactedAndGoesOn() throws Exception {
        try (Store store = Store.open(dir.resolve("desk"))) {
            commitOneByOne(store);
            long grown = Files.size(store.file());
            assertTrue(store.compactIfGrown(), "compacted");
            long compacted = Files.size(store.file());
            assertTrue(compacted * 3 < grown, () -> "compacted to " + compacted + " bytes from " + grown);
            store.useTransaction(tx -> tx.contacts().insert(Contact.named("After", null), NOW));
            assertEquals(COMMITS + 1, (int) store.inTransaction(tx -> tx.contacts().count()));
        }
    }

    private static void commitOneByOne(Store store) {
        for (int i = 0; i < COMMITS; i++) {
            String name = "Partner " + i;
            store.useTransaction(tx -> tx.contacts().insert(Contact.named(name, name + "@example.com"), NOW));
        }
    }
}
