package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.cli.CommandLineIT.Ran;
import org.referraldesk.domain.Contact;
import org.referraldesk.store.Store;

/**
 * Commands while the window is open: a child JVM holds the desk the way the window does, and the
 * real jar reads and writes it meanwhile (ADR 0011).
 */
class SharedDeskIT {
    @TempDir
    Path dir;

    @AfterEach
    void noTraceFileEverLandsInTheDataFolder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".trace.db"))
                    .toList());
        }
    }

    @Test
    void readsWorkWhileTheWindowHoldsTheDeskAndAWriteAppearsInTheWindow() throws Exception {
        Path db = dir.resolve("desk");
        assertEquals(0, CommandLineIT.jar(db, "referral", "add", "--referrer", "Anna Keller", "--client", "Ben Okafor",
                "--received", CommandLineIT.RECEIVED.toString()).code());
        try (HeldDeskProcess window = HeldDeskProcess.holding(db)) {
            Ran due = CommandLineIT.jar(db, "due", "--json");
            assertEquals(0, due.code(), due.err());
            assertTrue(due.out().contains("THANK_REFERRER"), due.out());
            Path json = dir.resolve("desk.json");
            Ran export = CommandLineIT.jar(db, "export", "json", json.toString());
            assertEquals(0, export.code(), export.err());
            assertTrue(Files.readString(json).contains("Anna Keller"));
            Ran backup = CommandLineIT.jar(db, "backup", dir.resolve("nightly.rdbackup").toString());
            assertEquals(0, backup.code(), backup.err());
            assertTrue(Files.size(dir.resolve("nightly.rdbackup")) > 0);
            assertEquals(0, CommandLineIT.jar(db, "message", "2").code());

            Ran added = CommandLineIT.jar(db, "referral", "add", "--referrer", "Anna Keller", "--client", "Cleo Brandt",
                    "--received", CommandLineIT.RECEIVED.toString());
            assertEquals(0, added.code(), added.err());
            assertEquals("looked 3", window.await(line -> line.equals("looked 3")),
                    "the window's reminder check notices the new follow-ups and reads the new contact");
            assertEquals("added", window.ask("add Dora Weiss", "added"), "the window keeps working after the command");
            assertEquals("contacts 4", window.ask("contacts", "contacts"));
            window.quit();
        }
        Ran after = CommandLineIT.jar(db, "export", "json", dir.resolve("after.json").toString());
        assertEquals(0, after.code(), after.err());
        assertTrue(Files.readString(dir.resolve("after.json")).contains("Dora Weiss"), "the window's write was kept");
        assertFalse(Files.exists(dir.resolve("desk.lock.db")), "the desk is closed: no lock left");
        assertFalse(Files.exists(dir.resolve("desk.window")), "the window took its bell down");
    }

    @Test
    void aCommandThatOpenedFirstAndEndedLeavesTheWindowWorking() throws Exception {
        Path db = dir.resolve("desk");
        HeldDeskProcess command = HeldDeskProcess.holding(db);
        try (command; Store window = Store.open(db)) {
            assertFalse(window.servesTheFile(), "the command that opened first serves the file");
            window.useTransaction(tx -> tx.contacts().insert(Contact.named("Anna Keller", null), CommandLineIT.RECEIVED));
            assertEquals("contacts 1", command.ask("contacts", "contacts"));
            command.quit();

            window.useTransaction(tx -> tx.contacts().insert(Contact.named("Ben Okafor", null), CommandLineIT.RECEIVED));
            assertEquals(2, (int) window.inTransaction(tx -> tx.contacts().count()));
            assertTrue(window.servesTheFile(), "the window took the file over when the command ended");
        }
        assertFalse(Files.exists(dir.resolve("desk.lock.db")), "the window shut the desk down at its end");
        Ran due = CommandLineIT.jar(db, "export", "json", dir.resolve("after.json").toString());
        assertEquals(0, due.code(), due.err());
        assertTrue(Files.readString(dir.resolve("after.json")).contains("Ben Okafor"));
    }

    @Test
    void aSecondStartOnTheDeskBringsTheOpenWindowToTheFrontAndLeavesNoFile() throws Exception {
        Path db = dir.resolve("desk");
        try (HeldDeskProcess window = HeldDeskProcess.holding(db)) {
            List<String> before = names();
            Ran second = CommandLineIT.jar(db);
            assertEquals(0, second.code(), second.err());
            assertEquals("Referral Desk is already open on this desk; it has come to the front.\n", second.out());
            assertEquals("front", window.await(line -> line.equals("front")));
            assertEquals(before, names(), "the second start left no file behind");
            window.quit();
        }
    }

    /** The data folder's files, without the jar runs' captured output. */
    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> !(n.endsWith(".txt") && (n.startsWith("out") || n.startsWith("err"))))
                    .filter(n -> !n.startsWith("referral-desk") || !n.endsWith(".log")).sorted().toList();
        }
    }
}
