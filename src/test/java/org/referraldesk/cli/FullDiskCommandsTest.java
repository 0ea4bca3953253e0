package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.DeskFiles;
import org.referraldesk.testing.FullDisk;
import org.referraldesk.testing.TempDesk;

/** A full disk (H2's real file behind a stream that refuses writes) still reads and exports; a write gets one line. */
class FullDiskCommandsTest {
    @TempDir
    Path dir;
    @TempDir
    Path otherDisk;
    AutoCloseable disk;
    CliRun cli;
    Path file;

    @BeforeEach
    void aFilledDeskOnADiskThatFillsUp() {
        file = DeskFiles.filled(dir);
        disk = FullDisk.install();
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
    }

    @AfterEach
    void diskBack() throws Exception {
        disk.close();
    }

    @Test
    void onAFullDiskWhatIsDueIsReadAndTheDeskExportsToAnotherDisk() throws Exception {
        FullDisk.fill();

        CliRun.Result due = cli.run("due", "--at", "2026-03-10T09:00:00Z");
        Path json = otherDisk.resolve("desk.json");
        CliRun.Result export = cli.run("export", "json", json.toString());

        assertEquals(ExitCodes.OK, due.code(), due.err());
        assertEquals(ExitCodes.OK, export.code(), export.err());
        assertTrue(Files.readString(json).contains("\"contact\""), "the export holds the desk");
    }

    @Test
    void aWriteOnAFullDiskGetsOneLineSayingSo() {
        FullDisk.fill();

        CliRun.Result added = cli.run("referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor",
                "--channel", "email", "--received", "2026-03-09T08:00:00Z");

        assertEquals(ExitCodes.BAD_INPUT, added.code());
        assertEquals(List.of("The disk holding " + dir + " is full: free some space, then try again (reading and "
                + "exporting to another disk still work)."), added.errLines());
    }
}
