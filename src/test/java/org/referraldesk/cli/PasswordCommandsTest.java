package org.referraldesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.testing.TempDesk;

/** A desk protected with a password: encrypted on disk, opened only with its password, exit code 5 otherwise. */
class PasswordCommandsTest {
    @TempDir
    Path dir;

    private Path db;
    private CliRun cli;
    private Path secret;
    private Path wrong;

    @BeforeEach
    void aDeskWithOneStory() throws IOException {
        db = dir.resolve("desk");
        cli = new CliRun(db, TempDesk.CLOCK);
        secret = Files.writeString(dir.resolve("secret.txt"), "correct horse battery\n");
        wrong = Files.writeString(dir.resolve("wrong.txt"), "not the password\n");
        assertEquals(0, cli.run("referral", "add", "--referrer", "Grandma Reed", "--client", "Junior Miller",
                "--channel", "phone", "--need", "Leaking pipe").code());
    }

    @Test
    void aProtectedDeskIsEncryptedOnDiskAndOpensWithItsPassword() throws IOException {
        CliRun.Result set = cli.run("password", "set", "--new-password-file", secret.toString());
        assertEquals(0, set.code(), set.err());

        String bytes = new String(Files.readAllBytes(dir.resolve("desk.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(bytes.startsWith("H2encrypt"));
        assertFalse(bytes.contains("Grandma Reed"), "the names are not readable in the file");
        CliRun.Result due = cli.run("--password-file", secret.toString(), "due", "--json");
        assertEquals(0, due.code(), due.err());
        assertTrue(due.out().contains("Grandma Reed"));
    }

    @Test
    void aMissingOrWrongPasswordExitsWithFiveAndTouchesNothing() throws IOException {
        assertEquals(0, cli.run("password", "set", "--new-password-file", secret.toString()).code());
        byte[] before = Files.readAllBytes(dir.resolve("desk.mv.db"));

        CliRun.Result missing = cli.run("due");
        CliRun.Result bad = cli.run("--password-file", wrong.toString(), "due");

        assertEquals(5, missing.code());
        assertEquals(1, missing.errLines().size());
        assertTrue(missing.err().contains("--password-file"), missing.err());
        assertEquals(5, bad.code());
        assertEquals(List.of("The password for " + dir.resolve("desk.mv.db") + " is wrong; nothing was opened."),
                bad.errLines());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dir.resolve("desk.mv.db"))));
    }

    @Test
    void removingThePasswordStoresTheDeskPlainAgain() throws IOException {
        assertEquals(0, cli.run("password", "set", "--new-password-file", secret.toString()).code());
        assertEquals(5, cli.run("--password-file", wrong.toString(), "password", "remove").code());

        CliRun.Result removed = cli.run("--password-file", secret.toString(), "password", "remove");

        assertEquals(0, removed.code(), removed.err());
        assertFalse(new String(Files.readAllBytes(dir.resolve("desk.mv.db")), java.nio.charset.StandardCharsets.ISO_8859_1)
                .startsWith("H2encrypt"));
        assertEquals(0, cli.run("due").code());
        assertFalse(Files.exists(dir.resolve(".desk.password-change")), "no work folder is left behind");
    }

    @Test
    void aProtectedDesksBackupsAreSealedWithItsPasswordAndListWithoutIt() throws IOException {
        Path before = dir.resolve("before.rdbackup");
        assertEquals(0, cli.run("backup", before.toString()).code());
        assertTrue(document(before).contains("Grandma Reed"), "a desk without a password backs up open");
        assertEquals(0, cli.run("password", "set", "--new-password-file", secret.toString()).code());
        Path after = dir.resolve("backups").resolve("by-hand.rdbackup");
        Files.createDirectories(after.getParent());

        assertEquals(0, cli.run("--password-file", secret.toString(), "backup", after.toString()).code());

        assertFalse(document(after).contains("Grandma Reed"), "the document is sealed");
        CliRun.Result listed = cli.run("backup", "list");
        assertEquals(0, listed.code(), listed.err());
        assertTrue(listed.out().contains("1 story"), listed.out());
        CliRun.Result restored = cli.run("--password-file", secret.toString(), "restore", "--replace", after.toString());
        assertEquals(0, restored.code(), restored.err());
        CliRun fresh = new CliRun(dir.resolve("fresh"), TempDesk.CLOCK);
        CliRun.Result refused = fresh.run("restore", after.toString());
        assertEquals(1, refused.code());
        assertEquals(List.of("This backup is protected with a password. Open the desk with that password "
                + "(--password-file) to restore it."), refused.errLines());
    }

    @Test
    void protectingTheDeskSealsTheBackupsItAlreadyHad() throws IOException {
        Path earlier = dir.resolve("backups").resolve("desk-2026-03-09-0900-by-hand.rdbackup");
        Files.createDirectories(earlier.getParent());
        assertEquals(0, cli.run("backup", earlier.toString()).code());

        assertEquals(0, cli.run("password", "set", "--new-password-file", secret.toString()).code());

        assertFalse(document(earlier).contains("Grandma Reed"), "an open backup left beside a protected desk is sealed");
        assertEquals(0, cli.run("--password-file", secret.toString(), "password", "remove").code());
        assertTrue(document(earlier).contains("Grandma Reed"), "and opened again when the password goes");
    }

    private static String document(Path backup) throws IOException {
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("referral-desk.json")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                }
            }
        }
        throw new AssertionError("no document in " + backup);
    }

    @Test
    void aShortPasswordIsRefused() throws IOException {
        Path shortOne = Files.writeString(dir.resolve("short.txt"), "abc\n");
        CliRun.Result refused = cli.run("password", "set", "--new-password-file", shortOne.toString());
        assertEquals(1, refused.code());
        assertEquals(List.of("The password must be at least 8 characters long."), refused.errLines());
        assertEquals(0, cli.run("due").code(), "the desk is still open without a password");
    }
}
