package org.referraldesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;

/**
 * Encrypts, re-keys or decrypts a closed desk file. The change is made on a copy in a work folder
 * beside the desk, the copy is opened with the new password to prove it reads, and only then moved
 * over the desk in one atomic step: a kill at any moment leaves the old file or the new one.
 */
public final class Protection {
    private static final String H2_SUFFIX = ".mv.db";

    private Protection() {
    }

    /** Changes the desk at {@code database} from {@code from} to {@code to} (null: no password). */
    public static void change(Path database, DeskPassword from, DeskPassword to) {
        Path base = Store.baseOf(database);
        Path file = Path.of(base + H2_SUFFIX);
        String name = base.getFileName().toString();
        Path work = base.resolveSibling("." + name + ".password-change");
        try {
            removeAll(work);
            Files.createDirectories(work);
            Path copy = work.resolve(name + H2_SUFFIX);
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
            ChangeFileEncryption.execute(work.toString(), name, "AES", chars(from), chars(to), true);
            Store.open(copy, to).close();
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (SQLException e) {
            throw new PasswordRefused("The password for " + file + " is wrong; nothing was changed.", false, e);
        } catch (IOException e) {
            throw new UncheckedIOException("The desk " + file + " could not be changed; it is as it was.", e);
        } finally {
            try {
                removeAll(work);
            } catch (IOException ignored) {
                // a leftover work folder holds only a copy; the next change removes it
            }
        }
    }

    private static char[] chars(DeskPassword password) {
        return password == null ? null : password.h2FilePassword();
    }

    private static void removeAll(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
