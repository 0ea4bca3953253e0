package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.BackupReason;
import org.referraldesk.domain.OwnerOnly;
import org.referraldesk.service.BackupFile;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;
import org.referraldesk.testing.TempDesk;

/** Private by default: what the desk creates is readable by the owner only (0600 files, 0700 folders). */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void othersMayReadTheTestFolder() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static String mode(Path path) throws Exception {
        return OwnerOnly.hasModes(path.getParent()) ? PosixFilePermissions.toString(Files.getPosixFilePermissions(path))
                : "(no modes)";
    }

    private static String file() {
        return "rw-------";
    }

    private static String folder() {
        return "rwx------";
    }

    @Test
    void aNewDeskItsFolderItsBackupsAndItsExportsAreTheOwnersOnly() throws Exception {
        Path desk = dir.resolve("data").resolve("referral-desk").resolve("desk");
        try (Store store = Store.open(desk)) {
            Services services = TempDesk.services(store, TempDesk.CLOCK);
            BackupFile backup = services.backups().takeNow(BackupReason.BY_HAND);
            services.exports().everything(dir.resolve("all.json"));

            assertEquals(folder(), mode(dir.resolve("data")));
            assertEquals(folder(), mode(desk.getParent()));
            assertEquals(file(), mode(store.file()));
            assertEquals(folder(), mode(backup.file().getParent()));
            assertEquals(file(), mode(backup.file()));
            assertEquals(file(), mode(dir.resolve("all.json")));
        }
        assertEquals("rwxr-xr-x", mode(dir), "a folder that was there keeps its mode");
    }

    @Test
    void anExistingDeskAndAnExportOverAReadableFileBecomeTheOwnersOnly() throws Exception {
        Path desk = dir.resolve("desk");
        Store.open(desk).close();
        Files.setPosixFilePermissions(dir.resolve("desk.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        Path csv = Files.writeString(dir.resolve("contacts.csv"), "old");
        Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("rw-r--r--"));

        try (Store store = Store.open(desk)) {
            TempDesk.services(store, TempDesk.CLOCK).exports().contactsCsv(csv);
            assertEquals(file(), mode(store.file()), "closed right after opening");
        }
        assertEquals(file(), mode(csv));
    }

    @Test
    void theLogFileAndANewLogFolderAreTheOwnersOnly() throws Exception {
        Path logs = dir.resolve("logs");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        new LogFiles().writeTo(context, logs.toString());
        context.getLogger("org.referraldesk.test").info("a line nobody else reads");
        context.stop();

        assertEquals(folder(), mode(logs));
        assertEquals(file(), mode(logs.resolve("referral-desk.log")));
        assertTrue(Files.readString(logs.resolve("referral-desk.log")).contains("a line nobody else reads"));
    }
}
