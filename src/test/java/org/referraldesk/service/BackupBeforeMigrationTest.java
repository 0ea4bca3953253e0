package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.BackupReason;
import org.referraldesk.io.BackupArchive;
import org.referraldesk.store.Store;
import org.referraldesk.testing.TempDesk;

/** Opening a desk made by an older build backs it up, as it was, before the first migration runs. */
class BackupBeforeMigrationTest {
    @TempDir
    Path dir;

    /** A desk at schema version 5 holding one contact, as build 5 left it. */
    private Path oldDesk() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("desk");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("5").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO contact (name, created_at) VALUES ('Anna Keller', TIMESTAMP WITH TIME ZONE "
                    + "'2026-03-01 09:00:00+01')");
            s.execute("SHUTDOWN");
        }
        return dir.resolve("desk");
    }

    private Store open(Path desk) {
        return Store.open(desk, Backups.beforeMigration(TempDesk.CLOCK, TempDesk.MADE_BY));
    }

    @Test
    void anOldDeskIsBackedUpAtItsOldSchemaBeforeItIsMigrated() throws Exception {
        Path desk = oldDesk();

        try (Store store = open(desk)) {
            List<BackupFile> backups = BackupFolder.beside(store.file()).list();
            assertEquals(1, backups.size());
            BackupFile before = backups.get(0);
            assertEquals(Optional.of(BackupReason.BEFORE_MIGRATION), before.reason());
            assertEquals("desk-2026-03-10-0900-before-migration.rdbackup", before.file().getFileName().toString());
            assertEquals(1, before.contacts());
            try (InputStream in = Files.newInputStream(before.file())) {
                assertEquals("5", new BackupArchive().manifest(in).schemaVersion(), "the schema as it was");
            }
            assertTrue(Integer.parseInt(store.inTransaction(tx -> tx.dataTables().schemaVersion())) > 5, "migrated");
        }
    }

    @Test
    void aNewDeskAndADeskWithNothingToMigrateAreNotBackedUpOnOpening() throws Exception {
        open(dir.resolve("desk")).close();
        open(dir.resolve("desk")).close();

        assertEquals(List.of(), BackupFolder.beside(dir.resolve("desk")).list());
        assertTrue(!Files.exists(dir.resolve("backups")), "no folder either");
    }

    @Test
    void aBackupTheOldDeskCannotGetStopsTheMigrationAndLeavesItAsItWas() throws Exception {
        Path desk = oldDesk();
        Files.writeString(dir.resolve("backups"), "a file where the folder goes");

        org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> open(desk));

        String url = "jdbc:h2:file:" + desk;
        assertEquals("5", Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load()
                .info().current().getVersion().getVersion(), "nothing migrated without its backup");
    }
}
