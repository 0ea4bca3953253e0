package org.referraldesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.io.BackupArchive;
import org.referraldesk.io.ExportDocument;
import org.referraldesk.io.WholeFile;
import org.referraldesk.store.DeskPassword;
import org.referraldesk.store.Protection;
import org.referraldesk.store.Store;
import org.referraldesk.store.StoreInUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Protecting a desk with a password (H2 file encryption, AES), changing it, or removing it. Works
 * on a closed desk: the desk is first opened with the current password, which proves the password
 * and that no other window or command holds the file, then changed on a verified copy.
 */
public final class DeskProtection {
    /** Fewer characters than this are refused: the password is the only key to the data. */
    public static final int SHORTEST = 8;
    private static final String RESEALED_BY = "Referral Desk (resealed with the desk's new password)";
    private static final Logger LOG = LoggerFactory.getLogger(DeskProtection.class);

    private final Store store;

    /** The open desk's protection, as the window's Data screen changes it. */
    public DeskProtection(Store store) {
        this.store = store;
    }

    /** Whether the open desk is protected with a password. */
    public boolean isOn() {
        return store.password() != null;
    }

    /** Protects the open desk with {@code next} (typed twice: {@code again} must match), or changes its password. */
    public void protect(String next, String again) {
        DeskPassword to = DeskPassword.of(checked(next));
        if (!next.equals(again)) {
            throw new InvalidInput("passwordAgain", "password.differs");
        }
        DeskPassword from = store.password();
        store.changePassword(to);
        reseal(store.file(), from, to);
    }

    /** Removes the open desk's password: it is stored unencrypted again, and so are its backups. */
    public void remove() {
        DeskPassword from = store.password();
        if (from == null) {
            throw new InvalidInput("password", "password.notProtected");
        }
        store.changePassword(null);
        reseal(store.file(), from, null);
    }

    /** Whether the desk file at {@code database} is encrypted. */
    public static boolean isProtected(Path database) {
        return DeskPassword.protects(fileOf(database));
    }

    /** Protects the desk with {@code next}, or changes its password from {@code current} (null when none). */
    public static void protect(Path database, String current, String next) {
        DeskPassword to = DeskPassword.of(checked(next));
        change(database, current, to);
    }

    /** Removes the password: the desk is stored unencrypted again. */
    public static void remove(Path database, String current) {
        if (!isProtected(database)) {
            throw new InvalidInput("password", "password.notProtected");
        }
        change(database, current, null);
    }

    /** The typed password as H2's key, or null when none was typed. */
    public static DeskPassword key(String typed) {
        return typed == null ? null : DeskPassword.of(typed);
    }

    private static void change(Path database, String current, DeskPassword to) {
        DeskPassword from = isProtected(database) ? key(current) : null;
        try (Store store = Store.open(database, from)) {
            if (!store.servesTheFile()) {
                throw new StoreInUse("The desk " + store.file() + " is open in a Referral Desk window; close the "
                        + "window first, then change its password.", null);
            }
        }
        Protection.change(database, from, to);
        reseal(database, from, to);
    }

    /**
     * The desk's backups follow its password: each is read with the old key and written again with
     * the new one (or open, when the password is removed), whole or not at all. A backup the old key
     * does not open (made under an earlier password) is left as it is.
     */
    private static void reseal(Path database, DeskPassword from, DeskPassword to) {
        BackupArchive before = new BackupArchive(from == null ? null : from.fileKey());
        BackupArchive after = new BackupArchive(to == null ? null : to.fileKey());
        for (BackupFile backup : BackupFolder.beside(database).list()) {
            try (InputStream in = Files.newInputStream(backup.file())) {
                ExportDocument document = before.read(in);
                WholeFile.write(backup.file(), out -> after.write(document, RESEALED_BY, out));
            } catch (IOException | RuntimeException e) {
                LOG.warn("The backup {} keeps the password it had: {}", backup.file(), e.getMessage());
            }
        }
    }

    static String checked(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new InvalidInput("password", "password.blank");
        }
        if (typed.codePointCount(0, typed.length()) < SHORTEST) {
            throw new InvalidInput("password", "password.short", SHORTEST);
        }
        return typed;
    }

    private static Path fileOf(Path database) {
        String name = database.getFileName().toString();
        return name.endsWith(".mv.db") ? database : database.resolveSibling(name + ".mv.db");
    }
}
