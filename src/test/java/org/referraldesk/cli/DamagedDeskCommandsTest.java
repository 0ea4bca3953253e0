package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.DeskFiles;
import org.referraldesk.testing.TempDesk;

/** A desk file that does not read whole is never written to: kept aside, exit 4, one line naming the newest backup. */
class DamagedDeskCommandsTest {
    @TempDir
    Path dir;
    Path file;
    CliRun cli;

    @BeforeEach
    void aFilledDesk() {
        file = DeskFiles.filled(dir);
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
    }

    private Path backUp() throws Exception {
        Path backup = dir.resolve("backups").resolve("desk-2026-03-10.rdbackup");
        Files.createDirectories(backup.getParent());
        assertEquals(0, cli.run("backup", backup.toString()).code());
        return backup;
    }

    private List<Path> keptAside() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("desk.damaged-")).toList();
        }
    }

    @Test
    void bytesOverwrittenInTheMiddleAreCaughtAtOpenKeptAsideByteForByteAndTheNewestBackupNamed() throws Exception {
        Path backup = backUp();
        DeskFiles.overwriteMiddle(file, 4096);
        String damaged = DeskFiles.hash(file);

        CliRun.Result due = cli.run("due");

        assertEquals(ExitCodes.DAMAGED, due.code(), due.err());
        assertEquals(1, due.errLines().size(), due.err());
        List<Path> kept = keptAside();
        assertEquals(1, kept.size());
        assertEquals(damaged, DeskFiles.hash(kept.get(0)), "kept byte for byte");
        assertFalse(Files.exists(file), "the damaged file is out of the desk's place");
        assertTrue(due.err().contains(kept.get(0).toString()), due.err());
        assertTrue(due.err().contains(backup.toString() + " of 2026-03-10T09:00:00+01:00 (48 stories, 68 contacts"),
                due.err());
    }

    @Test
    void aFileCutInHalfIsCaughtByCheckKeptAsideAndTheNewestBackupNamed() throws Exception {
        Path backup = backUp();
        DeskFiles.cutInHalf(file);
        String cut = DeskFiles.hash(file);

        CliRun.Result check = cli.run("check");

        assertEquals(ExitCodes.DAMAGED, check.code(), check.err());
        assertEquals(1, check.errLines().size(), check.err());
        assertEquals(cut, DeskFiles.hash(keptAside().get(0)));
        assertTrue(check.err().contains("The newest backup is " + backup), check.err());
    }

    @Test
    void bytesOverwrittenInTheMiddleAreCaughtByCheck() throws Exception {
        DeskFiles.overwriteMiddle(file, 4096);

        CliRun.Result check = cli.run("check");

        assertEquals(ExitCodes.DAMAGED, check.code(), check.err());
        assertTrue(check.err().endsWith("There is no backup to restore.\n"), check.err());
        assertEquals(1, keptAside().size());
    }

    @Test
    void checkReadsAGoodDeskWholeAndExitsZero() {
        CliRun.Result check = cli.run("check");

        assertEquals(ExitCodes.OK, check.code(), check.err());
        assertEquals("The desk reads whole: 48 stories, 68 contacts.\n", check.out());
    }

    @Test
    void aZeroByteFileIsRefusedAndLeftAsItWasNeverMadeANewDesk() throws Exception {
        Files.write(file, new byte[0]);

        CliRun.Result due = cli.run("due");

        assertEquals(ExitCodes.DAMAGED, due.code(), due.err());
        assertEquals(List.of("The database " + file + " is empty (0 bytes); it was refused and left as it is. "
                + "There is no backup to restore."), due.errLines());
        assertEquals(0, Files.size(file));
        assertEquals(List.of(), keptAside());
    }

    @Test
    void aForeignFileIsRefusedAndNotMoved() throws Exception {
        Files.writeString(file, "name,phone\nAnna Keller,+49 30 1234\n", StandardCharsets.UTF_8);
        String before = DeskFiles.hash(file);

        CliRun.Result referral = cli.run("referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor");

        assertEquals(ExitCodes.DAMAGED, referral.code(), referral.err());
        assertTrue(referral.err().startsWith("The file " + file + " is not a Referral Desk database"), referral.err());
        assertEquals(before, DeskFiles.hash(file));
        assertEquals(List.of(), keptAside());
    }

    @Test
    void openingAnUpToDateDeskForAReadLeavesTheFileByteForByte() throws Exception {
        String before = DeskFiles.hash(file);

        assertEquals(ExitCodes.OK, cli.run("due").code());
        assertEquals(ExitCodes.OK, cli.run("check").code());

        assertEquals(before, DeskFiles.hash(file));
    }
}
