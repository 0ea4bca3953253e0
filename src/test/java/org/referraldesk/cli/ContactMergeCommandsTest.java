package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.TempDesk;

/** contact merge and contact duplicates, on a real database through the jar's own entry. */
class ContactMergeCommandsTest {
    @TempDir
    Path dir;
    private CliRun cli;

    @BeforeEach
    void open() {
        cli = new CliRun(dir.resolve("desk"), TempDesk.CLOCK);
        add("Zoë Lefèvre", "zoe@lefevre.example", "Ben Okafor", "+44 20 7946 0111");
        add("Zoe Lefevre", "zoe.l@studio.example", "Ben  Okafor", "0044 20 7946 0111");
    }

    private void add(String referrer, String email, String client, String phone) {
        CliRun.Result added = cli.run("referral", "add", "--referrer", referrer, "--referrer-email", email,
                "--client", client, "--client-phone", phone, "--channel", "phone", "--received", "2026-03-09T08:00:00Z");
        assertEquals(0, added.code(), added.err());
    }

    @Test
    void duplicatesListsThePairsTheImportsRuleFindsWithTheirIds() {
        CliRun.Result pairs = cli.run("contact", "duplicates");
        assertEquals(0, pairs.code(), pairs.err());
        assertEquals(List.of("2 Ben Okafor  and  4 Ben  Okafor  (same name and phone)"), pairs.out().lines().toList());
    }

    @Test
    void mergeMovesEverythingToTheKeptRecordAndSaysHowToUndoIt() {
        CliRun.Result merged = cli.run("contact", "merge", "1", "3", "--from-other", "name");
        assertEquals(0, merged.code(), merged.err()); // 3's open check-in stays with 3: 1 has one already
        assertEquals(List.of("Merged contact 3 (Zoe Lefevre) into 1 (Zoë Lefèvre). Moved: stories 1, follow-ups 3, "
                        + "touches 0, gifts 0, referrals given 0, VIP invites 0.",
                "Kept: Zoe Lefevre, zoe@lefevre.example",
                "To undo it, restore \"Zoe Lefevre \u2192 Zoe Lefevre\" from the Trash in the window."),
                merged.out().lines().toList());
        assertEquals(0, cli.run("contact", "merge", "2", "4").code());
        assertEquals("No likely duplicates.\n", cli.run("contact", "duplicates").out());
        String due = cli.run("due", "--at", "2026-03-10T09:00:00Z").out();
        assertTrue(due.contains("Zoe Lefevre -> Ben Okafor") && !due.contains("Zoë"), due);
    }

    @Test
    void aRefusedMergeIsOneLineExitOneAndChangesNothing() {
        CliRun.Result same = cli.run("contact", "merge", "1", "1");
        assertEquals(ExitCodes.BAD_INPUT, same.code());
        assertEquals(List.of("Choose another record: a record cannot be merged with itself."), same.errLines());
        CliRun.Result together = cli.run("contact", "merge", "1", "2");
        assertEquals(ExitCodes.BAD_INPUT, together.code());
        assertEquals(List.of("Zoë Lefèvre and Ben Okafor are in a story together, one referring the other, so they are "
                + "two people and cannot be merged."), together.errLines());
        CliRun.Result unknown = cli.run("contact", "merge", "1", "99");
        assertEquals(List.of("No contact with id 99."), unknown.errLines());
        CliRun.Result badDetail = cli.run("contact", "merge", "1", "3", "--from-other", "colour");
        assertEquals(ExitCodes.USAGE, badDetail.code());
        assertEquals(1, cli.run("contact", "duplicates").out().lines().count(), "still two records");
    }

    @Test
    void theContactCommandsExplainThemselvesWithHelp() {
        for (List<String> command : List.of(List.of("contact"), List.of("contact", "merge"), List.of("contact", "duplicates"))) {
            CliRun.Result help = CliRun.runBare(TempDesk.CLOCK, java.util.stream.Stream.concat(command.stream(),
                    java.util.stream.Stream.of("--help")).toArray(String[]::new));
            assertEquals(0, help.code(), String.join(" ", command));
            assertTrue(help.out().startsWith("Usage: referral-desk " + String.join(" ", command)), help.out());
        }
        assertTrue(CliRun.runBare(TempDesk.CLOCK, "contact", "merge", "--help").out().contains("undoes the merge"));
    }
}
