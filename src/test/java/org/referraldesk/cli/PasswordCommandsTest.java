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
    void aShortPasswordIsRefused() throws IOException {
        Path shortOne = Files.writeString(dir.resolve("short.txt"), "abc\n");
        CliRun.Result refused = cli.run("password", "set", "--new-password-file", shortOne.toString());
        assertEquals(1, refused.code());
        assertEquals(List.of("The password must be at least 8 characters long."), refused.errLines());
        assertEquals(0, cli.run("due").code(), "the desk is still open without a password");
    }
}
